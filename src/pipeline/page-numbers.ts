/**
 * Page numbers left by a PDF export's page breaks are no part of the minutes: a line that
 * holds only a number, set far to the right or in the middle as a layout export places it
 * ("                                        2"), or a number between dashes on a line of its
 * own ("- 2 -"). Left in place, "2" runs on into the item or sentence the page break cut
 * ("2. To create youth clubs in border villages; 2" / "3. …"). Each such line is blanked, one
 * space for each character, so that offsets, lines and columns stay those of the source.
 *
 * A number at the start of its line, or with little before it, stays: it may be a count under
 * its label ("Women:" / "24") or a table's cell copied as text.
 */

import type { Lexicon } from '../lexicon/types.js';
import { alternation, ignoreCase, memoRegExp } from '../text.js';

/** How far in a bare number must stand to be a page's: past the left margin of any text. */
const INDENT = 20;

// A number of one to three digits alone on its line, indented INDENT columns at least; or "- 2 -", "– 2 –".
const PAGE_NUMBER = new RegExp(String.raw`^(?:[ \t]{${INDENT},}\d{1,3}|[ \t]*[-–—][ \t]*\d{1,3}[ \t]*[-–—])[ \t]*$`, 'gm');

/** `text` with its page-number lines replaced by spaces (line breaks kept). */
export function withoutPageNumbers(text: string): string {
  return text.replace(PAGE_NUMBER, (line) => ' '.repeat(line.length));
}

/**
 * `text` with its page labels blanked as page numbers are: a line that holds only the lexicon's word of a page and its
 * number, perhaps "of" the count ("Page 1 of 2", "Page 2/5", "Страница 1 из 3", "стр. 2"), at any indent. Left in place, it
 * runs on into the line the page break cut ("Tokmok city, the “Chui” hotel. Page 1 of 2").
 */
export function withoutPageLabels(text: string, lex: Lexicon): string {
  const re = memoRegExp(lex, 'pageLabel', () =>
    ignoreCase(`^[ \\t]*(?:${alternation(lex.words.pageWords)})[ \\t]*\\d{1,4}(?:[ \\t]*(?:${alternation(lex.words.pageOf)}|/)[ \\t]*\\d{1,4})?[ \\t]*$`, 'gm'),
  );
  return text.replace(re, (line) => ' '.repeat(line.length));
}

/** A run of spaces between words, as a layout export sets a running head's parts apart ("Report      UNDP Kyrgyzstan"). */
const LAYOUT_GAP = /\S {5,}\S/;

/**
 * `text` with its running heads and feet blanked, lines and columns kept: a line set out in columns by a layout export (five
 * spaces or more between its words) that stands word for word on two lines or more, as a page's head or foot repeats on
 * each page ("Open Dialogue Platform Report        UNDP Kyrgyzstan"; not a table's row, "| Name     | Role |", which a
 * table split over pages repeats too). Left in place, the first had been read as the report's title.
 */
export function withoutRunningHeads(text: string): string {
  if (!LAYOUT_GAP.test(text)) return text;
  const lines = text.split('\n');
  const count = new Map<string, number>();
  const head = (line: string) => LAYOUT_GAP.test(line) && !line.includes('|');
  for (const line of lines) if (head(line)) count.set(line.trim(), (count.get(line.trim()) ?? 0) + 1);
  let repeated = false;
  for (const n of count.values()) repeated ||= n >= 2;
  if (!repeated) return text;
  return lines.map((line) => (head(line) && count.get(line.trim())! >= 2 ? ' '.repeat(line.length) : line)).join('\n');
}
