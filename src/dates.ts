/**
 * Dates in running text. An ordered list of parsers, first match wins by
 * position: numeric dates (day first, as written in the region: 02.11.2021,
 * 02/11/2021, 02-11-2021; month first only where day first cannot be: 3/18/2021;
 * or year first: 2021-11-02),
 * then the lexicon's chrono-node parser for worded dates, then a plain
 * "day month [year]" pattern built from the lexicon's month names for the
 * forms chrono misses («18» марта 2021 г.). Only parts the text states are
 * kept: chrono's implied year is never used.
 */
import type { Lexicon } from './lexicon/types.js';
import { LEXICONS } from './lexicon/index.js';
import type { Span } from './document.js';
import { allMatches, alternation, hasWord, ignoreCase, memoRegExp, trimTrailing, WORD_END, WORD_START } from './text.js';
import { romanValue } from './pipeline/roman-items.js';

export interface FoundDate {
  /** Offset of the date in the searched text. */
  index: number;
  text: string;
  year: number | null;
  month: number | null;
  day: number | null;
}

/** A reader of one kind of date in a text (findDate, findMonthYear, …). */
export type DateParser = (text: string, lex: Lexicon) => FoundDate | undefined;

// chrono needs a reference date; a fixed one keeps output free of the clock.
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

const numeric: DateParser = (text) => {
  const m = /(?<![\d./])(?:(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})|(\d{4})([-./])(\d{1,2})\6(\d{1,2}))(?!\d)/.exec(text);
  if (!m) return undefined;
  let [day, month, year] = m[1] ? [+m[1], +m[3]!, +m[4]!] : [+m[8]!, +m[7]!, +m[5]!];
  // Month first only where day first cannot be: "3/18/2021" (an American date, as translations may keep).
  if (m[1] && month > 12 && day <= 12 && m[2] === '/') [day, month] = [month, day];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { index: m.index, text: m[0], year: year < 100 ? 2000 + year : year, month, day };
};

