/**
 * Normalise text so every extractor sees one form: `\n` line endings (CRLF and
 * lone CR each count as one line break, so line numbers stay those of the
 * source), non-breaking and odd spaces as plain spaces (one for one, so
 * columns stay too), bullets that open a line ("• item", "– пункт") as the
 * markdown "-" (one for one; markdown knows no other bullet, and a list item
 * may interrupt a paragraph, so "Presenters:" and its bullets become a label
 * and a list), and no zero-width characters (they split label words; columns
 * after one on its line shift left by one).
 */
export function normalize(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g, (c) => (c === '\t' ? '\t' : ' '))
    .replace(/[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/^([ \t]*)[•·▪◦‣∙–—](?=[ \t])/gm, '$1-');
}
