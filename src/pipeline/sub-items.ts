/**
 * Items numbered as sub-items ("1.1. ", "1.2) ", "2.1 ") become items numbered
 * by their last part ("1. ", "2) ", "1. "), one for one: markdown would read
 * "1.1. text" as item 1 holding "1. text". Decisions are often numbered so
 * under a point of the agenda.
 *
 * "1.5 million" opening a line is a number, so only a run of last parts that
 * starts at 1 and goes on one by one (x.1, x.2, x.3 …), two at least, is
 * rewritten, and a lone "x.1" where the text has such a run (a point with one
 * sub-item). Offsets, lines and columns stay those of the source.
 */

import { rewriteRuns } from './item-runs.js';

// Two numbers joined by a period that open a line, then ".", ")" or nothing, and white space.
const SUB_ITEM = /^([ \t]*)(\d{1,2}\.(\d{1,2}))([.)]?)(?=[ \t])/gm;

/**
 * `text` with each line-opening "N.M. " of a run N.1, N.2, N.3 … written "M. ". The offsets of the lines that open with
 * such a number go to `lines` (one left as written matches no section heading either), so that the section headings' pass leaves them out of its runs ("2. Speakers" / "2.3. Kim Oleg, expert" /
 * "3. Discussion": the "3." the sub-item became is no section's).
 */
export function numberSubItems(text: string, lines: Set<number> = new Set()): string {
  // Cheap test first: most minutes have no such line.
  if (!/^[ \t]*\d{1,2}\.\d{1,2}[.)]?[ \t]/m.test(text)) return text;
  return rewriteRuns(text, SUB_ITEM, (m) => {
    const start = m.index + m[1]!.length;
    const marker = m[2]!.length + m[4]!.length;
    lines.add(m.index);
    // "1.2. " → "  2. ", "3.10) " → " 10) ": the last part and its mark, right-aligned in the marker's place.
    return { value: Number(m[3]), rewrite: { start, end: start + marker, text: `${Number(m[3])}${m[4] || '.'}`.padStart(marker, ' ') } };
  }, { lone: true });
}
