/**
 * venue: the place part of a "Date and venue:" line (what is left once the
 * date is taken out), or a "Venue:" / "Place:" line, or the sentence that says
 * where the meeting was held, or a short line of a place and the date. Its parts
 * (cut at commas, semicolons and spaced dashes, not at the hyphen of "Kara-Balta")
 * give the city ("city Osh", "Osh city"), the room ("conference hall")
 * and the named place (quoted, or with a word such as "hotel" or "centre").
 */
import { findDate } from '../dates.js';
import type { Block, Doc, Line, Span } from '../document.js';
import { findLabel, isLabelLine, orItemUnder } from '../labels.js';
import { findNames } from '../names.js';
import { LETTER, LOWER, UPPER } from '../letters.js';
import type { Lexicon } from '../lexicon/types.js';
import type { Venue } from '../schema.js';
import { OPENS_CAPITAL, OPENS_LOWER, WORD_END, WORD_START, allMatches, alternation, caseVariants, cleanValue, firstEndingAfter, hasWord, ignoreCase, isOneQuote, memoRegExp, periodBeforeCount, quotedSpans, sentenceEnd, sentenceStart, splitTopLevel, stripMarkup, trimSpan, type Quoted } from '../text.js';
import type { Extractor, Found } from './types.js';

/** A character left between the date and the place where one was cut from the other: a space, comma, dash, slash, bar, dot or bullet. */
const SEPARATOR_CHAR = /[\s,;:–—/|·•-]/;
/** Such characters, but the slash, where they open a side of the date. */
const LEADING_SEPARATORS = /^[\s,;:–—|·•-]+/;

export const venue: Extractor<Venue | null> = (doc, found) => {
  const lex = doc.lexicon;
  const bothHit = findLabel(doc, lex.labels.dateVenue);
  const both = bothHit && orItemUnder(doc, bothHit);
  let span: Beside | undefined;
  if (both) {
    const date = dateIn(doc, found, both);
    if (date) {
      span = besideIn(doc, both, date);
    } else {
      span = trimSpan(doc.text, both.start, both.end);
    }
  }
  if (!span || span.end <= span.start) {
    // A date beside the place is cut out here too ("Date/place: 12.05.2021, Osh, …" is a venue label as well).
    const hit = findLabel(doc, lex.labels.venue);
    const label = hit && orItemUnder(doc, hit);
    const date = label && dateIn(doc, found, label);
    if (label) span = date ? besideIn(doc, label, date) : trimSpan(doc.text, label.start, label.end);
  }
  span ??= afterDateLabel(doc, found) ?? runningOrBesideDate(doc, found) ?? inDateSentence(doc, found) ?? underTitle(doc, found) ?? placeLineOfTitle(doc, found);
  if (!span) return { value: null };
  // Separators left over where the date was cut out before the place ("18.03.2021 / Osh"), and a place label left
  // with them when it followed the date with no separator before it ("When: 18.03.2021 Where: Osh").
  while (span.start < span.end && SEPARATOR_CHAR.test(doc.text[span.start]!)) span.start++;
  // And where it was cut out after the place ("Tokmok city – 9 December 2021").
  while (span.end > span.start && SEPARATOR_CHAR.test(doc.text[span.end - 1]!)) span.end--;
  // A bracket around the date and place is not the place's: "… on the topic “X” (18 March 2021, Osh city)".
  const inside = doc.text.slice(span.start, span.end);
  if (inside.endsWith(')') && !inside.includes('(')) span.end = trimSpan(doc.text, span.start, span.end - 1).end;
  if (inside.startsWith('(') && !inside.includes(')')) span.start = trimSpan(doc.text, span.start + 1, span.end).start;
  const label = memoRegExp(lex, 'venue.leadingLabel', () => ignoreCase(`^(?:${alternation(lex.labels.venue)})[ \\t]*:[ \\t]*`)).exec(doc.text.slice(span.start, span.end));
  if (label) span.start += label[0].length;
  // "… 2021 in Jalal-Abad city at the “Jannat” hotel": the "in" that joined the place to the date is not the place's.
  span.start = withoutPrefix(doc, span).start;
  // "Venue: Osh city, hotel “Orto-Asia”. 40 participants (…)": the place ends with its sentence, before a count.
  const count = periodBeforeCount(doc.text.slice(span.start, span.end), lex);
  if (count >= 0) span.end = span.start + count;
  const text = cleanValue(doc.text.slice(span.start, span.end));
  if (text === '') return { value: null };
  const value = parseVenue(text, lex);
  const ownCity = value.city;
  if (span.other) fillFromOtherSide(value, doc.text.slice(span.other.start, span.other.end), lex);
  // (Where the city came from the other side, its span is that side's: the region may be read there, "Tokmok (Chui region)".)
  const citySpan: Record<string, Span> = span.other && !ownCity && value.city ? { '/city': trimSpan(doc.text, span.other.start, span.other.end) } : {};
  // A venue that names no city takes the one of the place beside the date elsewhere
  // ("г. Джалал-Абад      15 сентября 2021 года" over "Место проведения: конференц-зал гостиницы «…»").
  // Or the one of the place line under the title ("Chui region, Kemin district, Kemin town" over "Venue: district administration, assembly hall").
  if (!value.city) {
    for (const beside of [besideDate(doc, found), underTitle(doc, found)]) {
      if (beside && (beside.end <= span.start || beside.start >= span.end)) value.city = parseVenue(cleanValue(doc.text.slice(beside.start, beside.end)), lex).city;
      if (value.city) break;
    }
  }
  return { value, spans: { '': { start: span.start, end: span.end }, ...citySpan } };
};

/**
 * A place on both sides of the date ("Issyk-Kul oblast, Karakol town, 2 December 2020, café
 * “Dastorkon”"): the text is the side besideIn chose, as written; the other side, if it reads
 * as a place line (short parts naming a city, a building, a room or a quoted name), gives what
 * the text does not (here the name).
 */
function fillFromOtherSide(value: Venue, side: string, lex: Lexicon): void {
  const text = cleanValue(side.replace(LEADING_SEPARATORS, ''));
  // A bare town there is the city ("Karakol, 3 December 2021, conference hall of …").
  // (With its region in brackets too: "Tokmok (Chui region)".)
  const town = withoutRegion(text, lex);
  if (!value.city && isBareTown(town, lex)) value.city = town;
  if (text === '' || !shortParts(text) || !(namesPlace(text, lex) || quotedSpans(text).length > 0)) return;
  const other = parseVenue(text, lex);
  value.city ??= other.city;
  value.name ??= other.name;
  value.room ??= other.room;
}

/**
 * A date label whose value goes on to the place ("Held on: 3rd of June, 2021, Talas city, the
 * conference room of the regional library"): the place, if it names a city, a building or a room.
 */
function afterDateLabel(doc: Doc, found: Found): Span | undefined {
  const lex = doc.lexicon;
  const label = findLabel(doc, lex.labels.date);
  const date = label && dateIn(doc, found, label);
  if (!label || !date) return undefined;
  const side = afterDate(doc, date.end, label.end);
  const text = doc.text.slice(side.start, side.end).replace(LEADING_SEPARATORS, '');
  return text !== '' && opensAsPlace(text, lex) && namesPlace(text, lex) ? side : undefined;
}

/** Whether `text` names a city, a district, a building or a room (a city's or district's word alone names none). */
export function namesPlace(text: string, lex: Lexicon): boolean {
  if (isPlaceWordOnly(text, lex)) return false;
  return hasWord(text, lex.words.city) || hasWord(text, lex.words.place) || hasWord(text, lex.words.room) || hasWord(text, lex.words.district);
}

/**
 * A short line of its own that holds the date and a place and nothing else
 * ("Naryn, 14 June 2021", "14.06.2021, Osh city, hotel “Dostuk”"): the place.
 * A date alone on its line may have its place on the line just before or after
 * it, in the same short paragraph or a paragraph of its own, at most a blank line away ("Nookat town,
 * district administration\n12 October 2022"), if that line names a city, a
 * building or a room.
 * Not the title (but for a line of it that holds only the place and the date), and not a
 * line with a label of its own.
 */
