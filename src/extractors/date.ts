/**
 * date: from a "Date and venue:" or "Date:" label, else the title, else the
 * first paragraph that says the meeting took place and states a day and a month,
 * else the first paragraph that states one; a label that gives only a month and a year
 * ("Date: July 2021") gives those and warns `date-without-day`, and one that gives only a day and a month in digits
 * ("Date: 18.03.") gives those. A date without a year warns
 * `date-without-year`, or with `assumeYear` is completed and says so.
 */
import { findDate, findDayMonth, findMonthYear } from '../dates.js';
import { diagnostic } from '../diagnostic.js';
import type { Doc, Span } from '../document.js';
import { findLabels } from '../labels.js';
import type { MeetingDate } from '../schema.js';
import { hasWordIn, stripMarkup } from '../text.js';
import type { Extracted, Extractor } from './types.js';

export const date: Extractor<MeetingDate | null> = (doc, found, options) => {
  const lex = doc.lexicon;
  const labels: Span[] = [
    ...findLabels(doc, lex.labels.dateVenue),
    ...findLabels(doc, lex.labels.date),
  ];
  const title = found.title?.value ? found.title.spans?.[''] : undefined;
  for (const place of title ? [...labels, title] : labels) {
    const hit = at(doc, place.start, place.end, options.assumeYear);
    if (hit) return hit;
  }
  // A label that gives only the month and the year ("Date: July 2021"), or the day and the month in digits ("Date: 18.03.").
  for (const find of [findMonthYear, findDayMonth]) {
    for (const place of labels) {
      const hit = at(doc, place.start, place.end, options.assumeYear, find);
      if (hit) return hit;
    }
  }
  // The sentence that says the meeting took place gives its date before any other ("Report
  // prepared on 20 May 2021." / "The round table took place on 12 May 2021 in Osh.").
  const held = doc.blocks.filter((block) => hasWordIn(doc, block, lex.cues.venue));
  for (const block of [...held, ...doc.blocks]) {
    const hit = at(doc, block.start, block.end, options.assumeYear);
    if (hit) return hit;
  }
  return { value: null };
};

/** The date `find` reads in doc.text[start, end), with its warnings. */
function at(doc: Doc, start: number, end: number, assumeYear: number | undefined, find = findDate): Extracted<MeetingDate> | undefined {
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
  if (value.day === null) diagnostics.push(diagnostic('warning', 'date-without-day', `Date “${hit.text}” gives the month and the year but no day`, place));
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
