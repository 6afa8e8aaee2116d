import { LETTER, LOWER, UPPER } from '../letters.js';
import { DASH_BEFORE_LOWER, OPENS_LOWER, leavesBracketOpen } from '../text.js';

/**
 * Normalise text so every extractor sees one form: `\n` line endings (CRLF and
 * lone CR each count as one line break, so line numbers stay those of the
 * source), non-breaking and odd spaces as plain spaces (one for one, so
 * columns stay too), bullets that open a line ("• item", "► item", "✓ item", "– пункт", Word's
 * "o<tab>item") as the markdown "-", item numbers in brackets ("(1) ", "1] ") as
 * "1) ", with a dash ("1.- ") as "1.  " and in bold ("**1.** ") as "  1.   ", or a bold run
 * that opens with it and closes before more text ("**1. Title** – Name") as "1. **Title** – Name" (one for one; markdown knows no other markers, and a list may interrupt a
 * paragraph, so "Presenters:" and its items become a label and a list), and no
 * zero-width characters (they split label words; columns after one on its line
 * shift left by one), nor markdown's backslash escapes (the same: "1\. To
 * repair" is item 1, a "\" that ends a line a line break), and pandoc's typed
 * dashes ("--", "---" between words) as the en and em dashes they stand for, its
 * spans with attributes ("[Moderator:]{.underline}") as their words, no
 * footnote references ("[^1]", a superscript "¹" after a word), no block quote marks ("> "), and a line's label in italics ("*Venue:*")
 * as a plain one (its marks spaces).
 *
 * A dash that opens a line inside a sentence wrapped on to it is no bullet:
 * "… under the government of Kyrgyz Republic" / "- **Toktobolotov Samat**,
 * authorized representative of" / "Akyikatchy Aparatus …". It becomes an en
 * dash ("–"), which markdown reads as text; so is one inside a bracket the line
 * before left open ("Total: 35 (women" / "– 8, men – 27).").
 */
export function normalize(text: string): string {
  const plain = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g, (c) => (c === '\t' ? '\t' : ' '))
    .replace(/[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g, '')
    // Markdown's backslash escapes, as pandoc writes them from a word processor's text ("1\. To repair …",
    // "\"Adilet\"", a hard line break "\" at a line's end): the backslash is no part of the text.
    .replace(ESCAPE, (_, c: string | undefined) => c ?? '')
    // Its block quotes, as it writes a word processor's indented paragraphs ("> **Venue:** …", ">" between them): the
    // text without the marks, a line of marks alone a blank line (columns after them shift left).
    .replace(QUOTE_MARKS, '')
    // Its spans with attributes, as it writes a word processor's underlining or highlighting ("[Moderator:]{.underline}"),
    // are their words; its footnote references ("…transport”[^1]") are no part of a value (columns shift left).
    .replace(ATTRIBUTE_SPAN, '$1')
    .replace(FOOTNOTE_REFERENCE, '')
    // A label in italics that opens a line ("*Venue:* Osh city", "_Date_: 2021-11-24"): its marks are spaces, the colon
    // after its words (one for one, so columns stay), as a label in bold is read already.
    .replace(ITALIC_LABEL, '$1 $3: ')
    // Its dashes typed as two or three hyphens between words ("women -- 21", "Name --- role"): an en or em dash
    // (one for two or three, as the escapes shift columns), not a table's rule ("| --- |").
    .replace(TYPED_DASH, (_, em: string) => (em ? '—' : '–'))
    // (And the glyphs word processors offer as bullets: circles, squares, diamonds, arrows, check marks.)
    .replace(/^([ \t]*)[•·▪◦‣∙●○■□◆◇❖►▶▸➢➤→✓✔](?=[ \t])/gm, '$1-')
    // Word's bullets copied as text: its Symbol and Wingdings glyphs (private-use characters), and the
    // letters its fonts draw them with ("o", "§", "Ø", "ü") when a tab follows, as Word writes them.
    .replace(/^([ \t]*)(?:[\uf0a7\uf0b7\uf076\uf0d8\uf0fc]|[o§Øü](?=\t))(?=[ \t])/gm, '$1-')
    .replace(/^([ \t]*)\((\d{1,2})\)(?=[ \t])/gm, '$1$2) ')
    // (And after the number alone: "1] text".)
    .replace(/^([ \t]*\d{1,2})\](?=[ \t])/gm, '$1)')
    // "1.- text", "1)– text": the dash after the number is no bullet of a list inside the item.
    .replace(/^([ \t]*\d{1,2}[.)])[-–—](?=[ \t])/gm, '$1 ')
    .replace(/^([ \t]*)(\*\*|__)(\d{1,2}[.)])\2(?=[ \t])/gm, '$1  $3  ')
    // And a bold run that opens with the number and closes before more text: "**1. “Budget”** – Name" is
    // "1. **“Budget”** – Name" (a line all in bold, "**1. Participants**", may be a section's heading: it stays).
    .replace(/^([ \t]*)(\*\*|__)(\d{1,2}[.)])([ \t]+)(?=[^\s*_][^\n]*?\2[ \t]*[^\s*_])/gm, '$1$3$4$2');
  // A word processor's footnote references, superscript digits after a word ("… Coordination Council¹."), are no part of
  // a value either (columns shift left); not a unit's power after a number ("200 m²").
  const noted = SUPERSCRIPT.test(plain) ? plain.replace(FOOTNOTE_MARK, '') : plain;
  return dashesOpeningLines(noted.includes('""') ? undoubleQuotes(noted) : noted);
}

