/**
 * Item letters that open a line ("а) ", "b) ", "(c) ") become item numbers
 * ("1) ", "2) ", " 3) "), one for one, so that markdown reads the list as a list: it knows
 * no lettered lists, and would leave "а) Приветственное слово – Name" inside
 * the paragraph before it. The letters are the lexicon's (`listLetters`), in
 * order; only the first nine, which a single digit can stand for. Offsets,
 * lines and columns stay those of the source, and an item's value never holds
 * its marker.
 */
import type { Lexicon } from '../lexicon/types.js';
import { escapeRegExp, memoRegExp } from '../text.js';

/** `text` with each line-opening item letter of the lexicon written as its number. */
export function numberLetterItems(text: string, lex: Lexicon): string {
  const letters = lex.listLetters.slice(0, 9);
  if (letters === '') return text;
  // "a) " or "(a) ": the opening bracket becomes a space.
  const re = memoRegExp(lex, 'letterItems', () => new RegExp(`^([ \\t]*)(\\(?)([${escapeRegExp(letters)}])\\)(?=[ \\t])`, 'gmu'));
  return text.replace(re, (_, lead: string, open: string, letter: string) => `${lead}${open ? ' ' : ''}${letters.indexOf(letter) + 1})`);
}