const worded: DateParser = (text, lex) => {
  // chrono's parsers here all need a month name, and each name starts with its month's stem:
  // chrono reads only the text around each such word, not the whole paragraph.
  for (const window of monthWindows(text, lex)) {
    for (const r of lex.chrono.parse(text.slice(window.start, window.end), REFERENCE)) {
      let index = window.start + r.index;
      let found = r.text;
      const prefix = memoRegExp(lex, 'dates.prefix', () => ignoreCase(`^(?:(?:${alternation(lex.words.datePrefix)})${WORD_END}\\s*)+`)).exec(found);
      if (prefix) {
        index += prefix[0].length;
        found = found.slice(prefix[0].length);
      }
      // A range read day first ("25-26 March", "12 – 25 March"): keep its last day, the one
      // beside the month; widenToRange decides whether the number before it starts a range.
      const range = r.end ? memoRegExp(lex, 'dates.rangeStart', () => ignoreCase(`^(?:(?:${alternation(lex.dateWords.rangeFrom)})\\s+)?\\d{1,2}${ordinal(lex)}${rangeJoin(lex)}`)).exec(found) : null;
      if (range) {
        index += range[0].length;
        found = found.slice(range[0].length);
      }
      const parts = range ? r.end! : r.start;
      if (!parts.isCertain('day') || !parts.isCertain('month')) continue;
      let year = parts.isCertain('year') ? parts.get('year')! : null;
      // A range over two months writes the year once, at its end: "30 June – 1 July 2021", "June 30 – July 1, 2021"
      // (the year before, where it turns: "December 30 – January 2, 2022").
      if (year === null && !range && r.end?.isCertain('year') && r.end.isCertain('month')) {
        year = r.end.get('year')! - (r.end.get('month')! < parts.get('month')! ? 1 : 0);
        // (Its text opens with the range's day, not with "from", "с": "с 30 июня по 1 июля 2021 года".)
        const from = memoRegExp(lex, 'dates.rangeFromWord', () => ignoreCase(`^(?:${alternation(lex.dateWords.rangeFrom)})\\s+(?=\\d)`)).exec(found);
        if (from) {
          index += from[0].length;
          found = found.slice(from[0].length);
        }
      }
      // chrono reads "On February 25, 26 participants came" as 2026: two digits after a comma are a count.
      const count = /,\s*\d{2}$/.exec(found);
      if (count && year !== null) {
        found = found.slice(0, count.index);
        year = null;
      }
      return {
        index,
        text: trimTrailing(found, ','),
        year,
        month: parts.get('month')!,
        day: parts.get('day')!,
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
    return ignoreCase(`${WORD_START}(?:${alternation(stems)})`, 'g');
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
    re = ignoreCase(
      String.raw`${WORD_START}[«"“]?(\d{1,2})[»"”]?(?:-?(?:${alternation(ordinal)}))?\s+(?:(?:${alternation(of)})\s+)?(${names})${WORD_END}\.?(?:,?\s+(?:(?:${alternation(of)})\s+)?(\d{4})(?!\d))?`,
    );
    monthPatterns.set(lex, re);
  }
  const m = re.exec(text);
  return m ? namedDate(m, m[2]!, m[1]!, m[3], lex) : undefined;
};

/** A month, an article, then the day: "March the 18th, 2021" (chrono reads "March 18th" but not this). */
const monthTheDay: DateParser = (text, lex) => {
  // (Cheap test first: an article before a number is rare.)
  if (lex.words.articles.length === 0 || !memoRegExp(lex, 'dates.articleDay', () => ignoreCase(`${WORD_START}(?:${alternation(lex.words.articles)})\\s+\\d`)).test(text)) return undefined;
  const re = memoRegExp(
    lex,
    'dates.monthTheDay',
    () => ignoreCase(String.raw`${WORD_START}(${alternation(lex.months.flat())})\s+(?:${alternation(lex.words.articles)})\s+(\d{1,2})${ordinal(lex)}(?!\d)(?:,?\s+(\d{4})(?!\d))?`),
  );
  const m = re.exec(text);
  return m ? namedDate(m, m[1]!, m[2]!, m[3], lex) : undefined;
};

/** The date a month-name pattern matched, from its month, day and year groups; none if the month or day cannot be one. */
function namedDate(m: RegExpExecArray, monthName: string, dayText: string, yearText: string | undefined, lex: Lexicon): FoundDate | undefined {
  const month = monthNumber(monthName, lex);
  const day = +dayText;
  if (month < 1 || day < 1 || day > 31) return undefined;
  return { index: m.index, text: m[0], year: yearText ? +yearText : null, month, day };
}

/** The number of a month named in any of the lexicon's forms (1–12), or 0. */
function monthNumber(name: string, lex: Lexicon): number {
  const lower = name.toLowerCase();
  return lex.months.findIndex((forms) => forms.includes(lower)) + 1;
}

/** A month in Roman numerals between the day and the year: "18.III.2021", "18 III 2021". */
const romanMonth: DateParser = (text) => {
  const m = /(?<![\d./])(\d{1,2})([./ ])(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\2(\d{4})(?!\d)/.exec(text);
  if (!m) return undefined;
  const [day, month] = [+m[1]!, romanValue(m[3]!)];
  if (day < 1 || day > 31) return undefined;
  return { index: m.index, text: m[0], year: +m[4]!, month, day };
};

const PARSERS: DateParser[] = [numeric, worded, dayMonth, monthTheDay, romanMonth];

/** An ordinal ending after a day ("25th", "25-го"), optional. */
function ordinal(lex: Lexicon): string {
  return `(?:-?(?:${alternation(lex.dateWords.ordinal)}))?`;
}

/** Days of a range, joined by a dash, a slash or one of the lexicon's words ("and", "to the", "по"). */
function rangeJoin(lex: Lexicon): string {
  return `(?:\\s*[-–—/&]\\s*|\\s+(?:${alternation(lex.dateWords.rangeJoin)})\\s+)`;
}

/** A meeting spans a few days at most: a longer "range" is a number that only stands near a date ("No. 12 – 25 March"). */
function isShortRange(first: number, last: number): boolean {
  return last > first && last - first <= 6;
}

/** Whether a range from `day` of `month` to `last` of the next month spans a week at most ("30.06-01.07"). */
function acrossMonths(day: number, month: number, last: number): boolean {
  // (February as in a leap year: a range is let through, never a day made up.)
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days && days - day + last <= 6;
}

// A day and month, then a dash, right before a numeric date: the first day of its range.
const NUMERIC_FIRST_DAY = /(?<![\d.])(\d{1,2})[./](\d{1,2})[./]?[ \t]*[-–—][ \t]*$/;

// A dash, then a second numeric date with its month (and year): the last day of a range.
const NUMERIC_SECOND_DATE = /^[ \t]*[-–—][ \t]*(\d{1,2})[./](\d{1,2})(?:[./](\d{4}))?(?![\d.]\d)/;

/**
 * A range of days gives its first day, and its text is the whole range (the
 * record's rule). The parsers find the day next to the month: "25 and 26 March
 * 2021", "the 25th to the 26th of March", "25-26.03.2021", "25.02-26.02.2021" are widened back to
 * the first day; "March 25 – 26, 2021" and "18.03.2022 - 19.03.2022" forward to the second, and the first takes the
 * year written after it. A number is taken for a first day only where a date
 * may start (after a colon, a comma, "on", "from the"), never after "No." or a
 * word ("Meeting 3 – 5 March"), and a range spans a week at most.
 */
function widenToRange(found: FoundDate, text: string, lex: Lexicon): void {
  const before = memoRegExp(lex, 'dates.rangeBefore', () => {
    const opening = alternation([...lex.words.datePrefix, ...lex.dateWords.rangeFrom]);
    return ignoreCase(`(?<=(?:^|[\\n:,;(«"“]|${WORD_START}(?:${opening}))\\s*)(\\d{1,2})${ordinal(lex)}${rangeJoin(lex)}$`);
  }).exec(text.slice(0, found.index));
  if (before && found.day !== null && isShortRange(+before[1]!, found.day)) {
    found.text = text.slice(before.index, found.index) + found.text;
    found.index = before.index;
    found.day = +before[1]!;
    return;
  }
  // Numeric, the first day with its month: "25.02-26.02.2021".
  const numeric = /^\d/.test(found.text) ? NUMERIC_FIRST_DAY.exec(text.slice(0, found.index)) : null;
  if (numeric && +numeric[2]! === found.month && found.day !== null && isShortRange(+numeric[1]!, found.day)) {
    found.text = text.slice(numeric.index, found.index) + found.text;
    found.index = numeric.index;
    found.day = +numeric[1]!;
    return;
  }
  // Or in the month before, a few days back: "30.06-01.07.2021" (the year too, "31.12-02.01.2022", if it turns).
  if (numeric && found.month !== null && found.day !== null && +numeric[2]! === (found.month === 1 ? 12 : found.month - 1) && acrossMonths(+numeric[1]!, +numeric[2]!, found.day)) {
    found.text = text.slice(numeric.index, found.index) + found.text;
    found.index = numeric.index;
    found.day = +numeric[1]!;
    found.month = +numeric[2]!;
    if (found.month === 12 && found.year !== null) found.year -= 1;
    return;
  }
  // Numeric, both days in full: "18.03.2022 - 19.03.2022" (the same month, and year if written, a few days on).
  const full = /^\d/.test(found.text) ? NUMERIC_SECOND_DATE.exec(text.slice(found.index + found.text.length)) : null;
  if (full && found.day !== null && +full[2]! === found.month && (full[3] === undefined || +full[3] === found.year) && isShortRange(found.day, +full[1]!)) {
    found.text += full[0];
    return;
  }
  // Month first ("March 25"): only a date that ends with its day can go on to a second one.
  const day = memoRegExp(lex, 'dates.endsWithDay', () => ignoreCase(`(?<!\\d)(\\d{1,2})${ordinal(lex)}$`)).exec(found.text);
  if (!day || +day[1]! !== found.day) return;
  // The second day ends the date: a year, punctuation or the end follows ("March 3 and 4 other towns" is no range).
  const after = memoRegExp(lex, 'dates.rangeAfter', () => ignoreCase(`^${rangeJoin(lex)}(\\d{1,2})${ordinal(lex)}(?:,?\\s+(\\d{4})(?!\\d)|(?=\\s*(?:[,.;:)]|$)))`)).exec(text.slice(found.index + found.text.length));
  if (!after || !isShortRange(found.day, +after[1]!)) return;
  found.text += after[0];
  if (after[2] && found.year === null) found.year = +after[2];
}

/** How far past a range's join its second date is looked for: "30 сентября 2021 года" is 22 characters. */
const SECOND_DATE_REACH = 40;

/**
 * The year of a range over two months that writes it once, at its end, where the date parser did not read the
 * range whole ("30 июня – 1 июля 2021 г.": chrono's Russian parser takes no en dash for a join): the text goes on to
 * the second date, and the year is its year, or the one before where the year turns ("30 декабря – 2 января 2022 г.").
 */
function yearAtRangeEnd(found: FoundDate, text: string, lex: Lexicon): void {
  if (found.month === null) return;
  const rest = text.slice(found.index + found.text.length);
  const join = memoRegExp(lex, 'dates.rangeJoin', () => ignoreCase(`^${rangeJoin(lex)}`)).exec(rest);
  if (!join) return;
  const tail = rest.slice(join[0].length, join[0].length + SECOND_DATE_REACH);
  for (const parse of PARSERS) {
    const second = parse(tail, lex);
    if (!second || second.year === null || second.month === null || tail.slice(0, second.index).trim() !== '') continue;
    const turns = second.month < found.month;
    if (turns && !(found.month === 12 && second.month === 1)) continue;
    found.text += join[0] + tail.slice(0, second.index + second.text.length).trim();
    found.year = second.year - (turns ? 1 : 0);
    return;
  }
}

/**
 * A year written before a date that has none ("Date and venue: 2021, March 18",
 * "Дата: 2021 г., 18 марта"): the year of the date, and the start of its text.
 * Only a year that opens the line, or follows a colon or a bracket, right before
 * the date, with at most a comma between: "No. 2021, 18 March" is no year.
 */
function yearBefore(found: FoundDate, text: string, lex: Lexicon): void {
  const re = memoRegExp(lex, 'dates.yearBefore', () => {
    const mark = lex.dateWords.yearSuffix.length > 0 ? String.raw`(?:\s*(?:${alternation(lex.dateWords.yearSuffix)}))?` : '';
    return new RegExp(String.raw`(?<=(?:^|[\n:：(])[ \t]*(?:\*\*|__)?)((?:19|20)\d\d)${mark}(?:\*\*|__)?[ \t]*,?[ \t]*$`, 'u');
  });
  const m = re.exec(text.slice(0, found.index));
  if (!m) return;
  found.text = text.slice(m.index, found.index) + found.text;
  found.index = m.index;
  found.year = +m[1]!;
}

/**
 * A weekday written right before a date ("Thursday, March 18th, 2021", "четверг, 18 марта"):
 * part of the date as written, so the start of its text. Only with a comma or white space between, and an article
 * ("Thursday, the 18th of March, 2021").
 */
function weekdayBefore(found: FoundDate, text: string, lex: Lexicon): void {
  const m = memoRegExp(lex, 'dates.weekdayBefore', () => ignoreCase(`${WORD_START}(?:${alternation(lex.dateWords.weekdays)})\\.?(?:,[ \\t]*|[ \\t]+)(?:(?:${alternation(lex.words.articles)})[ \\t]+)?$`)).exec(text.slice(Math.max(0, found.index - WEEKDAY_REACH), found.index));
  if (!m) return;
  const start = found.index - m[0].length;
  found.text = text.slice(start, found.index) + found.text;
  found.index = start;
}

/** How far before a date a weekday is looked for ("Wednesday, the "). */
const WEEKDAY_REACH = 24;

/**
 * A year written after a weekday in brackets or after a comma that follows a date with none ("March 18 (Thursday),
 * 2021", "15 September, Wednesday, 2021"): the date's year, and its text goes on to it. Only a year of four digits
 * right after the weekday.
 */
function yearAfterWeekday(found: FoundDate, text: string, lex: Lexicon): void {
  const after = text.slice(found.index + found.text.length, found.index + found.text.length + 4).trimStart();
  if (!after.startsWith('(') && !after.startsWith(',')) return;
  const m = memoRegExp(lex, 'dates.yearAfterWeekday', () => {
    const weekday = `(?:${alternation(lex.dateWords.weekdays)})\\.?`;
    return ignoreCase(`^[ \\t]*(?:\\(${weekday}\\)|,[ \\t]*${weekday})[ \\t]*,?[ \\t]*((?:19|20)\\d\\d)(?!\\d)`);
  }).exec(text.slice(found.index + found.text.length, found.index + found.text.length + 40));
  if (!m) return;
  found.text += m[0];
  found.year = +m[1]!;
}

/**
 * A year written after a date that has none where the date parser stopped short of it: after "of" ("March 18th of
 * 2021") or with its mark run on to it ("March 18, 2021y."). The date's year, and its text goes on to it (the mark is
 * added after, as for any year). Only a year of four digits ending its word or followed by the mark.
 */
function yearAfter(found: FoundDate, text: string, lex: Lexicon): void {
  const end = found.index + found.text.length;
  // (A cheap look first, a comma or one word before four digits: most dates without a year have none after them, and
  // the pattern of the lexicon's words is then never compiled.)
  if (!YEAR_AHEAD.test(text.slice(end, end + YEAR_AFTER_REACH))) return;
  const m = memoRegExp(lex, 'dates.yearAfter', () => {
    const of = lex.dateWords.of.length > 0 ? `|[ \\t]+(?:${alternation(lex.dateWords.of)})[ \\t]+` : '';
    const mark = lex.dateWords.yearSuffix.length > 0 ? `(?=(?:${alternation(lex.dateWords.yearSuffix)})${WORD_END})|` : '';
    return ignoreCase(`^(?:,[ \\t]*${of})((?:19|20)\\d\\d)(?:${mark}${WORD_END})`);
  }).exec(text.slice(end, end + YEAR_AFTER_REACH));
  if (!m) return;
  found.text += m[0];
  found.year = +m[1]!;
}

/** How far after a date its year is looked for (", 2021", " of 2021", " day of 2021"). */
const YEAR_AFTER_REACH = 16;
const YEAR_AHEAD = /^(?:,[ \t]*|[ \t]+\S+(?:[ \t]+\S+)?[ \t]+)(?:19|20)\d\d/;

/**
 * A month and a year and nothing more opening `text` ("July 2021", "июль 2021 г."; after the word that says "in", "в июле
 * 2021 г.", left out of its text): a date label's value that gives no day. Only where no whole date was found, and only at
 * a label: in running text "in July 2021" is as often some other time.
 */
export function findMonthYear(text: string, lex: Lexicon): FoundDate | undefined {
  const m = memoRegExp(lex, 'dates.monthYear', () => {
    const suffix = lex.dateWords.yearSuffix.length > 0 ? `(?:[ \\t]*(?:${alternation(lex.dateWords.yearSuffix)})${WORD_END})?` : '';
    const lead = lex.dateWords.monthIn.length > 0 ? `(?:(?:${alternation(lex.dateWords.monthIn)})[ \\t]+)?` : '';
    return ignoreCase(`^([ \\t*_]*${lead})((${alternation(lex.months.flat())})[ \\t]*,?[ \\t]+(\\d{4})${suffix})(?=[ \\t*_]*(?:[.,;\\n]|$))`);
  }).exec(text);
  const month = m ? monthNumber(m[3]!, lex) : 0;
  if (!m || month === 0) return undefined;
  return { index: m[1]!.length, text: m[2]!, year: Number(m[4]), month, day: null };
}

/**
 * A year and nothing more opening `text` ("2021", "2021 г."): a date label's value that gives neither month nor day.
 * Only where nothing more was found, and only at a label.
 */
export function findYear(text: string, lex: Lexicon): FoundDate | undefined {
  const m = memoRegExp(lex, 'dates.yearOnly', () => {
    const suffix = lex.dateWords.yearSuffix.length > 0 ? `(?:[ \\t]*(?:${alternation(lex.dateWords.yearSuffix)})${WORD_END})?` : '';
    return ignoreCase(`^([ \\t*_]*)(((?:19|20)\\d\\d)${suffix})(?=[ \\t*_]*(?:[.,;\\n]|$))`);
  }).exec(text);
  return m ? { index: m[1]!.length, text: m[2]!, year: Number(m[3]), month: null, day: null } : undefined;
}

/**
 * A month and a year anywhere in `text`, not after a day ("Open dialogue platform in Osh region, March 2021", "… was held in
 * Osh in March 2021"; not "18 March 2021", which findDate reads): the first, with the word before it that says "in"
 * (the lexicon's `dateWords.monthIn`) left out of its text, from offset `from` on. Only in a title or the sentence that says the
 * meeting took place.
 */
export function findMonthYearIn(text: string, lex: Lexicon, from = 0): FoundDate | undefined {
  const re = memoRegExp(lex, 'dates.monthYearIn', () => {
    const suffix = lex.dateWords.yearSuffix.length > 0 ? `(?:[ \\t]*(?:${alternation(lex.dateWords.yearSuffix)})${WORD_END})?` : '';
    const lead = lex.dateWords.monthIn.length > 0 ? `(?:(?:${alternation(lex.dateWords.monthIn)})[ \\t]+)?` : '';
    return ignoreCase(`${WORD_START}${lead}((${alternation(lex.months.flat())})[ \\t]*,?[ \\t]+(\\d{4})${suffix})(?!\\d)`, 'g');
  });
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const month = monthNumber(m[2]!, lex);
    // (Not after a day: "18 March 2021". Looked at in the few characters before, not by a lookbehind that a run of
    // spaces would make read back over the run at every position.)
    if (month === 0 || /[\d.][ \t]*$/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    return { index: m.index + m[0].length - m[1]!.length, text: m[1]!, year: Number(m[3]), month, day: null };
  }
  return undefined;
}

/**
 * A day and a month in digits and nothing more opening `text` ("18.03.", "18/03"): a date label's value that gives no
 * year. Only at a label, where no other date was found: in running text "18.03" is as often a number.
 */
export function findDayMonth(text: string): FoundDate | undefined {
  const m = DAY_MONTH.exec(text);
  if (!m) return undefined;
  const day = Number(m[3]);
  const month = Number(m[5]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { index: m[1]!.length, text: m[2]!, year: null, month, day };
}

// (The period after the month is the date's, as written: "18.03.")
const DAY_MONTH = /^([ \t*_]*)((\d{1,2})([./])(\d{1,2})(?:\4)?)(?=[ \t*_]*(?:[,;\n]|$))/;

/**
 * Whether a line opens with a whole date: "18.11.2021", "18th of November 2021", "November 18, 2021", "18 ноября 2021",
 * "«18» ноября 2021".
 * (A year alone, "2021, Osh city", is a wrapped date's end.)
 */
export function opensWithDate(line: string, lex: Lexicon): boolean {
  return memoRegExp(lex, 'dates.opensWithDate', () => {
    const month = alternation(lex.months.flat());
    // (The day may stand in quotes, as Russian forms write it: "«10» декабря 2021 г.".)
    const day = `(?:\\d{1,2}${ordinal(lex)}|[«"“„]\\d{1,2}[»"”])`;
    const of = `(?:(?:${alternation(lex.dateWords.of)})[ \\t]+)?`;
    return ignoreCase(`^[ \\t*_]*(?:\\d{1,2}[./]\\d{1,2}[./](?:\\d{4}|\\d{2})(?!\\d)|${day}[ \\t]+${of}(?:${month})[ \\t,]+\\d{4}|(?:${month})[ \\t]+${day},?[ \\t]+\\d{4})`);
  }).test(line);
}

/** A date stands near the start of its line or paragraph; chrono is not given more than this. */
const WINDOW = 2000;

/**
 * The first date in the first 2,000 characters of `text` that gives at least a day and a month; failing one in
 * the language of `lex`, one in another language whose letters and month names the text holds ("18 марта 2021 г."
 * left untranslated in English minutes).
 */
export function findDate(text: string, lex: Lexicon): FoundDate | undefined {
  return dateIn(text, lex) ?? inOtherLanguage(text, lex);
}

/** A date in another lexicon's language, where the text holds that script's letters and one of its month names' stems. */
function inOtherLanguage(text: string, lex: Lexicon): FoundDate | undefined {
  // (Only as far as a date is looked for: a long text is not scanned again for each language.)
  const head = text.slice(0, WINDOW);
  for (const other of LEXICONS) {
    if (other === lex || other.script.source === lex.script.source || !other.script.test(head)) continue;
    const stems = monthStems(other);
    stems.lastIndex = 0;
    if (!stems.test(head)) continue;
    const found = dateIn(head, other);
    if (found) return found;
  }
  return undefined;
}

/** The first date of `text` in the language of `lex`. */
function dateIn(text: string, lex: Lexicon): FoundDate | undefined {
  const original = text.slice(0, WINDOW);
  // (Read with a spaced ordinal ending closed up, "18 th" as "18th ", the same length: the text as written stays.)
  text = closeOrdinals(original, lex);
  let best: FoundDate | undefined;
  for (const parse of PARSERS) {
    const found = parse(text, lex);
    // At the same place, the reading that found a year wins ("18 March of 2021": chrono stops at "March").
    if (found && (!best || found.index < best.index || (found.index === best.index && best.year === null && found.year !== null))) best = found;
  }
  if (!best) return undefined;
  // A parser may take the space before a date: the date starts at its first character.
  const lead = best.text.length - best.text.trimStart().length;
  best.index += lead;
  best.text = best.text.slice(lead);
  widenToRange(best, text, lex);
  if (best.year === null) yearAtRangeEnd(best, text, lex);
  if (best.year === null) yearBefore(best, text, lex);
  if (best.year === null) yearAfterWeekday(best, text, lex);
  if (best.year === null) yearAfter(best, text, lex);
  weekdayBefore(best, text, lex);
  // "2021 г.", "2021 года": the year mark is part of the date as written, its period too.
  if (best.year !== null && lex.dateWords.yearSuffix.length > 0) {
    const after = text.slice(best.index + best.text.length);
    const mark = memoRegExp(lex, 'dates.yearSuffix', () => ignoreCase(`^\\s*(?:${alternation(lex.dateWords.yearSuffix)})${WORD_END}`)).exec(after);
    if (mark && !best.text.endsWith(mark[0].trim())) best.text += mark[0];
    else if (after.startsWith('.') && lex.dateWords.yearSuffix.includes(`${best.text.split(/\s/).at(-1)}.`)) best.text += '.';
  }
  // "25 March of the current year": the words that name the report's own year are the date's as written; its year stays unknown.
  // (Its words looked up first: the pattern is compiled only where one follows.)
  const next = best.year === null ? text.slice(best.index + best.text.length, best.index + best.text.length + CURRENT_YEAR_REACH) : '';
  if (next !== '' && hasWord(next, lex.dateWords.currentYear)) {
    const words = memoRegExp(lex, 'dates.currentYear', () => ignoreCase(`^[ \\t]*(?:${alternation(lex.dateWords.currentYear)})${WORD_END}`)).exec(next);
    if (words) best.text += words[0];
  }
  if (text !== original) {
    // (As written, but for the marks of a raised ending: "17^th^ of August" is "17th of August".)
    best.text = original.slice(best.index, best.index + best.text.length).trimEnd().replace(RAISED_ENDINGS, '$1$2');
  }
  return best;
}

/** How far after a date its words for the report's own year are looked for ("of the current year" is 20 characters). */
const CURRENT_YEAR_REACH = 30;

/**
 * `text` with an ordinal ending set apart from its day closed up ("18 th of March" as "18th  of March"), or raised
 * as a converter writes a superscript ("17^th^", "17<sup>th</sup>" as "17th  ", "17th           "), its length kept.
 */
function closeOrdinals(text: string, lex: Lexicon): string {
  const close = (whole: string, day: string, ending: string) => (lex.dateWords.ordinal.includes(ending.toLowerCase()) ? `${day}${ending}`.padEnd(whole.length) : whole);
  return text.replace(SPACED_ENDINGS, close).replace(RAISED_ENDINGS, close);
}

// A day's digit, a space, then up to three letters alone: an ordinal ending set apart ("18 th", "2 nd").
const SPACED_ENDINGS = /(\d) ([a-zа-яё]{1,3})(?![a-zа-яё])/gi;
// A day's digit, then up to three letters raised: pandoc's "^th^" or HTML's "<sup>th</sup>".
const RAISED_ENDINGS = /(\d)(?:\^(?=[a-zа-яё]{1,3}\^)|<sup>(?=[a-zа-яё]{1,3}<\/sup>))([a-zа-яё]{1,3})(?:\^|<\/sup>)/gi;

