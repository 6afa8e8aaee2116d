/**
 * date: from a "Date and venue:" or "Date:" label, else the title, else the
 * first paragraph that says the meeting took place and states a day and a month,
 * else the first paragraph that states one; a label that gives only a month and a year
 * ("Date: July 2021") gives those and warns `date-without-day`, and one that gives only a day and a month in digits
 * ("Date: 18.03.") gives those; so does a month and a year in the title, or, last, in the sentence that says the meeting
 * took place ("In March 2021, an open dialogue platform was held in Osh"). A date without a year warns
 * `date-without-year`, or with `assumeYear` is completed and says so.
 */
import { findDate, findDayMonth, findMonthYear, findMonthYearIn, findYear, type DateParser, type FoundDate } from '../dates.js';
import { diagnostic } from '../diagnostic.js';
import type { Doc, Span } from '../document.js';
import { findLabels } from '../labels.js';
import type { MeetingDate } from '../schema.js';
import { hasWord, hasWordIn, sentenceEnd, sentenceStart, stripMarkup } from '../text.js';
import type { Extracted, Extractor } from './types.js';

export const date: Extractor<MeetingDate | null> = (doc, found, options) => {
  const lex = doc.lexicon;
  const labels: Span[] = [
    ...findLabels(doc, lex.labels.dateVenue),
    ...findLabels(doc, lex.labels.date),
  ];
  const title = found.title?.value ? found.title.spans?.[''] : undefined;
  /** The date `find` reads in the first of `places` that holds one. */
  const firstIn = (places: readonly Span[], find?: DateParser) => {
    for (const place of places) {
      const hit = at(doc, place.start, place.end, options.assumeYear, find);
      if (hit) return hit;
    }
    return undefined;
  };
  const whole = firstIn(title ? [...labels, title] : labels);
  if (whole) return whole;
  // A label that gives only the month and the year ("Date: July 2021"), or the day and the month in digits ("Date: 18.03.").
  const part = firstIn(labels, findMonthYear) ?? firstIn(labels, findDayMonth);
  if (part) return part;
  // Or a title that names the month and the year anywhere ("Open dialogue platform in Osh region, March 2021").
  const inTitle = title && at(doc, title.start, title.end, options.assumeYear, findMonthYearIn);
  if (inTitle) return inTitle;
  // The sentence that says the meeting took place gives its date before any other ("Report
  // prepared on 20 May 2021." / "The round table took place on 12 May 2021 in Osh.").
  const held = doc.blocks.filter((block) => hasWordIn(doc, block, lex.cues.venue));
  const inText = firstIn([...held, ...doc.blocks]);
  if (inText) return inText;
  // Then a month and a year in the sentence that says the meeting took place ("In March 2021, an open dialogue
  // platform was held in Osh"); elsewhere in running text "in March 2021" is as often some other time. Last, a label
  // that gives the year alone ("Date: 2021"), where nothing gives more.
  return firstIn(held, (text) => monthYearWhenHeld(text, doc)) ?? firstIn(labels, findYear) ?? { value: null };
};

/** The first month and year in `text` whose sentence says the meeting took place (the lexicon's venue cues). */
function monthYearWhenHeld(text: string, doc: Doc): FoundDate | undefined {
  const lex = doc.lexicon;
  for (let from = 0; from < text.length; ) {
    const hit = findMonthYearIn(text, lex, from);
    if (!hit) return undefined;
    const end = sentenceEnd(text, hit.index, lex);
    if (hasWord(text.slice(sentenceStart(text, hit.index, lex), end), lex.cues.venue)) return hit;
    // (The next one in a later sentence: those in this one share its answer.)
    from = end + 1;
  }
  return undefined;
}

/** The date `find` reads in doc.text[start, end), with its warnings. */
function at(doc: Doc, start: number, end: number, assumeYear: number | undefined, find: DateParser = findDate): Extracted<MeetingDate> | undefined {
  const hit = find(doc.text.slice(start, end), doc.lexicon);
  if (!hit) return undefined;
  const span = { start: start + hit.index, end: start + hit.index + hit.text.length };
  const place = doc.source(span.start);
  // As written, without emphasis markers; a line break in it (a date wrapped on to the next line) is a space.
  const value: MeetingDate = { text: stripMarkup(hit.text), year: hit.year, month: hit.month, day: hit.day, iso: null };
  const diagnostics = [];
  if (value.year === null) {
    if (assumeYear !== undefined) {
      value.year = assumeYear;
      diagnostics.push(diagnostic('info', 'date-year-assumed', `Date “${hit.text}” has no year; assumed ${assumeYear} (--assume-year)`, place));
    } else {
      diagnostics.push(
        diagnostic('warning', 'date-without-year', `Date “${hit.text}” has no year; pass --assume-year YYYY to complete it`, place),
      );
    }
  }
  if (value.day === null) {
    const gives = value.month === null ? 'the year but no month or day' : 'the month and the year but no day';
    diagnostics.push(diagnostic('warning', 'date-without-day', `Date “${hit.text}” gives ${gives}`, place));
  }
  if (value.year !== null && value.month !== null && value.day !== null && validDay(value.year, value.month, value.day)) {
    value.iso = `${String(value.year).padStart(4, '0')}-${pad(value.month)}-${pad(value.day)}`;
  }
  return { value, spans: { '': span }, diagnostics };
}

function validDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const pad = (n: number) => String(n).padStart(2, '0');
