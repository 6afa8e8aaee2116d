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
  const counted = LEXICONS.map((lex) => ({ lex, letters: scriptLetters(sample, lex) }));
  const most = Math.max(...counted.map((c) => c.letters));
  // Label hits only break near-ties: a lexicon whose letters fall short by more than its
  // label count can never win, and a lone contender needs no search at all.
  const contenders = counted.filter((c) => c.letters > 0 && c.letters * 10 + Object.keys(c.lex.labels).length >= most * 10);
  if (contenders.length <= 1) return contenders[0]?.lex ?? LEXICONS[0]!;
  let best = contenders[0]!;
  let bestScore = -1;
  for (const c of contenders) {
    const hits = Object.values(c.lex.labels).filter((words) => hasWord(sample, words)).length;
    const score = c.letters * 10 + hits;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best.lex;
}

// Per lexicon, per UTF-16 code unit: 0 not yet tested, 1 a letter of its script, 2 not.
const scriptTables = new WeakMap<Lexicon, Uint8Array>();

/** How many characters of `sample` are letters of the lexicon's script (each code unit tested once per run). */
function scriptLetters(sample: string, lex: Lexicon): number {
  let table = scriptTables.get(lex);
  if (!table) scriptTables.set(lex, (table = new Uint8Array(0x10000)));
  let n = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (table[code] === 0) table[code] = lex.script.test(sample[i]!) ? 1 : 2;
    if (table[code] === 1) n++;
  }
  return n;
}
