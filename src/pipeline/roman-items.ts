/**
 * Items numbered in Roman numerals ("I. ", "II) ", "IV. ", "iii. ", "(ii) ") become item numbers
 * ("1. ", "2) ", "4. "), one for one, so that markdown reads them as a list,
 * as it reads items numbered 1, 2, 3: it knows no Roman numerals, and would
 * leave "II. «Access to services» – Name, expert" inside the paragraph before.
 *
 * "I. Ivanov" opening a line is as likely an initial, and "V." or "X." one
 * too: only a run of numerals that starts at I and goes on one by one
 * (I, II, III …), two at least, is rewritten. Offsets, lines and columns stay
 * those of the source, and an item's value never holds its marker.
 */

import { allMatches } from '../text.js';
import { rewriteRuns } from './item-runs.js';

// A numeral that opens a line, in capitals or in lower case ("ii."), then "." or ")", or in brackets ("(ii)"), and white space.
const ROMAN_ITEM = /^([ \t]*)(?:(\()(?=[IVXivx]+\)))?([IVX]{1,6}|[ivx]{1,6})([.)])(?=[ \t])/gm;
const VALUE: Record<string, number> = { I: 1, V: 5, X: 10 };

/**
 * `text` with each line-opening Roman item number of a run I, II, III … written in digits; the
 * offsets of the lines so rewritten are added to `rewritten` (section-headings.ts reads their
 * run apart from the items numbered in digits between them).
 */
export function numberRomanItems(text: string, rewritten?: Set<number>): string {
  // Cheap test first: most minutes have no line that opens with a numeral and a period.
  if (!/^[ \t]*\(?(?:[IVX]+|[ivx]+)[.)][ \t]/m.test(text)) return text;
  const out = rewriteRuns(text, ROMAN_ITEM, (m) => {
    const [open, numeral] = [m[2] ?? '', m[3]!];
    const value = romanValue(numeral.toUpperCase());
    const end = m.index + m[0].length - 1;
    // "X" is the one numeral shorter than its digits ("10"): it takes a space of its line's indentation, or ends the run.
    // (An opening bracket becomes a space: "(ii)" → "  2)".)
    const start = Math.min(end - numeral.length - open.length, end - String(value).length);
    // Spaces, then the digits right before the "." or ")": "II." → " 2.", "VIII)" → "   8)".
    return { value, rewrite: start < m.index ? null : { start, end, text: String(value).padStart(end - start, ' ') } };
  });
  if (rewritten && out !== text) for (const m of allMatches(ROMAN_ITEM, text)) if (!out.startsWith(m[0], m.index)) rewritten.add(m.index);
  return out;
}

/** The value of a Roman numeral up to XXXIX ("IV" → 4), or 0 when it is not one written the usual way. */
export function romanValue(numeral: string): number {
  if (!/^X{0,3}(?:IX|IV|V?I{0,3})$/.test(numeral)) return 0;
  let value = 0;
  for (let i = 0; i < numeral.length; i++) {
    const digit = VALUE[numeral[i]!]!;
    value += digit < (VALUE[numeral[i + 1]!] ?? 0) ? -digit : digit;
  }
  return value;
}
