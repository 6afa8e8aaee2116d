/**
 * Dates in running text. An ordered list of parsers, first match wins by
 * position: numeric dates (day first, as written in the region: 02.11.2021,
 * 02/11/2021, 02-11-2021; or year first: 2021-11-02),
 * then the lexicon's chrono-node parser for worded dates, then a plain
 * "day month [year]" pattern built from the lexicon's month names for the
 * forms chrono misses («18» марта 2021 г.). Only parts the text states are
 * kept: chrono's implied year is never used.
 */
import type { Lexicon } from './lexicon/types.js';
import type { Span } from './document.js';
import { allMatches, alternation, memoRegExp, trimTrailing, WORD_END, WORD_START } from './text.js';

export interface FoundDate {
  /** Offset of the date in the searched text. */
  index: number;
  text: string;
  year: number | null;
  month: number | null;
  day: number | null;
}

type DateParser = (text: string, lex: Lexicon) => FoundDate | undefined;

// chrono needs a reference date; a fixed one keeps output free of the clock.
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

const numeric: DateParser = (text) => {
  const m = /(?<![\d./])(?:(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})|(\d{4})([-./])(\d{1,2})\6(\d{1,2}))(?!\d)/.exec(text);
  if (!m) return undefined;
  const [day, month, year] = m[1] ? [+m[1], +m[3]!, +m[4]!] : [+m[8]!, +m[7]!, +m[5]!];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { index: m.index, text: m[0], year: year < 100 ? 2000 + year : year, month, day };
};

const worded: DateParser = (text, lex) => {
  // chrono's parsers here all need a month name, and each name starts with its month's stem:
  // chrono reads only the text around each such word, not the whole paragraph.
  for (const window of monthWindows(text, lex)) {
    for (const r of lex.chrono.parse(text.slice(window.start, window.end), REFERENCE)) {
      if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
      let index = window.start + r.index;
      let found = r.text;
      const prefix = memoRegExp(lex, 'dates.prefix', () => new RegExp(`^(?:(?:${alternation(lex.words.datePrefix)})${WORD_END}\\s*)+`, 'iu')).exec(found);
      if (prefix) {
        index += prefix[0].length;
        found = found.slice(prefix[0].length);
      }
      return {
        index,
        text: trimTrailing(found, ','),
        year: r.start.isCertain('year') ? r.start.get('year')! : null,
        month: r.start.get('month')!,
        day: r.start.get('day')!,
      };
    }
  }
  return undefined;
};

/**
 * How far from a month name a date chrono reads can reach: "on the twenty-seventh to
 * twenty-eighth of March, 2021" is 60 characters. A window reaches this far either side.
 */
const REACH = 80;

/**
 * The stretches of `text` around its month names, in order, joined where they meet. Each
 * starts at a white space character (or the start of the text) and ends before one (or at the
 * end), so a pattern sees the same character before and after a date as in the whole text.
 */
function monthWindows(text: string, lex: Lexicon): Span[] {
  const windows: Span[] = [];
  for (const m of allMatches(monthStems(lex), text)) {
    const last = windows.at(-1);
    // Already inside the last window, reach and all (so each character is scanned once).
    if (last && last.end >= Math.min(text.length, m.index + REACH)) continue;
    let start = Math.max(0, m.index - REACH);
    // Back to white space, but never past the last window: that one is joined instead.
    while (start > (last?.end ?? 0) && !/\s/.test(text[start]!)) start--;
    let end = Math.min(text.length, m.index + REACH);
    while (end < text.length && !/\s/.test(text[end]!)) end++;
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

/** A word that starts with a month's stem (the part all its forms share: "jan", "сен", "ма"). */
function monthStems(lex: Lexicon): RegExp {
  return memoRegExp(lex, 'dates.monthStems', () => {
    const stems = lex.months.map((forms) => forms.reduce(commonPrefix));
    return new RegExp(`${WORD_START}(?:${alternation(stems)})`, 'giu');
  });
}

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

const monthPatterns = new WeakMap<Lexicon, RegExp>();
const dayMonth: DateParser = (text, lex) => {
  let re = monthPatterns.get(lex);
  if (!re) {
    const names = alternation(lex.months.flat());
    const { ordinal, of } = lex.dateWords;
    re = new RegExp(
      String.raw`(?<!\d)[«"“]?(\d{1,2})[»"”]?(?:-?(?:${alternation(ordinal)}))?\s+(?:(?:${alternation(of)})\s+)?(${names})${WORD_END}\.?(?:,?\s+(\d{4})(?!\d))?`,
      'iu',
    );
    monthPatterns.set(lex, re);
  }
  const m = re.exec(text);
  if (!m) return undefined;
  const name = m[2]!.toLowerCase();
  const month = lex.months.findIndex((forms) => forms.includes(name)) + 1;
  const day = +m[1]!;
  if (month < 1 || day < 1 || day > 31) return undefined;
  return { index: m.index, text: m[0], year: m[3] ? +m[3] : null, month, day };
};

const PARSERS: DateParser[] = [numeric, worded, dayMonth];

/** A date stands near the start of its line or paragraph; chrono is not given more than this. */
const WINDOW = 2000;

/** The first date in the first 2,000 characters of `text` that gives at least a day and a month. */
export function findDate(text: string, lex: Lexicon): FoundDate | undefined {
  text = text.slice(0, WINDOW);
  let best: FoundDate | undefined;
  for (const parse of PARSERS) {
    const found = parse(text, lex);
    if (found && (!best || found.index < best.index)) best = found;
  }
  if (!best) return undefined;
  // A parser may take the space before a date: the date starts at its first character.
  const lead = best.text.length - best.text.trimStart().length;
  best.index += lead;
  best.text = best.text.slice(lead);
  // "2021 г.", "2021 года": the year mark is part of the date as written, its period too.
  if (best.year !== null && lex.dateWords.yearSuffix.length > 0) {
    const after = text.slice(best.index + best.text.length);
    const mark = memoRegExp(lex, 'dates.yearSuffix', () => new RegExp(`^\\s*(?:${alternation(lex.dateWords.yearSuffix)})${WORD_END}`, 'iu')).exec(after);
    if (mark && !best.text.endsWith(mark[0].trim())) best.text += mark[0];
    else if (after.startsWith('.') && lex.dateWords.yearSuffix.includes(`${best.text.split(/\s/).at(-1)}.`)) best.text += '.';
  }
  return best;
}

