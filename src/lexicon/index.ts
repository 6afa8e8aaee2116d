/** The lexicons this build knows, and language detection by script and label hits. */
import { en } from './en.js';
import { ru } from './ru.js';
import type { Lexicon } from './types.js';
import { hasWord } from '../text.js';

export type { Lexicon } from './types.js';

/** Every lexicon, the default (English) first. */
export const LEXICONS: readonly Lexicon[] = [en, ru];

/** The lexicon for a language code, if this build has one. */
export function lexiconFor(code: string): Lexicon | undefined {
  return LEXICONS.find((l) => l.code === code.toLowerCase());
}

/** Letters sampled for detection: enough to tell scripts apart, cheap on a 5 MB file. */
const SAMPLE = 4000;

/**
 * Guess the language of `text`: the lexicon whose script has the most letters
 * in the first 4,000 characters, ties broken by how many of its labels occur.
 */
export function detectLanguage(text: string): Lexicon {
  const sample = text.slice(0, SAMPLE);
  let best = LEXICONS[0]!;
  let bestScore = -1;
  for (const lex of LEXICONS) {
    let letters = 0;
    for (const ch of sample) if (lex.script.test(ch)) letters++;
    if (letters === 0) continue;
    const hits = Object.values(lex.labels).filter((words) => hasWord(sample, words)).length;
    const score = letters * 10 + hits;
    if (score > bestScore) {
      best = lex;
      bestScore = score;
    }
  }
  return best;
}