const SUPERSCRIPT = /[¹²³⁴⁵⁶⁷⁸⁹⁰]/;
// One to three superscript digits after a letter, a closing quote or bracket or a stop, before no letter or digit; not after
// a number and a unit of one or two letters ("200 m²", "15 км²").
const FOOTNOTE_MARK = /(?<=[\p{L}.,;:)\]”»"'’])(?<!\d[ \t]?\p{L}{1,2})[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}(?![\p{L}\p{N}])/gu;

/**
 * Quotes a spreadsheet doubled, as CSV escapes them ('hotel ""Orto-Asia""', 'on the topic ""Youth""'), are single
 * again where they open or close a word; an empty pair ('""') stays. Only where as many doubled quotes open as
 * close: two that close alone end a quotation inside another ('the topic "The Law "On roads""').
 */
function undoubleQuotes(text: string): string {
  let balance = 0;
  for (let i = text.indexOf('""'); i !== -1; i = text.indexOf('""', i + 2)) {
    const before = text[i - 1];
    const after = text[i + 2];
    if (before !== undefined && !/[\s"]/.test(before)) balance--;
    else if (after !== undefined && !/[\s"]/.test(after)) balance++;
  }
  if (balance !== 0) return text;
  return text.replace(/""(?=[^\s"])/g, '"').replace(/([^\s"])""/g, '$1"');
}

/**
 * Dashes that open lines: a bullet, or a dash that goes on the sentence of the line before (one for one). Asked again of a
 * double-spaced text once its blank lines are out (src/pipeline/double-spacing.ts): a blank line had made each a bullet.
 */
export function dashesOpeningLines(plain: string): string {
  if (!DASH_LINE.test(plain)) return plain;
  const lines = plain.split('\n');
  let inList = false; // a bullet opened a line since the last blank line
  let bullet = ''; // the dash that opened the list's first bullet
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') inList = false;
    if (!DASH_LINE.test(line)) continue;
    // (In a list, a dash of another kind before a word in lower case goes on an item that ends no clause: "- Name, director
    // of …" / "– about the problems of resorts.", a wrapped item's talk; not under "- Name, role;".)
    const otherDash = () => inList && line.trimStart()[0] !== bullet && DASH_BEFORE_LOWER.test(line) && !CLAUSE_END.test(lines[i - 1]!);
    // (Or inside a bracket the line before left open, whatever its length: "Total: 35 (women" / "– 8, men – 27).")
    // (Not one before a label and its colon under a line with none, a field's bullet: "… held in Talas region" / "- Topic:
    // “…”"; under "Head of the department: Name" it goes on as the line's kind, "- Expert: Name".)
    const fieldBullet = () => DASH_LABEL.test(line) && !lines[i - 1]!.includes(':');
    // (Or under a labelled line or one of prose, however short, that ends with a capitalised word, a name's, and runs on
    // in lower case: "Moderator: Name" / "– member of …", "…; Jusupov Mirlan" / "- imam of the central mosque"; not
    // "Participants: 25 people" / "- farmers", a list of one, nor under a heading with no comma or semicolon.)
    // (Or under a long numbered item that ends no clause, before a word in lower case: "1) Name, head of the traffic police
    // of the district" / "- on accidents in 2021;", a wrapped entry's talk.)
    const goesOn = () => runsOn(lines[i - 1]!) || ((endsWithName(lines[i - 1]!) || itemRunsOn(lines[i - 1]!)) && DASH_BEFORE_LOWER.test(line));
    const inSentence: boolean = (!inList && i > 0 && (leavesBracketOpen(lines[i - 1]!) || (goesOn() && !DASH_LINE.test(lines[i + 1] ?? '') && !fieldBullet()))) || otherDash();
    lines[i] = line.replace(DASH_LINE, inSentence ? '$1–' : '$1-');
    if (!inSentence && !inList) bullet = line.trimStart()[0]!;
    inList ||= !inSentence;
  }
  return lines.join('\n');
}

// A backslash before ASCII punctuation (kept), or at a line's end.
// Block quote marks that open a line: up to three spaces, then ">" (nested too, "> >"), each with one space after it.
const QUOTE_MARKS = /^[ \t]{0,3}>(?:[ \t]?>)*[ \t]?/gm;
// "[words]{.class}", "[words]{custom-style="Strong"}": pandoc's bracketed span, its attributes in braces.
const ATTRIBUTE_SPAN = /\[([^[\]\n]*)\]\{(?:[.#][\w-]|[\w-]+=)[^{}\n]*\}/g;
// A line's label in single emphasis marks, the colon inside them or right after ("*Venue:*", "_Date_:"), a space or the
// line's end after it; up to 60 characters with no colon or mark inside, past a list's marker. (Not a bullet, "* Venue:",
// nor a bold "**Venue:**".)
const ITALIC_LABEL = /^([ \t]*(?:[-+*][ \t]+|\d{1,2}[.)][ \t]+)?)([*_])(?![*_\s])([^*_:\n]{1,60}?)(?::\2|\2:)(?![*_])(?=[ \t]|$)/gm;
// "[^1]", "[^note]" where no colon follows (a footnote's own text opens with "[^1]:").
const FOOTNOTE_REFERENCE = /\[\^[\w-]{1,20}\](?!:)/g;
// Two or three hyphens set off by white space between words, not between a table's bars. (The hyphens are looked for
// first: a look behind at every place would read a long run of spaces back to its start from each.)
const TYPED_DASH = /(?=--)(?<=[^\s|:-][ \t]+)--(-?)(?=[ \t]+[^\s|:-])/g;
const ESCAPE = /\\([!-/:-@[-`{-~])|\\(?=\n|$)/g;

// A dash that opens a line, then white space.
const DASH_LINE = /^([ \t]*)[-–—](?=[ \t])/m;
// A dash that opens a line before a label: a capitalised word, up to three more, and a colon ("- Topic: …", "- Место проведения: …").
const DASH_LABEL = new RegExp(`^[ \\t]*[-–—][ \\t]+(?:\\*\\*|__)?[${UPPER}][${LETTER}]*(?:[ \\t]+[${LETTER}]+){0,3}(?:\\*\\*|__)?[ \\t]*:`, 'u');

// A line that a label and its colon open, a value after it: "Moderator: Name", "**Модератор:** Name".
const LABELLED_LINE = new RegExp(`^[ \\t]*(?:\\*\\*|__)?[${UPPER}][^:：\\n]{0,40}[:：](?:\\*\\*|__)?[ \\t]+\\S`, 'u');
// A line that ends with a capitalised word (a name's: "Gulnara Tashtanovna", "Abdyrov T.Sh."), emphasis and white space aside.
const ENDS_CAPITALISED = new RegExp(`(?<![${LETTER}])[${UPPER}][${LETTER}.’'-]*[*_ \\t]*$`, 'u');
// A line that ends a clause: a colon, semicolon or sentence's end, emphasis and white space aside.
const CLAUSE_END = /[:;.!?][*_ \t]*$/;

/** Whether a line, labelled or of prose (a comma or semicolon in it), ends with a capitalised word, a name's ("Moderator: Name"). */
function endsWithName(line: string): boolean {
  return (LABELLED_LINE.test(line) || line.includes(',') || line.includes(';')) && ENDS_CAPITALISED.test(line);
}

/**
 * Whether a line runs on into the next: long, not itself an item or heading, and not ending a
 * clause. A dash after it opens no list unless the next line opens with one too (a list of one
 * item after such a line is read as text: "… were adopted" / "– to repair the road.").
 */
function runsOn(line: string): boolean {
  const t = line.replace(/[*_ \t]+$/, '');
  // (A line that opens with a name in bold and a comma, "**Name**, …", is prose; a bold label's is not, "**Attendees:** …".)
  // (However short, a line that opens in lower case is a sentence's middle, as a narrow wrap leaves it: "the chairman
  // of the Osh regional court" / "- **Name**, …".)
  return (t.trim().length >= LONG_LINE || OPENS_LOWER.test(t.trimStart())) && !/[:;.!?]$/.test(t) && (BOLD_NAME_LEAD.test(t) || !/^[ \t]*(?:[-*+•–—]|\d{1,3}[.)]|#)/.test(t));
}
const LONG_LINE = 40;

/** Whether a line is a long numbered item that ends no clause ("1) Name, head of the traffic police of the district"). */
function itemRunsOn(line: string): boolean {
  const t = line.replace(/[*_ \t]+$/, '');
  return NUMBERED_ITEM.test(t) && t.trim().length >= LONG_LINE && !CLAUSE_END.test(t);
}
const NUMBERED_ITEM = /^[ \t]*\d{1,3}[.)][ \t]/;
const BOLD_NAME_LEAD = new RegExp(`^[ \\t]*\\*\\*[${UPPER}][^*:\\n]*\\*\\*,`, 'u');
