/**
 * Minutes saved from a web page's source, or converted by a tool that keeps
 * HTML, carry character references ("&quot;Migration&quot;", "18&nbsp;March",
 * "&#8220;Orto-Asia&#8221;") and line-break tags ("…, professor.<br>"). Markdown
 * renders both, but the extractors read values from the text itself, so a
 * reference would split a role at its ";" and hide a date's space. They are
 * replaced by what they stand for, and a "<br>" by a space (a line of its own
 * would move every line number after it). As with zero-width characters, lines
 * stay those of the source and columns after a replacement on its line shift.
 *
 * Only the references minutes use (quotes, dashes, spaces, the markup
 * characters) and numeric ones; an unknown name ("&copy;") stays as written.
 */

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', bdquo: '„', lsquo: '‘', rsquo: '’', sbquo: '‚',
  ndash: '–', mdash: '—', hellip: '…', minus: '−', shy: '\u00ad', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', numero: '№',
};

// "&name;", "&#8220;", "&#x201C;".
export const REFERENCE = /&(?:([a-z]{2,8})|#(\d{1,7})|#x([\da-f]{1,6}));/gi;
// "<br>", "<br/>", "<BR />".
const BREAK = /<br[ \t]*\/?>/gi;

/** `text` with HTML character references decoded and "<br>" tags made spaces (dropped at a line's end). */
export function withoutHtml(text: string): string {
  // Cheap test first: most minutes have neither.
  if (!text.includes('&') && !text.includes('<')) return text;
  return text.replace(REFERENCE, reference).replace(BREAK, (tag, at: number, all: string) => (/^[ \t]*(?:\r?\n|\r|$)/.test(all.slice(at + tag.length, at + tag.length + 4)) ? '' : ' '));
}

/** The character a reference stands for, or the reference itself when it names none we know. */
export function reference(ref: string, name: string | undefined, decimal: string | undefined, hex: string | undefined): string {
  if (name !== undefined) return NAMED[name.toLowerCase()] ?? ref;
  const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex!, 16);
  // (Not a control character, a surrogate or past Unicode's end.)
  return code >= 0x20 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) && code !== 0x7f ? String.fromCodePoint(code) : ref;
}