function besideDate(doc: Doc, found: Found): Span | undefined {
  const date = found.date?.spans?.[''];
  if (!date) return undefined;
  const block = doc.blocks.find((b) => b.start <= date.start && date.end <= b.end);
  if (!block || block.text.length > 3 * SHORT_LINE || block.text.split('\n').length > 5) return undefined;
  // The line the date starts on, and the one it ends on if it wraps ("… Balykchy city   14" / "October 2021").
  const at = doc.lines.findIndex((l) => l.start <= date.start && date.start <= l.start + l.text.length);
  const line = doc.lines[at];
  if (!line) return undefined;
  const ofTitle = inTitle(found, line);
  if (ofTitle ? line.text.length > SHORT_LINE : !isShortLine(doc, found, line)) return undefined;
  const last = doc.lines.findLast((l) => l.start <= date.end)!;
  // A line whose sentence runs on to the next in lower case is prose a hard wrap cut, no place line ("On 30 September
  // 2021, Uzgen district administration hosted" / "an open dialogue platform.").
  const after = doc.lines[last.number];
  if (after && after.start < block.end && OPENS_LOWER.test(after.text.trimStart())) return undefined;
  // From the block's start: a heading's "### " is no part of the place.
  const side = besideIn(doc, { start: Math.max(line.start, block.start), end: last.start + last.text.length }, date);
  // What stands before the date with a colon is a label of its own ("Day: 12.05.2021"), not a place: look beside the line.
  const labelled = side.end <= date.start && /[:：]/.test(doc.text.slice(side.end, date.start));
  /**
   * A place before the date that opens its line, from the line above in its paragraph where a wrap cut it after a town's
   * word or a comma ("Баткенская область, г." / "Кызыл-Кия, 9 сентября 2021 г."); else the place as it stands.
   */
  const wrappedFromAbove = (place: Span): Span => {
    const above = doc.lines[line.number - 2];
    if (!above || above.start < block.start || place.end > date.start || doc.text.slice(line.start, place.start).trim() !== '') return place;
    // (One that ends with a comma names a place or region in short parts itself: not "Public Foundation “Ak-Jol”,".)
    const lex = doc.lexicon;
    if (!isShortLine(doc, found, above) || !cutBeforeTown(above.text, lex)) return place;
    if (/,[ \t]*$/.test(above.text) && !(shortParts(above.text) && (namesPlace(above.text, lex) || hasWord(above.text, lex.words.region)))) return place;
    return { ...place, start: trimSpan(doc.text, above.start, above.start + above.text.length).start };
  };
  if (ofTitle) {
    // A line of the title may hold the place and the date and nothing else ("### Osh city, 25–26 February 2021"),
    // or after the title's words ("Open dialogue platform, Osh city, 18 March 2021": the parts after
    // the one that names the event); never a title's own words ("Open dialogue platform in Osh region on 18 March").
    // The side beside the date that holds more, then the other ("Protocol of the platform, 18.03.2021, Osh").
    const lex = doc.lexicon;
    const capitals = line.text === line.text.toUpperCase();
    for (const beside of labelled ? [] : side.other ? [side, side.other] : [side]) {
      const place = { ...withoutPrefix(doc, afterEventPart(doc, beside)) };
      // (The separator the date leaves before the place after it: ", Osh".)
      while (place.start < place.end && SEPARATOR_CHAR.test(doc.text[place.start]!)) place.start++;
      const text = doc.text.slice(place.start, place.end);
      // After the title's words, or alone after the date, a bare name of a word or two is a town too ("Round table
      // “X”, Karakol, 17 November 2021"; not "…, 18 March 2021, Minutes").
      const town = (place.start > beside.start || beside.start >= date.end) && isBareTown(text, lex, capitals) && !hasWord(text, lex.words.documentWords);
      if (text !== '' && opensAsPlace(text, lex) && ((namesPlace(text, lex) && shortParts(text)) || town)) return place;
      // "Open Dialogue Platform on “Road safety” in Jalal-Abad, 15.09.2021": a bare town after the title's last "in".
      const last = beside.end <= date.start ? townAfterPrefix(doc, beside, capitals) : undefined;
      if (last) return last;
    }
    // Else a place line right under the title line, in its paragraph ("Report on the platform of 18 March 2021" / "Osh city, hotel “Alay”").
  } else if (side.end > side.start && !labelled) {
    const text = (span: Span) => doc.text.slice(span.start, span.end);
    if (readsAsPlaceBeside(text(side), doc.lexicon)) return wrappedFromAbove(side);
    // A place on both sides of the date, the longer side opening in lower case ("Batken region, Isfana town,
    // 18.03.2021, the assembly hall of school No. 2"): that side is the text, as under a "Date and venue:" label, when
    // the other reads as a place and it names one with no sentence or clause in it ("…, 18 March 2021, the meeting
    // was held in the hall of …" is none).
    const lex = doc.lexicon;
    const place = text(side);
    const other = side.other && readsAsPlaceBeside(text(side.other), lex) ? side.other : undefined;
    if (!other) return undefined;
    // Else the other side alone ("Osh city, 12 May 2021, the participants were invited to …": "Osh city").
    return namesPlace(place, lex) && !SENTENCE_INSIDE.test(place) && !hasWord(place, lex.words.clauseVerbs) ? side : other;
  }
  for (const other of [neighbour(doc, at, -1), neighbour(doc, doc.lines.indexOf(last), 1)]) {
    if (!other || !isShortLine(doc, found, other)) continue;
    // Trimmed first: an indented line starts before its paragraph does.
    let span = trimSpan(doc.text, other.start, other.start + other.text.length);
    // A place wrapped on to the line above the date, from the line before it in the paragraph that ends with a comma
    // ("Nookat town, district administration building," / "assembly hall" / "12th of October, 2022").
    const above = other.number < line.number ? doc.lines[other.number - 2] : undefined;
    if (above && above.start >= block.start && /,\s*$/.test(above.text) && isShortLine(doc, found, above)) span = trimSpan(doc.text, above.start, span.end);
    // In the date's paragraph, or a paragraph of that one line (minutes with no blank lines are cut at
    // line ends; some have a blank line after every line).
    const own = doc.blockOn(other.number);
    const inBlock = span.start >= block.start && span.end <= block.end;
    if (!inBlock && !(own && own.end <= span.end)) continue;
    const text = doc.text.slice(span.start, span.end);
    // A blank line away, it must read as a place and nothing more: short parts, no sentence
    // ("Osh city, hotel “Dostuk”, was chosen by the council after …" is not a venue line).
    const apart = Math.abs(other.number - line.number) > 1 && Math.abs(other.number - last.number) > 1;
    if (apart && !shortParts(text)) continue;
    const lex = doc.lexicon;
    if (text !== '' && opensAsPlace(text, lex) && (namesPlace(text, lex) || regionAndTown(text, lex))) return span;
  }
  return undefined;
}

/**
 * Whether the text beside a date on its short line reads as its place: it opens as a place, holds no sentence's end,
 * and names a city, a building or a room, a region and a town, or is a town's bare name ("Karakol, 18 March 2021";
 * "The meeting took place on 18 March 2021." names none).
 */
