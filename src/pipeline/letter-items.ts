/**
 * Item letters that open a line ("а) ", "b) ", "(c) ", "d. ") become item numbers
 * ("1) ", "2) ", " 3) ", "4. "), one for one, so that markdown reads the list as a list: it knows
 * no lettered lists, and would leave "а) Приветственное слово – Name" inside
 * the paragraph before it. The letters are the lexicon's (`listLetters`), in
 * order; only the first nine, which a single digit can stand for, and only a run
 * that starts at the first letter and goes on one by one, two at least: "(c) 2021
 * UNDP" opening a line is no item. Capital letters ("A. ", "B. ") too, but only in a run
 * of lines one under the other (a blank line between at most) none of which opens with a
 * name: "A. Bekova" is an initial. Offsets,
 * lines and columns stay those of the source, and an item's value never holds
 * its marker.
 */
import type { Lexicon } from '../lexicon/types.js';
import { findNames } from '../names.js';
import { escapeRegExp, memoRegExp } from '../text.js';
import { rewriteRuns, type ItemMatch } from './item-runs.js';

/** `text` with each line-opening item letter of the lexicon, in a run a, b, c … or A, B, C …, written as its number. */
export function numberLetterItems(text: string, lex: Lexicon): string {
  const letters = lex.listLetters.slice(0, 9);
  if (letters === '') return text;
  return numberRuns(numberRuns(text, lex, letters, 'letterItems'), lex, letters.toUpperCase(), 'capitalLetterItems', capitalRun);
}

/** `text` with the item letters of `letters` that open lines, in runs `accept` takes, written as numbers. */
function numberRuns(text: string, lex: Lexicon, letters: string, key: string, accept?: (text: string, run: ItemMatch[], lex: Lexicon) => boolean): string {
  // "a) ", "(a) " or "a. ": the opening bracket becomes a space, the mark stays.
  const re = memoRegExp(lex, key, () => new RegExp(`^([ \\t]*)(?:(\\()([${escapeRegExp(letters)}])\\)|([${escapeRegExp(letters)}])([.)]))(?=[ \\t])`, 'gmu'));
  // Cheap test first: most minutes have no such line.
  re.lastIndex = 0;
  if (!re.test(text)) return text;
  return rewriteRuns(text, re, (m) => {
    const [lead, open, letter, mark] = [m[1]!, m[2], (m[3] ?? m[4])!, m[5] ?? ')'];
    const value = letters.indexOf(letter) + 1;
    const start = m.index + lead.length;
    return { value, rewrite: { start, end: m.index + m[0].length, text: `${open ? ' ' : ''}${value}${mark}` } };
  }, accept ? { accept: (run) => accept(text, run, lex) } : {});
}

/** Whether a run of capital item letters is a list: its lines one under the other, none opening with a name ("A. Bekova"). */
function capitalRun(text: string, run: ItemMatch[], lex: Lexicon): boolean {
  return run.every((item, i) => {
    const start = item.rewrite!.start;
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    const previous = run[i - 1]?.rewrite;
    const near = !previous || (text.slice(previous.start, start).match(/\n/g) ?? []).length <= 2;
    return near && !findNames(line, lex).some((name) => name.start === 0);
  });
}
