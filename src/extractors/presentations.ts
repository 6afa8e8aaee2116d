/**
 * presentations: the titles of the reports presented, from the quotations in
 * a paragraph that speaks of presenting ("Presentations on “A”, “B” were
 * completed") or the items of a "Presentations:" or "Presenters:" list (a
 * quotation naming an organisation — the NGO “Bilim” — is no title).
 */
import { opensList, type Span } from '../document.js';
import { findNames } from '../names.js';
import { WORD_START, alternation, cleanValue, hasWord, memoRegExp, quotedSpans } from '../text.js';
import { isClaimed, type Extractor } from './types.js';

export const presentations: Extractor<string[]> = (doc, found) => {
  const lex = doc.lexicon;
  const value: string[] = [];
  const spans: Record<string, Span> = {};
  const title = found.title?.spans?.[''];
  const add = (text: string, span: Span) => {
    const v = cleanValue(text);
    if (v === '' || value.includes(v)) return;
    spans[`/${value.length}`] = span;
    value.push(v);
  };
  // "the NGO “Bilim”", "project EC “Open Media”": a quotation naming an organisation is no title.
  const organization = memoRegExp(lex, 'presentations.organization', () => new RegExp(`${WORD_START}(?:${alternation(lex.words.organization)})(?:\\s+\\p{Lu}+)?\\s*$`, 'iu'));
  let listIntro = false;
  for (const block of doc.blocks) {
    if (title && block.start < title.end && title.start < block.end) continue;
    if (isClaimed(found, block)) continue;
    const cued = hasWord(block.text, lex.cues.presentation);
    const titles = () => quotedSpans(block.text).filter((q) => !organization.test(block.text.slice(Math.max(0, q.start - 40), q.start)));
    if (block.kind === 'listItem' && listIntro) {
      // An item is a title: the quoted one in it, else all of it, unless it only names a presenter.
      const quote = titles()[0];
      if (quote) add(quote.inner, { start: block.start + quote.start + 1, end: block.start + quote.end - 1 });
      else if (findNames(block.text, lex).length === 0) add(block.text, { start: block.start, end: block.end });
      continue;
    }
    listIntro = cued && opensList(block);
    if (!cued) continue;
    for (const q of titles()) add(q.inner, { start: block.start + q.start + 1, end: block.start + q.end - 1 });
  }
  return { value, spans };
};
