/**
 * Items numbered by ordinal words ("First, …", "Secondly: …", "Во-первых, …")
 * become item numbers ("1.     …"), one for one, so that markdown reads them as
 * a list of suggestions, as it reads items numbered 1, 2, 3. The words are the
 * lexicon's (`ordinals`).
 *
 * "First, the moderator welcomed …" opening a line of prose is as likely, so
 * only a run that starts at the first and goes on one by one, two at least,
 * each opening a line, is rewritten. The number takes the place of the word
 * and the rest of the marker becomes spaces after it, so that every item
 * stands at its line's indentation (a number right-aligned under "Secondly"
 * would nest it under "First"). Offsets, lines and columns stay those of the
 * source, and an item's value never holds its marker.
 */
import type { Lexicon } from '../lexicon/types.js';
import { alternation, ignoreCase, memoRegExp } from '../text.js';
import { rewriteRuns } from './item-runs.js';

/** `text` with each line-opening ordinal word of a run first, second, third … written as its number. */
export function numberOrdinalItems(text: string, lex: Lexicon): string {
  if (lex.ordinals.length === 0) return text;
  // The word, then a comma, colon, period, bracket or dash, and white space.
  // (After a bullet too: "- First, to build a school;" / "- Second, …".)
  const re = memoRegExp(lex, 'ordinalItems', () => ignoreCase(`^([ \\t]*(?:[-*+][ \\t]+)?)(${alternation(lex.ordinals.flat())})[ \\t]*[,:.)–—-](?=[ \\t])`, 'gm'));
  // Cheap test first: most minutes have no such line.
  re.lastIndex = 0;
  if (!re.test(text)) return text;
  return rewriteRuns(text, re, (m) => {
    const word = m[2]!.toLowerCase();
    const value = lex.ordinals.findIndex((forms) => forms.includes(word)) + 1;
    const start = m.index + m[1]!.length;
    const end = m.index + m[0].length;
    return { value, rewrite: { start, end, text: `${value}.`.padEnd(end - start, ' ') } };
  });
}
