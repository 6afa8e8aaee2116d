/**
 * Items numbered with a dash or slash after the number ("1 - text", "2 – text", "3- text",
 * "4/ text"), or with a bracket or period set off by a space ("5 ) text", "6 . text"), become markdown items
 * ("1) text"), one for one: markdown knows only "1." and "1)".
 *
 * "25 - 26 February" opening a line is as likely a range of days, so only a
 * run that starts at 1 and goes on one by one (1, 2, 3 …), two at least, is
 * rewritten. Offsets, lines and columns stay those of the source.
 */

import { rewriteRuns } from './item-runs.js';

// A number that opens a line, then a dash or slash (after white space or none: "1 - ", "1- ", "1/ "),
// or a bracket or period after white space ("1 ) ", "1 . "), and white space.
const DASH_ITEM = /^([ \t]*)(\d{1,2})([ \t]*)(?:[-–—/]|(?<=[ \t])[).])(?=[ \t])/gm;

/** `text` with each line-opening "N - " ("N/ ", "N ) ", "N . ") of a run 1, 2, 3 … written "N) ". */
export function numberDashItems(text: string): string {
  // Cheap test first: most minutes have no such line.
  if (!/^[ \t]*\d{1,2}(?:[ \t]*[-–—/]|[ \t]+[).])[ \t]/m.test(text)) return text;
  return rewriteRuns(text, DASH_ITEM, (m) => {
    const at = m.index + m[1]!.length;
    const [digits, spaces] = [m[2]!, m[3]!.length];
    // "1 - " → "1) ", "12  – " → "12)  ", "3- " → "3) ", "4 ) " → "4)  ", "5 . " → "5)  ": the mark's place goes to the ")".
    return { value: Number(digits), rewrite: { start: at, end: at + digits.length + spaces + 1, text: `${digits})${' '.repeat(spaces)}` } };
  });
}
