/**
 * A text copied from a PDF or a word processor with a blank line after every line (double-spaced): its blank lines
 * say nothing of paragraphs, and each line a page's width wrapped reads as a paragraph of its own ("Moderator: Name,
 * chairperson of Coordinating" / "" / "Council of Public Councils …" gave the role "chairperson of Coordinating").
 * In such a text one blank line of every run between two lines is taken out: the line break that ends the line above
 * becomes a space, so that offsets stay those of the source (`withLinesOf` gives its lines back, for diagnostics). A run
 * of several blank lines, where such a text ends a paragraph, still breaks it.
 *
 * Only a text of eight lines or more, its lines hardly ever one under the other, a third of them at least a single blank
 * line apart, and three of those at least, and 15% of its lines, broken off mid-sentence by the wrap (see brokeOff): a
 * report typed one paragraph a line, with or without periods, its labelled lines ("Date: 12 May 2021" / "" / "Venue:
 * Osh"), a title over its second line ("Open dialogue platform" / "" / "in Osh region …") or its list's items a blank
 * line apart, is not double-spaced.
 */
import { UPPER, LETTER } from '../letters.js';
import { FULL_LINE, OPENS_CAPITAL, OPENS_LOWER } from '../text.js';

/** The fewest lines of text a double-spaced text is recognised in. */
const MIN_LINES = 8;
/** The most of its lines, one under the other with no blank line between, that a double-spaced text has (a share). */
const MAX_ADJACENT = 0.1;
/** The fewest of its lines a single blank line apart (a share: the others, several apart, end paragraphs). */
const MIN_SINGLE = 0.3;
/** The fewest of its lines that a wrap broke off mid-sentence, a single blank line apart (a share). */
const MIN_WRAPPED = 0.15;
/** The fewest lines a wrap broke off mid-sentence (a title's two lines are one such). */
const MIN_WRAPS = 3;

// A line that ends with a capitalised word.
const CAPITAL_END = new RegExp(`(?:^|\\s)[${UPPER}][${LETTER}’'-]*$`, 'u');
// A line that ends a clause: a stop, a colon or a semicolon, and what closes after it (quotes, brackets, emphasis).
const ENDS_CLAUSE = /[.!?:;…][\s"'”’»)\]*_]*$/;

/** `text` with one blank line of each run between its lines taken out, if it is double-spaced; and where (the line breaks made spaces). */
export function withoutDoubleSpacing(text: string): { text: string; joined: number[] } | undefined {
  if (!isDoubleSpaced(text)) return undefined;
  // Each line of text's end with a blank line under it, and another line of text after those.
  const joined: number[] = [];
  let lastEnd = -1;
  let blank = false;
  forEachLine(text, (start, end, isBlank) => {
    if (isBlank) blank = lastEnd >= 0;
    else {
      if (blank) joined.push(lastEnd);
      lastEnd = end;
      blank = false;
    }
  });
  return { text: putAt(text, joined, ' '), joined };
}

/** Whether `text` is double-spaced: its lines of text counted as pairs one under the other, by the blank lines between. */
function isDoubleSpaced(text: string): boolean {
  // (One pass, no line copied: this is asked of every document, and nearly all are not.)
  let lines = 0;
  let adjacent = 0;
  let single = 0;
  let wrapped = 0;
  let gap = 0;
  let above = -1;
  let aboveEnd = -1;
  forEachLine(text, (start, end, isBlank) => {
    if (isBlank) {
      if (above >= 0) gap++;
      return;
    }
    if (above >= 0) {
      if (gap === 0) adjacent++;
      else if (gap === 1) {
        single++;
        if (brokeOff(text.slice(above, aboveEnd), text.slice(start, end).trimStart())) wrapped++;
      }
    }
    lines++;
    above = start;
    aboveEnd = end;
    gap = 0;
  });
  const pairs = lines - 1;
  return lines >= MIN_LINES && adjacent <= MAX_ADJACENT * pairs && single >= MIN_SINGLE * pairs && wrapped >= Math.max(MIN_WRAPS, MIN_WRAPPED * pairs);
}

/**
 * Whether a wrap broke line `above` off mid-sentence before `below`: it ends no clause, and the line below opens in lower
 * case, or it ends with a capitalised word, a name's or an organisation's that goes on below ("… chairperson of
 * Coordinating" / "Council of …"), on a full line that no label opens (not "Moderator: Asanov Bolot" / "Date: …").
 */
function brokeOff(above: string, below: string): boolean {
  const line = above.trimEnd();
  if (ENDS_CLAUSE.test(line)) return false;
  return OPENS_LOWER.test(below) || (line.trimStart().length >= FULL_LINE && !line.includes(':') && CAPITAL_END.test(line) && OPENS_CAPITAL.test(below));
}

/** Call `visit` with each line's start and end offsets (its line break not included) and whether it is blank. */
function forEachLine(text: string, visit: (start: number, end: number, isBlank: boolean) => void): void {
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let isBlank = true;
    for (let i = start; i < end && isBlank; i++) {
      const c = text.charCodeAt(i);
      isBlank = c === 32 || c === 9 || c === 13;
    }
    visit(start, end, isBlank);
    start = end + 1;
  }
}

/** `text` (of the same length as the source) with the line breaks that withoutDoubleSpacing made spaces put back. */
export function withLinesOf(text: string, joined: readonly number[]): string {
  return putAt(text, joined, '\n');
}

/** `text` with the character at each of `positions` (in order) replaced by `character`. */
function putAt(text: string, positions: readonly number[], character: string): string {
  let out = '';
  let at = 0;
  for (const position of positions) {
    out += text.slice(at, position) + character;
    at = position + 1;
  }
  return out + text.slice(at);
}
