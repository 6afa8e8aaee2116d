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

/** How far in a bare number must stand to be a page's: past the left margin of any text. */
const INDENT = 20;

// A number of one to three digits alone on its line, indented INDENT columns at least; or "- 2 -", "– 2 –".
const PAGE_NUMBER = new RegExp(String.raw`^(?:[ \t]{${INDENT},}\d{1,3}|[ \t]*[-–—][ \t]*\d{1,3}[ \t]*[-–—])[ \t]*$`, 'gm');

/** `text` with its page-number lines replaced by spaces (line breaks kept). */
export function withoutPageNumbers(text: string): string {
  return text.replace(PAGE_NUMBER, (line) => ' '.repeat(line.length));
}
