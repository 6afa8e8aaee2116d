/**
 * The letter classes of src/letters.ts are Unicode's properties within their
 * blocks, code point by code point, and nothing outside them.
 */
import { describe, expect, it } from 'vitest';
import { BLOCKS, DIGIT, LETTER, LOWER, UPPER } from '../src/letters.js';

const CLASSES: [string, string, RegExp][] = [
  ['LETTER', LETTER, /^\p{L}$/u],
  ['UPPER', UPPER, /^\p{Lu}$/u],
  ['LOWER', LOWER, /^\p{Ll}$/u],
  ['DIGIT', DIGIT, /^\p{N}$/u],
];

describe('letter classes', () => {
  for (const [name, body, property] of CLASSES) {
    it(`${name} is ${property.source.slice(1, -1)} inside the blocks, with and without the u flag`, () => {
      const unicode = new RegExp(`^[${body}]$`, 'u');
      const plain = new RegExp(`^[${body}]$`);
      const wrong: string[] = [];
      for (const [first, last] of BLOCKS) {
        for (let c = first; c <= last; c++) {
          const ch = String.fromCharCode(c);
          if (unicode.test(ch) !== property.test(ch) || plain.test(ch) !== property.test(ch)) wrong.push(`U+${c.toString(16)}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('Kyrgyz, Kazakh and Uzbek letters are letters, with their case', () => {
    for (const [upper, lower] of [['Ң', 'ң'], ['Ү', 'ү'], ['Ө', 'ө'], ['Ә', 'ә'], ['Қ', 'қ'], ['Ғ', 'ғ'], ['Ұ', 'ұ'], ['Һ', 'һ'], ['Ş', 'ş'], ['Ğ', 'ğ']] as const) {
      expect(new RegExp(`^[${UPPER}]$`, 'u').test(upper)).toBe(true);
      expect(new RegExp(`^[${LOWER}]$`, 'u').test(lower)).toBe(true);
    }
  });

  it('letters of other scripts, punctuation and spaces are not letters', () => {
    const letter = new RegExp(`[${LETTER}${DIGIT}]`, 'u');
    for (const ch of ['中', 'ا', 'א', '«', '»', '“', '–', '—', '№', ' ', '\u00a0', '_', '.', ',']) expect(letter.test(ch)).toBe(false);
  });
});