function readsAsPlaceBeside(text: string, lex: Lexicon): boolean {
  const place = text.replace(/^[\s,;:–—(-]+/, '');
  return opensAsPlace(text, lex) && !SENTENCE_INSIDE.test(text) && (namesPlace(place, lex) || regionAndTown(place, lex) || isBareTown(place, lex));
}

// A sentence's end inside a text: a period, "!" or "?", a space and a capital (not an initial's or an abbreviation's
// period: "г. Ош", "T. Satylganov" have one letter or a short word before it).
const SENTENCE_INSIDE = new RegExp(`[${LETTER}]{4,}[.!?]\\s+[${UPPER}]`, 'u');

/** Whether `text` is only the word of a city, region or district, with no name ("village" wrapped on from "… in Suusamyr"). */
export function isPlaceWordOnly(text: string, lex: Lexicon): boolean {
  return memoRegExp(lex, 'venue.placeWordOnly', () => ignoreCase(`^(?:${alternation([...lex.words.city, ...lex.words.region, ...lex.words.district])})[\\s.,;:]*$`)).test(text.trim());
}

/** A region or district and a town's bare name between commas ("Issyk-Kul region, Karakol"): a place, though it has no city word. */
function regionAndTown(text: string, lex: Lexicon): boolean {
  const parts = text.split(',').map((p) => cleanValue(p));
  return parts.length >= 2 && parts.length <= 3 && parts.some((p) => hasWord(p, lex.words.region) || hasWord(p, lex.words.district)) && parts.some((p) => isBareTown(p, lex));
}

/**
 * With nothing else to give the place, a place line of its own right under the title, at most a
 * blank line away ("Open dialogue platform" / "Batken region, Leilek district, Isfana town"): short
 * parts that name a city, a building or a room (no sentence), and no label or date ("Jalal-Abad
 * region" alone names no place in it: only the region).
 */
function underTitle(doc: Doc, found: Found): Span | undefined {
  const title = found.title?.spans?.[''];
  if (!title) return undefined;
  const last = doc.point(title.end).line;
  const line = [doc.lines[last], doc.lines[last + 1]].find((l) => l !== undefined && l.text.trim() !== '');
  if (!line || inTitle(found, line) || !isShortLine(doc, found, line)) return undefined;
  // The line is a block of its own, or the rest of the title's paragraph.
  const own = doc.blockOn(line.number);
  if (own ? own.kind === 'listItem' || own.text.includes('\n') : line.number !== last + 1) return undefined;
  const span = trimSpan(doc.text, line.start, line.start + line.text.length);
  const text = cleanValue(doc.text.slice(span.start, span.end));
  const lex = doc.lexicon;
  if (text === '' || findDate(text, lex)) return undefined;
  return isPlaceLine(text, lex) ? span : undefined;
}

/**
 * `span` without its parts up to the last one that names the event or the document, parts
 * being cut at commas and opening brackets: in "Open dialogue platform, Osh city" the place is "Osh city".
 */
function afterEventPart(doc: Doc, span: Span): Span {
  const lex = doc.lexicon;
  const text = doc.text.slice(span.start, span.end);
  let from = -1;
  let at = 0;
  // Cut at commas, at an opening bracket ("Round table “X” (Osh, 18.03.2021)") and at a spaced dash ("Open
  // Dialogue Platform – Tokmok city, 18 March 2021").
  EVENT_PART_END.lastIndex = 0;
  for (let m = EVENT_PART_END.exec(text); ; m = EVENT_PART_END.exec(text)) {
    const end = m ? m.index : text.length;
    const part = text.slice(at, end);
    if (hasWord(part, lex.words.eventTypes) || hasWord(part, lex.words.documentWords)) from = m ? end + m[0].length : text.length;
    if (!m) break;
    at = end + m[0].length;
  }
  return from < 0 ? span : trimSpan(doc.text, span.start + Math.min(from, text.length), span.end);
}

const EVENT_PART_END = /[,(]|[ \t]+[–—-][ \t]+/g;

/** The most words in one comma-separated part of a place line ("district administration building"). */
const PLACE_PART_WORDS = 5;

/** Whether `text` reads as a place line, not a sentence: every part between commas is a few words at most. */
export function shortParts(text: string): boolean {
  return text.split(/[,;]/).every((part) => part.trim().split(/\s+/).length <= PLACE_PART_WORDS);
}

/** The line `step` lines from line index `at`, or the one past it if that is blank (a blank line after every line). */
function neighbour(doc: Doc, at: number, step: 1 | -1): Line | undefined {
  const next = doc.lines[at + step];
  return next && next.text.trim() === '' ? doc.lines[at + 2 * step] : next;
}

/** A line beside a date is read for a place only when it is short, not the title's and not labelled. */
const SHORT_LINE = 120;
function isShortLine(doc: Doc, found: Found, line: Line): boolean {
  return line.text.length <= SHORT_LINE && !inTitle(found, line) && !isLabelLine(doc, line);
}

/**
 * A place line inside the title, between the kind of event and its quoted topic ("Open Dialogue Platform" /
 * "Issyk-Kul region, Karakol city" / "“Tourism and seasonal migration”"), or after the kind of event on its line ("Open
 * Dialogue Platform, Balykchy town, Issyk-Kul region"): with nothing else to give it, the place.
 */
function placeLineOfTitle(doc: Doc, found: Found): Span | undefined {
  const title = found.title?.spans?.[''];
  if (!title) return undefined;
  const lex = doc.lexicon;
  const first = doc.point(title.start).line;
  for (let n = first; n <= doc.lines.length && doc.lines[n - 1]!.start < title.end; n++) {
    const line = doc.lines[n - 1]!;
    const whole = trimSpan(doc.text, Math.max(line.start, title.start), Math.min(line.start + line.text.length, title.end));
    // Less the kind of event or document before it ("Open Dialogue Platform, Balykchy town, Issyk-Kul region"); the
    // title's first line only so, as that line names the event.
    const span = afterEventPart(doc, whole);
    if (n === first && span.start === whole.start) continue;
    const text = cleanValue(doc.text.slice(span.start, span.end));
    if (text === '' || quotedSpans(text).length > 0 || findDate(text, lex)) continue;
    if (isPlaceLine(text, lex)) return span;
  }
  return undefined;
}

/**
 * Whether `text` reads as a place line: it opens as a place, in short parts, naming a city, building or room, or a
 * region and a town, and no person ("Then Ms. Name, from the crisis centre Sezim, presented …" is a sentence).
 */
function isPlaceLine(text: string, lex: Lexicon): boolean {
  return opensAsPlace(text, lex) && shortParts(text) && (namesPlace(text, lex) || regionAndTown(text, lex)) && findNames(text, lex).length === 0;
}

function inTitle(found: Found, line: Line): boolean {
  const title = found.title?.spans?.[''];
  return title !== undefined && line.start < title.end && title.start < line.start + line.text.length;
}

/**
 * Whether `text` is a town's bare name, a capitalised word or two ("Karakol", "Kara-Balta"): not a
 * person's name, not "Online", and not an acronym ("UNDP") unless its line is all in capitals.
 */
export function isBareTown(text: string, lex: Lexicon, capitalsLine = false): boolean {
  return PLACE_NAME.test(text) && (capitalsLine || text !== text.toUpperCase()) && !hasWord(text, lex.words.online) && findNames(text, lex).length === 0;
}

/** A place starts with a capital, a quote or a city word once the separators left by the date are gone (and a bracket: "(Osh, 27 October 2021)"). */
function opensAsPlace(text: string, lex: Lexicon): boolean {
  const place = text.replace(/^[\s,;:–—(-]+/, '');
  return OPENS_UPPER.test(place) || opensWithCity(place, lex);
}

/** A venue's span, and the text on the other side of the date when a place stands on both ("Karakol town, 2 December 2020, café “Dastorkon”"). */
type Beside = Span & { other?: Span };

/**
 * The venue beside a date in `within` ("date, place" or "place, date"): the side that names a
 * city, a building or a room ("the Naryn city library, 12 May 2021, from ten in the morning
 * …"), or the one that holds more text.
 */
function besideIn(doc: Doc, within: Span, date: Span): Beside {
  const before = trimSpan(doc.text, within.start, date.start);
  // An article that goes with the date ("…, the hotel “Classic”, the 15th of September") is no part of the place.
  const lex = doc.lexicon;
  before.end -= trailingWord(lex, 'articles').exec(doc.text.slice(before.start, before.end))?.[0].length ?? 0;
  // "In Osh city on 12 May 2021": the "in" before the place and the "on" before the date are neither's.
  before.end -= trailingWord(lex, 'datePrefix').exec(doc.text.slice(before.start, before.end))?.[0].length ?? 0;
  before.start = withoutPrefix(doc, before).start;
  // (Nor is a clock time that opens it: "Time and place: 10:00–13:00, 18 March 2021, Osh".)
  const opening = doc.text.slice(before.start, before.end);
  const time = /^[\s,;–—-]*\d/.test(opening) ? leadingTime(opening) : null;
  if (time) Object.assign(before, trimSpan(doc.text, Math.min(before.end, before.start + time[0].length), before.end));
  const after = afterDate(doc, date.end, within.end);
  // The side that names a city, building or room; where both or neither do, the longer.
  const names = (side: Span) => namesPlace(doc.text.slice(side.start, side.end), lex);
  const [a, b] = [names(after), names(before)];
  const afterWins = a !== b ? a : after.end - after.start >= before.end - before.start;
  const [main, other] = afterWins ? [after, before] : [before, after];
  return other.end > other.start ? { ...main, other } : main;
}

/**
 * The bare town that ends `span` after a word such as "in" or "at" ("… on “Road safety” in Jalal-Abad"), as a
 * span; not "in Osh region", nor a name or a word of the document ("in Minutes").
 */
function townAfterPrefix(doc: Doc, span: Span, capitals: boolean): Span | undefined {
  const lex = doc.lexicon;
  const text = doc.text.slice(span.start, span.end);
  const words = [...text.matchAll(/\S+/g)];
  // The town is a word or two: the prefix stands two or three words from the end.
  for (const back of [2, 3]) {
    const prefix = words[words.length - back];
    if (!prefix || !lex.words.venuePrefix.includes(prefix[0].toLowerCase())) continue;
    const from = prefix.index + prefix[0].length;
    const town = text.slice(from).trim();
    if (isBareTown(town, lex, capitals) && !hasWord(town, lex.words.documentWords) && !hasWord(town, lex.words.eventTypes)) return trimSpan(doc.text, span.start + from, span.end);
  }
  return undefined;
}

/** `span` without a word such as "in" or "at" that opens it before a capital ("in Osh city"). */
function withoutPrefix(doc: Doc, span: Span): Span {
  const lex = doc.lexicon;
  const lead = memoRegExp(lex, 'venue.leadingPrefix', () => ignoreCase(`^(?:${alternation(lex.words.venuePrefix)})\\s+(?=[${UPPER}])`)).exec(doc.text.slice(span.start, span.end));
  return lead ? { ...span, start: span.start + lead[0].length } : span;
}

/**
 * The text from the end of a date to `end`, without a weekday (in brackets or not) or a clock
 * time that follows the date ("12 May 2021 (Thursday), 10:00, Naryn city", "18 March at 10 a.m., Osh").
 */
function afterDate(doc: Doc, dateEnd: number, end: number): Span {
  const lex = doc.lexicon;
  const weekday = memoRegExp(lex, 'venue.weekdayAfter', () => ignoreCase(`^[\\s,]*(?:\\((?:${alternation(lex.dateWords.weekdays)})\\.?\\)|(?:${alternation(lex.dateWords.weekdays)})\\.?(?=\\s*[,;]))`)).exec(doc.text.slice(dateEnd, end));
  const from = dateEnd + (weekday?.[0].length ?? 0);
  const time = leadingTime(doc.text.slice(from, end));
  return trimSpan(doc.text, from + (time?.[0].length ?? 0), end);
}

/** The clock time that opens `text`, separators before it ("10:00–13:00", ", at 10 a.m."), or null. */
function leadingTime(text: string): RegExpExecArray | null {
  return TIME_PART.exec(text) ?? CLOCK_PART.exec(text);
}

// A clock time written with a.m. or p.m., or a range of two, with a short word before or between
// ("at 10 a.m.", "10am – 1pm", "from 10 a.m. to 1 p.m.").
const CLOCK = String.raw`\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?`;
const CLOCK_PART = ignoreCase(String.raw`^[\s,;–—-]*(?:[${LETTER}]{1,6}\s+)?${CLOCK}(?:\s*(?:[-–—]|[${LETTER}]{1,6})\s*${CLOCK})?(?=\s*(?:[,;]|$))`);

// A part of a line that is a clock time, or a range of two, with a short word before, between or after:
// "10:00", "at 10.00", "10:00–13:00", "from 10:00 to 1 p.m."-like forms in any language ("с 10.00 до 13.00 ч."); in
// brackets too, "(10:00–13:00)".
// The end of a town's word: a word's end, or the period of a short form, which may stand against the name as Russian is
// often typed ("г.Нарын", "с.Ноокат").
const TOWN_WORD_END = `(?:(?<=\\.)|${WORD_END})`;
// Between a town's word and the name after it: white space, or none after a short form's period.
const TOWN_GAP = String.raw`(?:\s+|(?<=\.))`;

const TIME = String.raw`(?:[${LETTER}]{1,6}\.?\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:[-–—]|[${LETTER}]{1,6})\s*\d{1,2}[:.]\d{2})?(?:\s*[${LETTER}]{1,5}\.?){0,2}`;
const TIME_PART = new RegExp(String.raw`^[\s,;–—-]*(?:${TIME}|\(\s*${TIME}\s*\))(?=\s*(?:[,;]|$))`, 'u');

/** Whether `text` ends with a city word or a comma, as a wrap leaves a place cut before its town ("Баткенская область, г."; document.ts's endsWithTownWord asks for a short word alone). */
function cutBeforeTown(text: string, lex: Lexicon): boolean {
  return memoRegExp(lex, 'venue.cityLast', () => ignoreCase(`(?:,|(?:^|[\\s,])(?:${alternation(lex.words.city)})${TOWN_WORD_END})[ \\t]*$`)).test(text);
}

/** Whether `text` opens with a city word ("г. Ош", "city of Osh"). */
export function opensWithCity(text: string, lex: Lexicon): boolean {
  return memoRegExp(lex, 'venue.cityFirst', () => ignoreCase(`^(?:${alternation(lex.words.city)})${TOWN_WORD_END}`)).test(text);
}

/** Where the date lies in a "Date and venue" line: the date field's own find when it is there, else a new search. */
function dateIn(doc: Doc, found: Found, line: Span): Span | undefined {
  const known = found.date?.spans?.[''];
  if (known && line.start <= known.start && known.end <= line.end) return known;
  const date = findDate(doc.text.slice(line.start, line.end), doc.lexicon);
  return date && { start: line.start + date.index, end: line.start + date.index + date.text.length };
}

/**
 * With no label, the place is in the sentence that says the meeting was held:
 * from the first "in"/"at" (outside quotes, before a capital, an article or a
 * place word) to the verb or the sentence's end, whichever comes first —
 * "… took place on 02.11.2021 in Jalal-Abad city, youth centre “Umut”." and
 * "10 декабря 2021 года в г. Каракол, в конференц-зале мэрии состоялся …".
 */
function inRunningText(doc: Doc): Beside | undefined {
  const lex = doc.lexicon;
  const cue = memoRegExp(lex, 'venue.cues', () => ignoreCase(`${WORD_START}(?:${alternation(lex.cues.venue)})${WORD_END}`, 'g'));
  let town: Span | undefined;
  let tries = 0;
  for (const block of doc.blocks) {
    for (const m of allMatches(cue, block.text)) {
      const place = placeAsSubject(doc, block, m) ?? placeInSentence(doc, block, m.index, m.index + m[0].length);
      if (!place) continue;
      const text = cleanValue(doc.text.slice(place.start, place.end));
      const only = townOnly(text, lex);
      if (!town && !only) return place;
      // "On 18 March 2021, in Osh, the platform was held at the Orto-Asia hotel": a town before the cue, the building
      // after it in the same sentence.
      const after = only && place.end <= block.start + m.index ? placeInSentence(doc, block, m.index, m.index + m[0].length, true) : undefined;
      const building = after && cleanValue(doc.text.slice(after.start, after.end));
      if (after && building && namesPlace(building, lex) && !townOnly(building, lex)) return { ...after, other: place };
      // "… was held in Talas city. The event took place in the conference hall of the regional administration": the
      // building's sentence gives the place, and the town its city; so too a title's "… held in Talas region" and a
      // paragraph's building after it. (A few cues on: a text of many stays linear.)
      if (town && !only && namesPlace(text, lex)) return { ...place, other: town };
      // (A town after a region is the one to give the city: "… held in Talas region" / "… in Talas city".)
      if (only && (!town || parseVenue(cleanValue(doc.text.slice(town.start, town.end)), lex).city === null)) town = place;
      if (++tries > MORE_CUES) return town;
    }
  }
  return town;
}

/**
 * The subject of a cue such as "hosted" when it names a building or a room: its sentence's parts before the cue that
 * read as places, cut at commas outside quotes ("On 12 May 2021, the Talas Regional Library hosted …": "the Talas
 * Regional Library"; "The “Ak-Keme” hotel, Naryn city, was the venue for …": both parts).
 */
function placeAsSubject(doc: Doc, block: Block, cue: RegExpExecArray): Span | undefined {
  const lex = doc.lexicon;
  if (!lex.cues.venueSubject.includes(cue[0].toLowerCase().replace(/\s+/g, ' '))) return undefined;
  const text = block.text;
  const start = Math.max(sentenceStart(text, cue.index, lex), cue.index - PLACE_REACH);
  const quotes = quotesOf(block);
  let from = cue.index;
  for (let end = cue.index, comma = text.lastIndexOf(',', end - 1); end > start; comma = text.lastIndexOf(',', comma - 1)) {
    const quote = comma >= start ? quotes[firstEndingAfter(quotes, comma)] : undefined;
    if (quote && quote.start < comma) continue;
    const at = Math.max(comma + 1, start);
    const part = cleanValue(text.slice(at, end));
    if (part !== '') {
      if (findDate(part, lex) || !(namesPlace(part, lex) || isBareTown(part, lex))) break;
      from = at;
    }
    end = comma;
  }
  const subject = cleanValue(text.slice(from, cue.index));
  if (subject === '' || !namesBuilding(subject, lex)) return undefined;
  return trimSpan(doc.text, block.start + from, block.start + cue.index);
}

/**
 * The place of the running text, or the short line of a place and the date: that line, when the running text's place
 * names no town, building or room, only a region or district, and the line's names a town ("… held in Jalal-Abad
 * region" / "Jalal-Abad, 14 October 2022").
 */
function runningOrBesideDate(doc: Doc, found: Found): Beside | undefined {
  const running = inRunningText(doc);
  const lex = doc.lexicon;
  const placeOf = (span: Span) => parseVenue(cleanValue(doc.text.slice(span.start, span.end)), lex);
  if (running) {
    const place = placeOf(running);
    if (place.city !== null || place.name !== null || place.room !== null) return running;
  }
  const beside = besideDate(doc, found);
  return beside && (!running || placeOf(beside).city !== null) ? beside : running;
}

/** Whether a place names a town or a region and nothing in it ("Talas", "Talas city", "Tokmok (Chui region)", "Talas region"): a building told later is the venue. */
function townOnly(text: string, lex: Lexicon): boolean {
  if (isBareTown(withoutRegion(text, lex), lex)) return true;
  const place = parseVenue(text, lex);
  return place.name === null && place.room === null && (place.city !== null || hasWord(text, lex.words.region) || hasWord(text, lex.words.district));
}

/** A town's name without the bracket of its region after it ("Tokmok (Chui region)": "Tokmok"). */
function withoutRegion(text: string, lex: Lexicon): string {
  const bracket = /^(.*?)\s*\(([^()]*)\)$/.exec(text);
  // (As regionAndTown reads a region's part: a word scan, no pattern to compile.)
  return bracket && (hasWord(bracket[2]!, lex.words.region) || hasWord(bracket[2]!, lex.words.district)) ? bracket[1]! : text;
}

/** How many more cues of its block a bare town's sentence looks through for the building. */
const MORE_CUES = 3;

/**
 * With no cue at all, the sentence of the meeting's date in running text ("On 12 May 2021 in
 * Osh city, the meeting was opened by …"): the place it names, as inRunningText reads one.
 */
function inDateSentence(doc: Doc, found: Found): Span | undefined {
  const date = found.date?.spans?.[''];
  const block = date && doc.blocks.find((b) => b.kind === 'paragraph' && b.start <= date.start && date.end <= b.end);
  const title = found.title?.spans?.[''];
  if (!date || !block || (title && block.start < title.end && title.start < block.end)) return undefined;
  const span = placeInSentence(doc, block, date.start - block.start, date.end - block.start);
  return span && placeOnly(doc, span);
}

/**
 * `span` cut where a place told with no cue to end it ends: at the first part after its first
 * that is no place ("…, Osh, was opened by …"), at a word for the event or its participants, or
 * at a person's name ("в г. Ош встречу открыла Name").
 */
function placeOnly(doc: Doc, span: Span): Span | undefined {
  const lex = doc.lexicon;
  let end = span.end;
  let at = span.start;
  for (const [i, part] of splitTopLevel(doc.text.slice(span.start, span.end), { dashes: false }).entries()) {
    if (i > 0 && !opensAsPlace(part.text, lex) && !namesPlace(part.text, lex)) {
      end = at;
      break;
    }
    at = span.start + part.end;
  }
  const text = doc.text.slice(span.start, end);
  const event = memoRegExp(lex, 'venue.eventWord', () => ignoreCase(`\\s${notRoom(lex)}(?:${alternation([...lex.words.eventTypes, ...lex.words.moderated, ...lex.labels.participants])})${WORD_END}`)).exec(text);
  const name = findNames(text, lex)[0];
  let stop = Math.min(event?.index ?? text.length, name?.start ?? text.length);
  // An article left before what was cut off goes with it ("… mayoralty the participants met").
  stop -= trailingWord(lex, 'articles').exec(text.slice(0, stop))?.[0].length ?? 0;
  return stop > 0 ? trimSpan(doc.text, span.start, span.start + stop) : undefined;
}

/**
 * The place in the sentence of `block` that holds [at, atEnd) (a cue or a date): from the first
 * "in"/"at" before a capital, an article or a place word, outside quotes, to `at` when it comes
 * before it, else to the sentence's end, a date or the event the sentence goes on to name; with `afterCue`, only
 * a place after it.
 */
function placeInSentence(doc: Doc, block: Block, at: number, atEnd: number, afterCue = false): Span | undefined {
  const lex = doc.lexicon;
  const prefix = memoRegExp(lex, 'venue.prefix', () => {
    const lead = alternation([...lex.words.articles, ...lex.words.city, ...lex.words.place, ...lex.words.room]);
    // (A copula's words in any case at their first letter: "Местом проведения стал …".)
    const opening = [...lex.words.venuePrefix, ...lex.words.venuePrefixOpening, ...caseVariants(lex.words.venueIs)];
    // (Or one that opens a sentence before a town's, place's or room's word only: "В городе Каракол …".)
    const beforeWord = lex.words.venuePrefixOpeningBeforeWord.length > 0 ? `|(?:${alternation(lex.words.venuePrefixOpeningBeforeWord)})\\s+(?=(?:${lead})${TOWN_WORD_END})` : '';
    return new RegExp(`${WORD_START}(?:(?:${alternation(opening)})\\s+(?=[${UPPER}]|[«“"„]|(?:${lead})${TOWN_WORD_END})${beforeWord})`, 'gu');
  });
  const text = block.text;
  // (A sentence's place stands within a thousand characters of its cue: a paragraph of many cues and no sentence's end
  // is not read from its start to its end for each.)
  // (`afterCue`: only a place after [at, atEnd).)
  const from = afterCue ? atEnd : Math.max(sentenceStart(text, at, lex), at - PLACE_REACH);
  const to = sentenceEnd(text.slice(0, atEnd + PLACE_REACH), atEnd, lex);
  const quotes = quotesOf(block);
  // "… in the conference hall of the Dostuk hotel in Osh on 12 May 2021": the place ends before the date and its "on".
  const on = trailingWord(lex, 'datePrefix');
  // (Looked for up to the sentence's end only: in a long paragraph with no "in" or "at", each cue would read on to its end.)
  const sentence = text.slice(0, to);
  prefix.lastIndex = from;
  for (let p = prefix.exec(sentence); p && p.index < to; p = prefix.exec(sentence)) {
    const quote = quotes[firstEndingAfter(quotes, p.index)];
    if (quote && quote.start < p.index) continue;
    const start = p.index + p[0].length;
    // A month is no place ("held in March 2021 in Osh": Osh). (Looked at first: a run of them is skipped cheaply.)
    if (memoRegExp(lex, 'venue.month', () => ignoreCase(`^(?:${alternation(lex.months.flat())})${WORD_END}`)).test(text.slice(start, start + MONTH_REACH))) continue;
    const end = start < at ? at : to;
    const date = findDate(text.slice(start, end), lex);
    if (date && date.index === 0) continue;
    let cut = date ? start + date.index : end;
    cut -= on.exec(text.slice(start, cut))?.[0].length ?? 0;
    // "… in Karakol, at the conference hall of the “Amir” hotel, a meeting of the platform on the topic “…” was held":
    // the place ends before the event that the sentence goes on to name.
    const event = eventAfterPlace(lex).exec(text.slice(start, cut));
    if (event) cut = start + event.index;
    // And before its participants: "… at the Talas regional library with the participation of 30 people", "… in Talas, brought together …".
    const participation = memoRegExp(lex, 'venue.end', () => ignoreCase(`[\\s,]+(?:${alternation(lex.cues.venueEnd)})${WORD_END}`)).exec(text.slice(start, cut));
    if (participation) cut = start + participation.index;
    // And before who held it, named right after a town or a quoted name that ends the place, unless a building of theirs
    // follows ("… гостиницы «Ала-Тоо» г. Нарын Общественный совет Министерства … провел …", "… in Naryn city the Public
    // Council of … held …"; not "… in Naryn city Public Council office").
    const organiser = organiserAfterPlace(lex).exec(text.slice(start, cut));
    if (organiser && !namesBuilding(text.slice(start + organiser.index + organiser[0].length, cut), lex)) cut = start + organiser.index + organiser[1]!.length;
    // And before a month and a year, or a year, with no day ("… in Osh city in March 2021", "… в г. Ош в марте 2021 года",
    // "… in Osh in 2021"), and at a semicolon ("… in Osh; the next one will be in Batken").
    // (From the start of a run of white space only: at every space of a long run, the run would be read to its end. And
    // only where a year or a semicolon stands: the pattern is compiled only there.)
    const when = !/\d{4}|;/.test(text.slice(start, cut)) ? null : memoRegExp(lex, 'venue.monthYearAfter', () => {
      const month = `(?:(?:${alternation(lex.months.flat())})[ \\t]*,?[ \\t]+)?`;
      return ignoreCase(`(?<![\\s,])[\\s,]+(?:${alternation(lex.dateWords.monthIn)})[ \\t]+${month}\\d{4}(?!\\d)|;`);
    }).exec(text.slice(start, cut));
    if (when && when.index > 0) cut = start + when.index;
    // A place is named by a place word, a capital or a quotation before the next "in"/"at": "at the end of the
    // year", "in the afternoon", "at the entrance" are no place ("in the afternoon in the town library": the library).
    const resume = prefix.lastIndex;
    const next = prefix.exec(sentence);
    prefix.lastIndex = resume;
    const head = text.slice(start, next && next.index < cut ? next.index : cut);
    if (!namesPlace(head, lex) && !NAMED.test(head)) continue;
    return trimSpan(doc.text, block.start + start, block.start + cut);
  }
  return undefined;
}

/** How many characters after "in" are enough to tell a month's name. */
const MONTH_REACH = 20;

/** How far before and after its cue a sentence's place is looked for. */
const PLACE_REACH = 1000;

const blockQuotes = new WeakMap<Block, Quoted[]>();

/** The quotations of a block, found once: each cue of a long paragraph asks for them. */
function quotesOf(block: Block): Quoted[] {
  let quotes = blockQuotes.get(block);
  if (!quotes) blockQuotes.set(block, (quotes = quotedSpans(block.text)));
  return quotes;
}

/** A word of the lexicon's `words[key]` at the end of a text, with the white space or commas before it ("…, the", "… on "). */
function trailingWord(lex: Lexicon, key: 'articles' | 'datePrefix'): RegExp {
  return memoRegExp(lex, `venue.trailing.${key}`, () => ignoreCase(`(?:^|[\\s,]+)(?:${alternation(lex.words[key])})\\s*$`));
}

/** What keeps an event word from matching where it opens a room's name ("conference hall", "meeting hall"). */
function notRoom(lex: Lexicon): string {
  return `(?!(?:${alternation(lex.words.room)})${WORD_END})`;
}

/** A part that names the event, after a comma or an article ("…, a meeting of …", "… a round table on …"), not a room; or the topic's cue. */
function eventAfterPlace(lex: Lexicon): RegExp {
  return memoRegExp(lex, 'venue.eventAfter', () => {
    const event = alternation([...lex.words.eventTypes, ...lex.words.moderated]);
    // After a comma, or after an article with no comma ("in Naryn a round table on … was held").
    const article = `(?:${alternation(lex.words.articles)})\\s+`;
    // (With no articles, after a space too: "В г. Нарын Открытая диалоговая площадка прошла …".)
    const lead = lex.words.articles.length > 0 ? `(?:,\\s*(?:${article})?|\\s${article})` : '(?:,\\s*|\\s)';
    // Not a room named after it ("…, meeting hall of the administration").
    return ignoreCase(`${lead}${notRoom(lex)}(?:${event})${WORD_END}|\\s(?:${alternation(lex.cues.topic)})${WORD_END}`);
  });
}

/**
 * A body of the lexicon's `organization` (not a building's word: "hotel", "centre") named right after a town with its
 * word or a closing quote, as who held the meeting ("г. Нарын Общественный совет", "Naryn city the Public Council",
 * "«Ала-Тоо» Министерство"): group 1 is the place's end.
 */
function organiserAfterPlace(lex: Lexicon): RegExp {
  return memoRegExp(lex, 'venue.organiser', () => {
    const building = new Set([...lex.words.place, ...lex.words.hotel, ...lex.words.room]);
    const bodies = lex.words.organization.filter((w) => !building.has(w));
    const capital = `[${UPPER}][${LETTER}’'-]*`;
    const town = alternation(caseVariants([...lex.words.city, ...lex.words.cityShort]));
    const article = lex.words.articles.length > 0 ? `(?:(?:${alternation(caseVariants(lex.words.articles))})\\s+)?` : '';
    const placeEnd = `(${WORD_START}(?:${town})${TOWN_GAP}${capital}|${capital}\\s+(?:${town})${WORD_END}|[»”"])`;
    // A capitalised word and a body's word ("Общественный совет", "Public Council"), or a body's word capitalised or in
    // capitals ("Министерство", "ОО").
    const body = `(?:${capital}\\s+(?:${alternation(caseVariants(bodies))})|(?:${alternation(bodies.flatMap((w) => [w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]))}))${WORD_END}`;
    return new RegExp(`${placeEnd}\\s+${article}${body}`, 'u');
  });
}

/** Whether a text names a building or a room (the lexicon's `place`, `hotel` and `room` words). */
function namesBuilding(text: string, lex: Lexicon): boolean {
  return hasWord(text, lex.words.place) || hasWord(text, lex.words.hotel) || hasWord(text, lex.words.room);
}

/**
 * A pattern for city words standing before a town's name, in any case; but a word of one letter and a period ("c.",
 * "г.") capitalised only at the start, since elsewhere it is an initial ("named after T. Sydykbekov", "им. С. Орозбакова").
 */
function townWordFirst(words: readonly string[]): string {
  const initial = words.filter((w) => INITIAL_WORD.test(w));
  const whole = caseVariants(words.filter((w) => !INITIAL_WORD.test(w)));
  return `${WORD_START}(?:${alternation([...whole, ...initial])})|^(?:${alternation(initial.map((w) => w.toUpperCase()))})`;
}

const INITIAL_WORD = /^\p{L}\.$/u;

/** Split a venue's text into city, named place and room. */
export function parseVenue(text: string, lex: Lexicon): Venue {
  // Case-sensitive, so a city's name must be capitalised; the marker word may be in any case ("City of Osh").
  const city = () => alternation(caseVariants(lex.words.city));
  const cityName = String.raw`([${UPPER}][${LETTER}’'-]*(?:[ -][${UPPER}][${LETTER}’'-]*)?)`;
  // (The short forms a translation leaves, "g. Osh", only here: elsewhere they would be initials. A short form's period
  // may stand against the name, as Russian is often typed: "г.Нарын", "с.Ноокат".)
  const cityBefore = memoRegExp(lex, 'venue.cityBefore', () => new RegExp(`(?:${townWordFirst([...lex.words.city, ...lex.words.cityShort])})${TOWN_GAP}${cityName}`, 'u'));
  // (One lower-case word may stand between: "Cholpon-Ata resort town"; or a hyphen may join them, as a translation
  // types it: "Osh-city".)
  const cityAfter = memoRegExp(lex, 'venue.cityAfter', () => new RegExp(`${cityName}(?:\\s+(?:[${LOWER}]+\\s+)?|-)(?:${city()})${WORD_END}`, 'u'));
  // "in the conference room", "at the hotel": the preposition and article are not the place's.
  const article = memoRegExp(lex, 'venue.article', () => ignoreCase(`^(?:(?:${alternation(lex.words.venuePrefix)})\\s+)?(?:(?:${alternation(lex.words.articles)})\\s+)?`));
  // A room named first, maybe after a word or two in lower case ("small conference hall", "big meeting room"; not
  // "Ala-Too conference hall"). (The case is checked here: a pattern of all lower-case letters is slow to compile.)
  const roomPattern = memoRegExp(lex, 'venue.roomFirst', () => ignoreCase(`^((?:\\S+\\s+){0,2}?)(?:${alternation(lex.words.room)})${WORD_END}`));
  const roomFirst = (text: string) => {
    const m = roomPattern.exec(text);
    return m && m[1] === m[1]!.toLowerCase() ? m : null;
  };
  const roomWord = memoRegExp(lex, 'venue.roomWord', () => ignoreCase(`${WORD_START}(?:${alternation(lex.words.room)})${WORD_END}`));
  const of = memoRegExp(lex, 'venue.of', () => ignoreCase(`^\\s*(?:(?:${alternation(lex.words.labelOf)})\\s+)?`));
  // "of the" after a room ("hall of the …"), not optional. (A language with no "of" words joins them by case, "зал
  // мэрии": left whole, as the building's name would be declined, no name as a reader would write it.)
  const ofPlace = memoRegExp(lex, 'venue.ofPlace', () => ignoreCase(`^\\s+(?:${alternation(lex.words.labelOf)})\\s+(?:(?:${alternation(lex.words.articles)})\\s+)?`));
  // A building's word right after a city's ("Osh city library").
  const cityBuilding = memoRegExp(lex, 'venue.cityBuilding', () => ignoreCase(`^[ \\t]+(?:[${LETTER}-]+[ \\t]+){0,2}(?:${alternation(lex.words.place)})${WORD_END}`));
  const hotel = memoRegExp(lex, 'venue.hotel', () => ignoreCase(`${WORD_START}(?:${alternation(lex.words.hotel)})${WORD_END}`, 'g'));
  const venue: Venue = { text, city: null, name: null, room: null };
  let quotedName = false;
  let hallAsRoom = false; // the room was taken from a word that names a building too ("hall")
  const rest: string[] = [];
  const glosses: string[] = []; // bare names in brackets after a capitalised word: the city only where nothing else is
  for (const piece of splitTopLevel(text).flatMap((p) => splitAtPrefix(p.text, lex)).flatMap((p) => splitBracket(p, lex, glosses))) {
    const part = cleanValue(piece);
    if (part === '') continue;
    const bare = part.replace(article, '');
    // (Before the period is cleaned off a city word that keeps one: "Batken c.".)
    // The first of the two: "Kant town of Ysyk-Ata district" names Kant, not "town of Ysyk-Ata".
    // Not a building named for its town ("Tokmok, City Hall, small meeting room": "Hall" is no city).
    const before = notBuilding(cityBefore.exec(part), lex);
    const after = notBuilding(cityAfter.exec(part) ?? cityAfter.exec(piece.trim()), lex);
    // (But where the two share a city's word cut short, the name after it: "библиотека им. Токтогула г. Талас" is in Талас;
    // "Kant town of Ysyk-Ata district" stays in Kant.)
    const shared = before && after && after.index + after[0].length > before.index && after[0].trimEnd().endsWith('.');
    const c = before && (!after || before.index <= after.index || shared) ? before : after;
    // (Not an empty pair: text exported through a spreadsheet doubles its quotes, 'hotel ""Orto-Asia""'.)
    const quote = quotedSpans(part).find((q) => cleanValue(q.inner) !== '');
    // A city outside the quotes ("Talas city at the “Talas” hotel"), never one inside a name («Osh City» hotel).
    if (c && !venue.city && (!quote || c.index + c[0].length <= quote.start || c.index >= quote.end)) {
      venue.city = cityOnly(c[1]!, lex);
      // "Osh city library", "Karakol town hall": a building named after its city is the place too (and a room after
      // it the room, "the Karakol city hall conference room").
      if (c === after && !quote && !venue.name && !roomFirst(bare) && cityBuilding.test(part.slice(c.index + c[0].length))) {
        const last = roomLast(bare, lex);
        venue.name = bare.slice(0, last).replace(/\s+/g, ' ').trim();
        if (last !== undefined) venue.room ??= bare.slice(last).trim();
        continue;
      }
      // "the conference room of the Karakol city hall": a room named first is still the room; a quote is read below.
      if (!quote && !roomFirst(bare)) {
        // "здание айыл окмоту с. Исфана", "the building of the ayil okmotu of Isfana village": a building named before its town is the place.
        // (Its words looked up first: the pattern of the words that join a building to the town after it, "… of ",
        // "… in the ", is compiled only where one stands.)
        const head = part.slice(0, c.index);
        if (!venue.name && hasWord(head, lex.words.place)) {
          const beforeTown = memoRegExp(lex, 'venue.beforeTown', () => ignoreCase(`(?:[\\s,]+(?:${alternation([...lex.words.labelOf, ...lex.words.venuePrefix])})(?:\\s+(?:${alternation(lex.words.articles)}))?)?[\\s,]*$`));
          venue.name = head.replace(beforeTown, '').replace(article, '').replace(/\s+/g, ' ').trim() || null;
        }
        continue;
      }
    }
    // A part that is all one quotation, which cleanValue took off, is a named place too ("Jalal-Abad city, “Ak-Bulak”").
    if (!quote && !venue.name && !c && isOneQuote(stripMarkup(piece).trim().replace(/[.,;:]+$/, ''))) {
      venue.name = part;
      quotedName = true;
      continue;
    }
    // A quoted hotel's name wins over an unquoted place before it ("Karakol, the regional center, hotel “Amir”").
    if (quote && (!venue.name || (!quotedName && hasWord(part, lex.words.hotel)))) {
      venue.name = cleanValue(quote.inner);
      quotedName = true;
      // "конференц-зал гостиницы «Манас»", "the small hall of the “Dostuk” hotel": the room comes before
      // the name, leading the part or after the city ("г. Нарын, в конференц-зале гостиницы «Ала-Тоо»").
      const room = roomFirst(bare) ?? roomWord.exec(part.slice(0, quote.start));
      // Or after it, ending the part: "“Sunrise” restaurant banquet hall", "the “Dostuk” hotel conference hall".
      const last = room ? undefined : roomLast(part, lex);
      if (room && !venue.room) venue.room = room[0];
      else if (last !== undefined && last >= quote.end && !venue.room) venue.room = part.slice(last).trim();
      continue;
    }
    // A room word that names a building too, taken for the room ("town hall"), is the place when a room follows ("…, town
    // hall, 2nd floor meeting room").
    if (hallAsRoom && !venue.name && hasWord(part, roomOnly(lex)) && !hasWord(part, lex.words.hotel)) {
      venue.name = venue.room;
      venue.room = null;
      hallAsRoom = false;
    }
    if (!venue.room && hasWord(part, lex.words.room) && !hasWord(part, lex.words.hotel)) {
      // "the assembly hall of the regional administration": a room named first, then the building it is in, are the room and the place.
      const room = venue.name ? null : roomFirst(bare);
      // (With a bracket between that is the room's: "the Assembly Hall (2nd floor) of the Osh City Hall".)
      const roomEnd = room ? room[0].length + (ROOM_BRACKET.exec(bare.slice(room[0].length))?.[0].length ?? 0) : 0;
      const joined = room ? ofPlace.exec(bare.slice(roomEnd)) : null;
      const building = joined ? bare.slice(roomEnd + joined[0].length) : '';
      // (Or a public body by its name, whose premises they are: "conference hall of the Ministry of Health", namesBody.)
      if (room && joined && (hasWord(building, lex.words.place) || namesBody(building, lex)) && !hasWord(building, roomOnly(lex))) {
        venue.room = bare.slice(0, roomEnd);
        venue.name = building.replace(/\s+/g, ' ').trim();
        continue;
      }
      // "the Naryn State University assembly hall": a building, then its room, are the place and the room.
      const last = venue.name ? undefined : roomLast(bare, lex);
      if (last !== undefined && hasWord(bare.slice(0, last), lex.words.place) && !hasWord(bare.slice(0, last), roomOnly(lex))) {
        venue.name = bare.slice(0, last).replace(/\s+/g, ' ').trim();
        venue.room = bare.slice(last).trim();
        continue;
      }
      // (Up to a city named after it with its word first, and what follows that: "малый зал мэрии г. Балыкчы Иссык-Кульской
      // области" gives the room "малый зал мэрии".)
      const cityIn = c !== null && c === before ? c.index - (part.length - bare.length) : -1;
      venue.room = cityIn > 0 ? bare.slice(0, cityIn).trim() : bare;
      hallAsRoom = !hasWord(part, roomOnly(lex));
      continue;
    }
    // (A part named after someone is a place too, with no building's word: "ОшГУ им. К. Ш. Токтомаматова"; and so is a body
    // named after a part before it, the city, whose premises are the place: namesBody.)
    if (!venue.name && (hasWord(part, lex.words.place) || hasWord(part, lex.words.namedAfter) || ((venue.city !== null || rest.length > 0) && namesBody(bare, lex)))) {
      // "the conference hall of the Ala-Too hotel", "конференц-зал гостиницы Ала-Тоо": a room named first is the room, the rest the place.
      const room = venue.room ? null : roomFirst(bare);
      // (Or named last, after the building's word: "the Orto-Asia hotel conference hall".)
      const last = room || venue.room ? undefined : roomLast(bare, lex);
      const roomAfter = last !== undefined && hasWord(bare.slice(0, last), lex.words.place);
      const place = room ? bare.slice(room[0].length).replace(of, '') : roomAfter ? bare.slice(0, last) : bare;
      if (room) venue.room = room[0];
      else if (roomAfter) venue.room = bare.slice(last).trim();
      // (Less the quotes a spreadsheet doubled around it, which wrap no name of their own.)
      venue.name = place.replace(hotel, '').replace(/\s+/g, ' ').trim().replace(WRAPPING_QUOTES, '') || null;
      continue;
    }
    rest.push(bare);
  }
  // A bare capitalised word or two, with nothing else to be, is the city ("Bishkek"); not "Zoom".
  if (!venue.city) {
    const bare = rest.find((p) => PLACE_NAME.test(p) && !hasWord(p, lex.words.online));
    if (bare) venue.city = bare;
    // (A bracket taken for a gloss that is the city after all is no part of the place's name: "Hotel Dostuk (Osh)".)
    else if (glosses.length > 0) {
      venue.city = glosses[0]!;
      if (venue.name?.endsWith(`(${venue.city})`)) venue.name = venue.name.slice(0, venue.name.lastIndexOf('(')).trimEnd();
    }
  }
  // An abbreviation of its own beside the city is the place ("Osh city, OshSU, room 214", "г. Ош, ОшГУ, ауд. 214": a
  // university's, a body's); not the city itself, nor two letters ("KR").
  if (!venue.name) venue.name = rest.find((p) => p !== venue.city && PLACE_ABBREVIATION.test(p) && !hasWord(p, lex.words.online)) ?? null;
  return venue;
}

/**
 * Whether a venue's part names a public body by its name: capitalised, with a word of the lexicon's `organization` among
 * its first four ("Ministry of Finance", "State Tax Service", "Государственная налоговая служба"; not "Kyrgyz Republic").
 */
function namesBody(part: string, lex: Lexicon): boolean {
  return OPENS_CAPITAL.test(part) && hasWord(part.split(/\s+/, 4).join(' '), lex.words.organization);
}

// A bracket right after a room's words: "(2nd floor)".
const ROOM_BRACKET = /^[ \t]*\([^()\n]*\)/;

/** A city's match, unless the name it caught is a building's or a room's word ("City Hall", "Town Library"). */
function notBuilding(match: RegExpExecArray | null, lex: Lexicon): RegExpExecArray | null {
  if (!match) return null;
  const building = memoRegExp(lex, 'venue.buildingWord', () => ignoreCase(`^(?:${alternation([...lex.words.place, ...lex.words.room])})${WORD_END}`));
  return building.test(match[1]!) ? null : match;
}

const roomOnlyWords = new WeakMap<Lexicon, string[]>();

/** The lexicon's room words that name no building too ("conference hall", not "hall": "the Karakol city hall" is a building). */
function roomOnly(lex: Lexicon): string[] {
  let words = roomOnlyWords.get(lex);
  if (!words) roomOnlyWords.set(lex, (words = lex.words.room.filter((w) => !lex.words.place.includes(w))));
  return words;
}

/**
 * Where the room word that ends `text` starts, after a space ("… University assembly hall"), or undefined; a room word
 * that names a building too only after a building's word ("the district administration hall"; not "Karakol town hall",
 * one building's name).
 */
function roomLast(text: string, lex: Lexicon): number | undefined {
  const lower = text.toLowerCase();
  // (The longest first: "assembly hall" before "hall".)
  const word = [...lex.words.room].sort((a, b) => b.length - a.length).find((w) => lower.endsWith(w) && /\s/.test(lower[lower.length - w.length - 1] ?? ''));
  if (word === undefined) return undefined;
  const at = text.length - word.length;
  return !lex.words.place.includes(word) || hasWord(text.slice(0, at), lex.words.place) ? at : undefined;
}

// Runs of quote marks at either end of a value.
const WRAPPING_QUOTES = /^["“”«»„]+|["“”«»„]+$/g;

/** A city's name without a region's adjective after it ("г. Кызыл-Кия Баткенской области": "Кызыл-Кия"). */
function cityOnly(name: string, lex: Lexicon): string {
  return name.includes(' ') && regionAdjective(lex).test(name) ? name.slice(0, name.lastIndexOf(' ')) : name;
}

/** The ending of a region's name written as an adjective ("Ошской", "Баткенская"), at the end of a text; none in English. */
export function regionAdjective(lex: Lexicon): RegExp {
  // (In capitals too: "В ОШСКОЙ ОБЛАСТИ".)
  return memoRegExp(lex, 'regionAdjective', () => ignoreCase(`(?:${alternation(lex.words.regionAdjective)})$`));
}

/**
 * A part whose closing bracket holds the building or room, cut in two: "Osh (hotel “Orto-Asia”)" is a city and a
 * place; one that holds a street address, without it ("Osh city hall (Lenin str., 221)"), but for a town before the
 * address. A bracket with none
 * ("Kyzyl-Kiya city (Batken region)") stays; so does one that may gloss the name before it, which goes on `glosses`.
 */
function splitBracket(text: string, lex: Lexicon, glosses: string[]): string[] {
  const m = /^([^()]*\S)\s*\(([^()]+)\)[\s.,;]*$/.exec(text);
  if (!m) return [text];
  const inner = m[2]!;
  // A street address is no part of the place's name: "Osh city hall (Lenin str., 221)"; a town before it in the bracket
  // is a part of its own ("“Orto-Asia” hotel (Osh city, Lenin street 312)").
  if (/\d/.test(inner) && hasWord(inner, lex.words.street)) return [m[1]!, ...inner.split(/[,;]/).filter((part) => part.trim() !== '' && !/\d/.test(part) && !hasWord(part, lex.words.street))];
  // A bare name is the city's ("the Jalal-Abad regional library (Jalal-Abad)"), but not "(Zoom)"; after a capitalised word it
  // may gloss that word, "the office of the Akyikatchy (Ombudsman)", and is the city only where no other part names one
  // (a building's word is no such word: "Ala-Too Hotel (Naryn)").
  const bare = PLACE_NAME.test(inner.trim()) && !hasWord(inner, lex.words.online);
  const last = LAST_WORD.exec(m[1]!)![0];
  if (bare && OPENS_CAPITAL.test(last) && ![lex.words.hotel, lex.words.place, lex.words.room].some((words) => hasWord(last, words))) {
    glosses.push(inner.trim());
    return [text];
  }
  const city = bare;
  // (A region or district is a part of its own too: "the Kyzyl-Kiya city mayor's office (Batken region)".)
  const names = city || quotedSpans(inner).length > 0 || [lex.words.hotel, lex.words.place, lex.words.room, lex.words.city, lex.words.region, lex.words.district].some((words) => hasWord(inner, words));
  return names ? [m[1]!, inner] : [text];
}

/**
 * A part cut again before "in"/"at" and a capitalised word, a room or a building: "the Dostuk hotel in Osh"
 * is a place and a city, "г. Кызыл-Кия … в малом зале мэрии" a city and a room, "с. Покровка … в здании районной
 * администрации" a village and a building.
 */
function splitAtPrefix(text: string, lex: Lexicon): string[] {
  const at = memoRegExp(
    lex,
    'venue.innerPrefix',
    // Case-sensitive, so that the capital is one; the room words are lower case in the lexicon.
    // (An article may stand before either: "Osh at the Orto-Asia hotel"; and a city word: "… in the city of Osh".)
    // (A building's word with more after it: "в здании районной администрации"; not "the hall in the centre". Or a
    // quotation: "Cholpon-Ata at the “Karven” resort".)
    () =>
      new RegExp(
        `\\s(?:${alternation(lex.words.venuePrefix)})\\s+(?=(?:(?:${alternation(lex.words.articles)})\\s+)?(?:[${UPPER}«“"„]|(?:${alternation([...lex.words.room, ...lex.words.city])})${TOWN_WORD_END}|(?:${alternation(lex.words.place)})[ \\t]+\\S))`,
        'gu',
      ),
  );
  const out: string[] = [];
  const quotes = quotedSpans(text);
  let from = 0;
  for (const m of allMatches(at, text)) {
    if (quotes.some((q) => q.start < m.index && m.index < q.end)) continue;
    out.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out;
}

// A place opens with a capital or a quotation; a bare place name is one or two capitalised words.
const OPENS_UPPER = new RegExp(`^[${UPPER}«“"„]`, 'u');
// A capitalised word or a quotation somewhere in a text.
const NAMED = new RegExp(`[${UPPER}«“"„]`, 'u');
// The last word of a text, and the marks around it ("Akyikatchy", "“Ala-Too”").
const LAST_WORD = /\S+$/;
const PLACE_NAME = new RegExp(String.raw`^[${UPPER}][${LETTER}’'-]+(?:\s[${UPPER}][${LETTER}’'-]+)?$`, 'u');
// One word of three letters or more that opens with a capital and holds another ("OshSU", "AUCA", "КНУ").
const PLACE_ABBREVIATION = new RegExp(`^(?=[${UPPER}][${LETTER}]*[${UPPER}])[${UPPER}][${LETTER}]{2,}$`, 'u');
