/**
 * venue: the place part of a "Date and venue:" line (what is left once the
 * date is taken out), or a "Venue:" / "Place:" line. Its comma-separated
 * parts give the city ("city Osh", "Osh city"), the room ("conference hall")
 * and the named place (quoted, or with a word such as "hotel" or "centre").
 */
import { findDate } from '../dates.js';
import type { Doc, Span } from '../document.js';
import { findLabel } from '../labels.js';
import type { Lexicon } from '../lexicon/types.js';
import type { Venue } from '../schema.js';
import { alternation, cleanValue, hasWord, quotedSpans, splitTopLevel, trimSpan, WORD_END, WORD_START } from '../text.js';
import type { Extractor } from './types.js';

export const venue: Extractor<Venue | null> = (doc) => {
  const lex = doc.lexicon;
  const both = findLabel(doc, lex.labels.dateVenue);
  let span: Span | undefined;
  if (both) {
    const content = doc.text.slice(both.start, both.end);
    const date = findDate(content, lex);
    if (date) {
      // The venue is whichever side of the date holds more text ("date, place" or "place, date").
      const before = trimSpan(doc.text, both.start, both.start + date.index);
      const after = trimSpan(doc.text, both.start + date.index + date.text.length, both.end);
      span = after.end - after.start >= before.end - before.start ? after : before;
    } else {
      span = trimSpan(doc.text, both.start, both.end);
    }
  }
  if (!span || span.end <= span.start) {
    const label = findLabel(doc, lex.labels.venue);
    if (label) span = trimSpan(doc.text, label.start, label.end);
  }
  span ??= inRunningText(doc);
  if (!span) return { value: null };
  // Separators left over where the date was cut out.
  while (span.start < span.end && /[\s,;:–—-]/.test(doc.text[span.start]!)) span.start++;
  const text = cleanValue(doc.text.slice(span.start, span.end));
  if (text === '') return { value: null };
  return { value: parseVenue(text, lex), spans: { '': span } };
};

/**
 * With no label, the place is in the sentence that says the meeting was held
 * ("… took place on 02.11.2021 in Jalal-Abad city, youth centre “Umut”."):
 * from the first "in"/"at" before a capital or "the" to the sentence's end.
 */
function inRunningText(doc: Doc): Span | undefined {
  const lex = doc.lexicon;
  const cue = new RegExp(`${WORD_START}(?:${alternation(lex.cues.venue)})${WORD_END}`, 'iu');
  const prefix = new RegExp(`${WORD_START}(?:${alternation(lex.words.venuePrefix)})\\s+(?=\\p{Lu}|(?:${alternation(lex.words.articles)})\\s)`, 'gu');
  for (const block of doc.blocks) {
    const m = cue.exec(block.text);
    if (!m) continue;
    const quotes = quotedSpans(block.text);
    prefix.lastIndex = m.index + m[0].length;
    for (let p = prefix.exec(block.text); p; p = prefix.exec(block.text)) {
      if (quotes.some((q) => q.start < p!.index && p!.index < q.end)) continue;
      const from = p.index + p[0].length;
      const stop = /\.(?=\s+\p{Lu}|\s*$)/u.exec(block.text.slice(from));
      const end = stop ? from + stop.index : block.text.length;
      const date = findDate(block.text.slice(from, end), lex);
      if (date && date.index === 0) continue;
      return trimSpan(doc.text, block.start + from, block.start + end);
    }
  }
  return undefined;
}

/** Split a venue's text into city, named place and room. */
export function parseVenue(text: string, lex: Lexicon): Venue {
  const city = alternation(lex.words.city);
  const cityName = String.raw`(\p{Lu}[\p{L}’'-]*(?:[ -]\p{Lu}[\p{L}’'-]*)?)`;
  const cityBefore = new RegExp(`${WORD_START}(?:${city})(?:\\s+of)?\\s+${cityName}`, 'iu');
  const cityAfter = new RegExp(`${cityName}\\s+(?:${city})${WORD_END}`, 'u');
  const article = new RegExp(`^(?:${alternation(lex.words.articles)})\\s+`, 'iu');
  const hotel = new RegExp(`${WORD_START}(?:${alternation(lex.words.hotel)})${WORD_END}`, 'giu');
  const venue: Venue = { text, city: null, name: null, room: null };
  const rest: string[] = [];
  for (const piece of splitTopLevel(text, { dashes: false })) {
    const part = cleanValue(piece.text);
    if (part === '') continue;
    const c = cityBefore.exec(part) ?? cityAfter.exec(part);
    const quote = quotedSpans(part)[0];
    if (c && !venue.city && !quote) {
      venue.city = c[1]!;
      continue;
    }
    if (quote && !venue.name) {
      venue.name = cleanValue(quote.inner);
      continue;
    }
    if (!venue.room && hasWord(part, lex.words.room) && !hasWord(part, lex.words.hotel)) {
      venue.room = part.replace(article, '');
      continue;
    }
    if (!venue.name && hasWord(part, lex.words.place)) {
      venue.name = part.replace(article, '').replace(hotel, '').replace(/\s+/g, ' ').trim() || null;
      continue;
    }
    rest.push(part);
  }
  // A bare capitalised word or two, with nothing else to be, is the city ("Bishkek").
  if (!venue.city) {
    const bare = rest.find((p) => /^\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+)?$/u.test(p));
    if (bare) venue.city = bare;
  }
  return venue;
}
