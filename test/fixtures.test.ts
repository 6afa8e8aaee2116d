/**
 * Every fixture against its hand-written expected record: each field the
 * expected record names must match exactly, and the set of diagnostic codes
 * must be exactly the expected one (no extra warnings).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../src/index.js';
import { fixtures, pick } from './helpers.js';

describe.each(fixtures())('fixture %s', (name, path, expected) => {
  const record = parseMinutes(readFileSync(path), { path: `fixtures/minutes/${name}` });
  const { diagnosticCodes, ...fields } = expected as { diagnosticCodes?: string[] };

  for (const [field, want] of Object.entries(fields)) {
    it(field, () => {
      expect(pick(want, (record as Record<string, unknown>)[field])).toEqual(want);
    });
  }

  it('diagnostics', () => {
    const codes = [...new Set(record.diagnostics.map((d) => d.code))].sort();
    expect(codes).toEqual([...(diagnosticCodes ?? [])].sort());
  });
});

// Text from a word processor often comes indented (every line, or the first line of each
// paragraph, by a tab or spaces), with no blank lines or a blank line after every line, or
// hard-wrapped. In markdown the first would be code, or the paragraph after a list its last
// item's continuation; the second, one long paragraph; a wrapped line may open with a dash
// that markdown takes for a bullet. Each layout must give the fixture's expected record.
const LAYOUTS: [string, (text: string) => string][] = [
  ['every line indented by four spaces', (t) => t.replace(/^(?=.)/gm, '    ')],
  ['every line indented by a tab', (t) => t.replace(/^(?=.)/gm, '\t')],
  ['first line of each paragraph indented by a tab', (t) => t.replace(/(^|\n\n)(?=\S)/g, '$1\t')],
  ['first line of each paragraph indented by five spaces', (t) => t.replace(/(^|\n\n)(?=\S)/g, '$1     ')],
  // Saved as plain text by a word processor: one paragraph per line, no blank line between.
  ['no blank lines between paragraphs', (t) => t.replace(/\n\s*\n/g, '\n')],
  ['a blank line after every line', (t) => t.replace(/\n/g, '\n\n')],
  // As an e-mail or a PDF export wraps it.
  ['hard-wrapped at 72 columns', (t) => wrap(t, 72)],
  ['hard-wrapped at 60 columns', (t) => wrap(t, 60)],
  // List styles markdown does not know.
  ['items numbered "(1)"', (t) => t.replace(/^(\s*)(\d+)\. /gm, '$1($2) ')],
  ['items lettered "a)" or "а)"', (t) => t.replace(/^(\s*)([1-9])\. /gm, (_, space: string, n: string) => `${space}${(/[а-я]/.test(t) ? 'абвгдежзи' : 'abcdefghi')[+n - 1]}) `)],
  ['items numbered "I.", "II." in Roman numerals', (t) => t.replace(/^(\s*)([1-9])\. /gm, (_, space: string, n: string) => `${space}${ROMAN[+n - 1]}. `)],
  ['item numbers in bold, "**1.**"', (t) => t.replace(/^(\s*)(\d+)\. /gm, '$1**$2.** ')],
  ['bullets "•" and "–"', (t) => t.replace(/^(\s*)- /gm, (_, space: string) => `${space}${t.length % 2 ? '•' : '–'} `)],
];

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];

/** `text` with every line longer than `width` broken at spaces, a list item's lines indented under its text. */
function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      // Table rows, and lines laid out with runs of spaces (a date set off to the right), are kept.
      if (line.length <= width || /^\s*\||\S {3,}\S/.test(line)) return line;
      const lead = /^\s*(?:(?:[-*+•]|\d+[.)])\s+)?/.exec(line)![0];
      const indent = /[-*+•\d]/.test(lead) ? ' '.repeat(lead.length) : lead;
      const [first, ...words] = line.slice(lead.length).split(' ');
      const out: string[] = [];
      let current = lead + first;
      for (const word of words) {
        if (current.length + 1 + word.length > width) {
          out.push(current);
          current = indent + word;
        } else current += ` ${word}`;
      }
      return [...out, current].join('\n');
    })
    .join('\n');
}

describe.each(fixtures().filter(([name]) => !name.includes('cp1251')))('fixture %s, laid out otherwise', (name, path, expected) => {
  const { diagnosticCodes, source: _source, ...fields } = expected as { diagnosticCodes?: string[]; source?: unknown };
  const text = readFileSync(path, 'utf8');

  it.each(LAYOUTS)('%s', (_layout, indent) => {
    const record = parseMinutes(indent(text), { path: `fixtures/minutes/${name}` });
    for (const [field, want] of Object.entries(fields)) {
      expect({ [field]: pick(want, (record as Record<string, unknown>)[field]) }).toEqual({ [field]: want });
    }
    expect([...new Set(record.diagnostics.map((d) => d.code))].sort()).toEqual([...(diagnosticCodes ?? [])].sort());
  });
});

// The same day written in the other ways minutes write dates: the expected day, month and
// year, and the place beside it unchanged.
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
};
const pad = (n: number) => String(n).padStart(2, '0');
const ordinal = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
const DATE_FORMATS = {
  en: (y: number, m: number, d: number, month = MONTHS.en[m - 1]!) => [
    `${pad(d)}.${pad(m)}.${y}`,
    `${d}.${m}.${y}`,
    `${pad(d)}/${pad(m)}/${y}`,
    `${y}-${pad(m)}-${pad(d)}`,
    `${month} ${d}, ${y}`,
    `${month.slice(0, 3)} ${d}, ${y}`,
    `${d} ${month} ${y}`,
    `${d} ${month}, ${y}`,
    `${ordinal(d)} ${month} ${y}`,
    `the ${ordinal(d)} of ${month} ${y}`,
  ],
  ru: (y: number, m: number, d: number, month = MONTHS.ru[m - 1]!) => [
    `${pad(d)}.${pad(m)}.${y}`,
    `${pad(d)}.${pad(m)}.${y} г.`,
    `${y}-${pad(m)}-${pad(d)}`,
    `«${d}» ${month} ${y} г.`,
    `«${pad(d)}» ${month} ${y}`,
    `${d} ${month} ${y} года`,
    `${d} ${month} ${y}г.`,
  ],
};

// (Fixtures whose expected record gives the date's text and a whole day.)
const dated = (expected: Record<string, unknown>) => {
  const date = expected.date as { text?: string; year?: number; day?: number } | null | undefined;
  return Boolean(date?.text && date.year && date.day);
};
describe.each(fixtures().filter(([name, , expected]) => !name.includes('cp1251') && dated(expected)))('fixture %s, its date written otherwise', (name, path, expected) => {
  const want = (expected as { date: { text: string; year: number; month: number; day: number } }).date;
  const text = readFileSync(path, 'utf8');
  const formats = DATE_FORMATS[/[а-яё]/i.test(text) ? 'ru' : 'en'](want.year, want.month, want.day);
  const venue = parseMinutes(text).venue;

  it.each(formats)('%s', (written) => {
    expect(text).toContain(want.text);
    const record = parseMinutes(text.replace(want.text, written), { path: `fixtures/minutes/${name}` });
    expect(record.date).toMatchObject({ text: written.replace(/^the /, ''), year: want.year, month: want.month, day: want.day });
    expect(record.venue).toEqual(venue);
  });
});
