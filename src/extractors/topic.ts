/**
 * topic: a "Topic:" label, else the quoted words after "on the topic" in the
 * title, else the title's only quotation, else the title's words after "on
 * the topic", else those after the kind of event and a dash or a joining word
 * ("Open dialogue platform — Access to justice"), else a quotation alone under the title
 * past a date or place line, else a quotation in running text after a topic cue, else an
 * agenda of one quotation.
 */
import { findLabel, findLabels, isLabelLine, isPlaceLine, orItemUnder, type LabelHit } from '../labels.js';
import { HAS_LETTER, WORD_END, WORD_START, alternation, bracketSpans, cleanValue, hasWord, ignoreCase, leavesQuoteOpen, memoRegExp, quotedSpans, sentenceEnd, sentenceStart, spanAround, splitTopLevel, stripMarkup, trimSpan, trimTrailing } from '../text.js';
import { findNames } from '../names.js';
import { isEntry, isPresenterLine, listItemsAfter, opensAsPresenter, type Block, type Doc } from '../document.js';
import { findDate } from '../dates.js';
import { isBareTown } from './venue.js';
import type { Lexicon } from '../lexicon/types.js';
import type { Extracted, Extractor, Found } from './types.js';

// The longest line of a date or a place between the title and its quotation ("Osh region, Kara-Kulja district, 9 September 2021").
const MAX_PLACE_LINE = 80;

export const topic: Extractor<string | null> = (doc, found) => {
  // A "Topic:" label in several list items gives each talk's topic ("1. Topic: “…”" / "Speaker: …"), not the
  // meeting's; one outside them still does. So does one in a speaker's entry, even the only one ("Speaker 1: Name" /
  // "Position: …" / "Topic: “…”").
  // Nor one inside a list item after its text, a talk's in a list of speakers ("1. Asanov B. – inspector, topic: “…”").
  const labels = findLabels(doc, doc.lexicon.labels.topic).filter((hit) => {
    const block = spanAround(doc.blocks, hit.start, hit.start);
    if (block?.kind === 'listItem' && !opensItem(doc, hit)) return false;
    return !(block && block.kind === 'paragraph' && isEntry(block, doc.lexicon));
  });
  const own = labels.filter((hit) => doc.blockOn(hit.line.number)?.kind !== 'listItem');
  const one = labels.length === 1 ? labels[0] : own.length === 1 ? own[0] : undefined;
  // An empty label over a list of several is the talks' ("Topic:" / "1. Pastures" / "2. Water"), as "Topics:" is: no one topic.
  const label = one && (cleanValue(one.content) !== '' || listItemsAfter(doc, one.line.number).length < 2) ? orItemUnder(doc, one) : undefined;
  if (label && cleanValue(label.content)) {
    return { value: cleanValue(label.content), spans: { '': { start: label.start, end: label.end } } };
  }
  const at = found.title?.value ? found.title.spans?.[''] : undefined;
  if (!at) return orAgenda(doc, inBody(doc));
  const title = doc.text.slice(at.start, at.end);
  // (A colon or a dash after the cue: "on the topic: Youth employment", "topic – Youth employment".)
  const cue = memoRegExp(doc.lexicon, 'topic.cue', () => ignoreCase(`${WORD_START}(?:${alternation(doc.lexicon.cues.topic)})${WORD_END}\\s*(?:[:–—]|-(?=\\s))?\\s*`)).exec(title);
  // (Of words: a day in quotes is none, "Balykchy, Issyk-Kul region “16” December 2021".)
  const quotes = quotedSpans(title).filter((q) => HAS_LETTER.test(q.inner));
  const after = cue ? quotes.find((q) => q.start >= cue.index) : undefined;
  const quote = after ?? (quotes.length === 1 ? quotes[0] : undefined);
  if (quote) {
    const value = cleanValue(quote.inner);
    if (value) return { value, spans: { '': { start: at.start + quote.start + 1, end: at.start + quote.end - 1 } } };
  }
  if (cue) {
    const from = cue.index + cue[0].length;
    // Inside brackets, the topic ends with them: "The 3rd Open Dialogue Platform (topic: Women in politics)";
    // and it ends with its sentence: "Open Dialogue Platform. Topic: Youth and migration. Batken region."
    let to = sentenceEnd(title, from, doc.lexicon);
    const close = title.indexOf(')', from);
    const open = title.lastIndexOf('(', cue.index);
    if (close >= 0 && open >= 0 && open > title.lastIndexOf(')', cue.index) && !title.slice(from, close).includes('(')) to = close;
    const value = cleanValue(title.slice(from, to));
    if (value) return { value, spans: { '': { start: at.start + from, end: at.start + to } } };
  }
  const rest = afterKind(found, title, at.start);
  return (rest && (afterType(doc, rest) ?? afterPlace(doc, rest))) ?? (quotes.length === 0 ? quoteUnderTitle(doc, at.end) : undefined) ?? orAgenda(doc, inBody(doc));
};

/**
 * A paragraph that is one quotation and nothing more, under the title with at most two short paragraphs of a date or
 * a place between ("Open dialogue platform" / "Osh region, Kara-Kulja district, 9 September 2021" / "“Irrigation water
 * distribution”"): the title ends before the date line, and the quotation is the meeting's topic.
 */
function quoteUnderTitle(doc: Doc, titleEnd: number): Extracted<string | null> | undefined {
  const lex = doc.lexicon;
  let i = doc.blocks.findIndex((block) => block.end >= titleEnd);
  if (i < 0) return undefined;
  for (let between = 0; between <= 2 && ++i < doc.blocks.length; between++) {
    const block = doc.blocks[i]!;
    if (block.kind !== 'paragraph' && block.kind !== 'heading') return undefined;
    const text = trimTrailing(stripMarkup(block.text).trim(), '.');
    const quote = quotedSpans(text)[0];
    if (quote && quote.start === 0 && quote.end === text.length) {
      // (The same quotation in the block as written, for its place.)
      const raw = quotedSpans(block.text)[0]!;
      const value = cleanValue(raw.inner);
      return value ? { value, spans: { '': { start: block.start + raw.start + 1, end: block.start + raw.end - 1 } } } : undefined;
    }
    const lines = doc.lines.slice(block.line - 1, block.line + 2).filter((line) => line.start < block.end);
    // (Lines of a date or a place, each or wrapped together: short, no label.)
    if (lines.length > 2 || lines.some((line) => line.text.length > MAX_PLACE_LINE || isLabelLine(doc, line))) return undefined;
    if (!lines.every((line) => isDateOrPlace(stripMarkup(line.text).trim(), lex)) && !isDateOrPlace(text, lex)) return undefined;
  }
  return undefined;
}

/** Whether `line` is a date, a place, or both and nothing more ("9 September 2021", "Osh region, Kara-Kulja district, 9 September 2021"; not "The meeting took place on 9 September 2021."). */
function isDateOrPlace(line: string, lex: Lexicon): boolean {
  const date = findDate(line, lex);
  const rest = (date ? `${line.slice(0, date.index)} ${line.slice(date.index + date.text.length)}` : line).replace(/^[\s.,;:–—-]+|[\s.,;:–—-]+$/g, '');
  return (date !== undefined && rest === '') || isPlaceLine(rest, lex) || (date !== undefined && isBareTown(rest, lex));
}

/**
 * Whether the label opens its line, past an item's marker, a table's pipe and emphasis ("1. **Topic:** …", "| Topic |
 * …"), not inside its text; a label not on its content's line (a table's column heading) opens none but is kept.
 */
function opensItem(doc: Doc, hit: LabelHit): boolean {
  const before = stripMarkup(doc.text.slice(hit.line.start, hit.start)).toLowerCase();
  const at = before.lastIndexOf(hit.label.toLowerCase());
  return at < 0 || /^[\s|]*(?:(?:[-*+•]|\d{1,3}[.)])[\s|]*)?$/.test(before.slice(0, at));
}

/** How many lines an agenda's quotation a wrap cut is read over. */
const MAX_QUOTE_LINES = 4;

/** The longest agenda of one unquoted point taken as the topic. */
const MAX_AGENDA_TOPIC = 150;

/**
 * `found` if it holds a topic, else the agenda's when it is one quotation and nothing more
 * ("Agenda: “Primary health care in remote villages”") or one point with no quotes ("Agenda: Safety
 * in public places"), on the label's line or as the one point of the list under it ("Agenda:" / "1. Safety in
 * public places.", less one that names no subject, "2. Miscellaneous."); an agenda of several points is the talks'.
 */
function orAgenda(doc: Doc, found: Extracted<string | null>): Extracted<string | null> {
  if (found.value !== null) return found;
  const label = onePointUnder(doc, findLabel(doc, doc.lexicon.labels.agenda));
  if (!label) return found;
  // (Its first line with words: a label alone on its line has its value on the next, "ПОВЕСТКА ДНЯ:" / "«О бюджете».")
  const text = doc.text.slice(label.start, label.end);
  const start = label.start + text.length - text.trimStart().length;
  const lines = doc.text.slice(start, label.end).split('\n', MAX_QUOTE_LINES);
  // (On to the line that closes a quotation a wrap cut: "«О прозрачности местных" / "бюджетов»."; a few lines at most.)
  let n = 1;
  while (n < lines.length && leavesQuoteOpen(lines.slice(0, n).join('\n'))) n++;
  const joined = lines.slice(0, n).join('\n');
  const content = leavesQuoteOpen(joined) ? lines[0]! : joined;
  const quotes = quotedSpans(content);
  // One point with no quotes ("Agenda: Safety in public places."): that point, if short and no list of several.
  if (quotes.length === 0) {
    const value = cleanValue(content);
    const one = value !== '' && value.length <= MAX_AGENDA_TOPIC && splitTopLevel(content, { dashes: false }).filter((p) => cleanValue(p.text) !== '').length === 1;
    return one && !/^\d/.test(value) ? { value, spans: { '': trimSpan(doc.text, start, start + content.length) } } : found;
  }
  if (quotes.length !== 1 || cleanValue(content.slice(0, quotes[0]!.start) + content.slice(quotes[0]!.end)) !== '') return found;
  const value = cleanValue(quotes[0]!.inner);
  return value ? { value, spans: { '': { start: start + quotes[0]!.start + 1, end: start + quotes[0]!.end - 1 } } } : found;
}

/** An agenda label with nothing on its line, as its list's one point (less points that name no subject); else as it is. */
function onePointUnder(doc: Doc, label: LabelHit | undefined): LabelHit | undefined {
  if (!label || cleanValue(label.content) !== '') return label;
  const other = doc.lexicon.words.otherBusiness;
  const points = listItemsAfter(doc, label.line.number).filter((item) => !other.includes(cleanValue(item.text).toLowerCase()));
  const point = points.length === 1 ? points[0]! : undefined;
  // (Nor one with its presenter on a line of their own: "1. On the budget." / "Speaker: Name" is a talk.)
  if (!point || hasPresenter(doc, point)) return undefined;
  return { ...label, start: point.start, end: point.end, content: point.text };
}

/** Whether an agenda point has its presenter on a line of their own, under it in its item or right after it. */
function hasPresenter(doc: Doc, point: Block): boolean {
  const lex = doc.lexicon;
  if (point.text.split('\n').slice(1).some((line) => opensAsPresenter(line, lex))) return true;
  const next = doc.blocks.find((b) => b.start >= point.end);
  return next !== undefined && isPresenterLine(next, lex);
}

/**
 * The words after the kind of event in the title, when a dash or colon or a word of the
 * lexicon's `topicLead` ("dedicated to", "посвящённая") leads them: "Open dialogue platform —
 * Access to justice", "Round table dedicated to access to justice". Not a date, and without a
 * place that ends the title ("… in Naryn region", "… in Kara-Suu district, Osh region"). Not after "on" or "about" ("Круглый стол
 * по вопросам питьевой воды в … районе" has no topic: the spec's topic is the quoted one, and
 * these words as often lead a place or a date).
 */
function afterType(doc: Doc, rest: Rest): Extracted<string | null> | undefined {
  const lex = doc.lexicon;
  const lead = memoRegExp(lex, 'topic.afterType', () => ignoreCase(`^\\s*(?:[–—:]|\\s-)\\s*|^,?\\s+(?:${alternation(lex.cues.topicLead)})\\s+`)).exec(rest.text);
  if (!lead) return undefined;
  // (A date ends it: "Open Dialogue Platform – Access to justice, 18 March 2021".)
  const after = rest.text.slice(lead[0].length);
  let text = upToDate(after, lex);
  // (A town's bare name alone before the date is the place of a place and date: "Open dialogue platform — Talas, 2021-11-26".)
  if (text !== after && isBareTown(cleanValue(text), lex)) return undefined;
  let skip = 0;
  // A place alone first, then another dash or a colon: "Open dialogue platform — Osh Region — Youth and Extremism".
  const first = PART_THEN_DASH.exec(text);
  if (first && placeAlone(first[1]!, lex)) {
    skip = first[0].length;
    text = text.slice(skip);
  }
  const place = memoRegExp(
    lex,
    'topic.trailingPlace',
    // One place or several between commas ("in Kara-Suu district, Osh region"); each part ends with its word.
    () => {
      const words = alternation([...lex.words.region, ...lex.words.district, ...lex.words.city]);
      return ignoreCase(`\\s+(?:${alternation(lex.words.venuePrefix)})\\s+(?:[^,;:]{1,40}?\\s(?:${words})(?:\\s*,\\s*|\\s*$))+$`);
    },
  ).exec(text);
  if (place) text = text.slice(0, place.index);
  // Or after a comma: "Open Dialogue Platform: Migration risks, Osh oblast". (Each comma read once, from the end.)
  let end = text.length;
  for (let comma = text.lastIndexOf(','); comma > 0 && placeAlone(text.slice(comma + 1, end), lex); comma = text.lastIndexOf(',', comma - 1)) end = comma;
  text = text.slice(0, end);
  // Or the place in a bracket at the end: "Open Dialogue Platform: Youth and Employment (Talas Region)".
  const trimmed = text.trimEnd();
  const bracket = bracketSpans(trimmed).at(-1);
  if (bracket && bracket.start > 0 && bracket.end === trimmed.length && placeAlone(trimmed.slice(bracket.start + 1, bracket.end - 1), lex)) text = trimmed.slice(0, bracket.start);
  // The words after the dash may be the place alone ("Open dialogue platform – Chui oblast", "– Tokmok city, 18 March 2021"): no topic.
  if (placeAlone(text, lex)) return undefined;
  const value = cleanValue(text);
  if (!value) return undefined;
  const from = rest.start + lead[0].length + skip;
  return { value, spans: { '': { start: from, end: from + text.length } } };
}

// The words up to the first spaced dash or colon, and it.
const PART_THEN_DASH = /^([^–—:]+?)(?:[ \t]*:|[ \t]+[–—-])[ \t]+/;

/**
 * The words after a colon or dash that follows the title's place, the kind of event before it: "Open Dialogue
 * Platform No. 5 in Talas region: Youth and sports", or after a word of the lexicon's `topicLead` there ("… in the
 * Osh region dedicated to youth"). Not a date or a place ("… in Chui region: Tokmok city").
 */
function afterPlace(doc: Doc, rest: Rest): Extracted<string | null> | undefined {
  const lex = doc.lexicon;
  const m = memoRegExp(lex, 'topic.afterPlace', () => {
    const words = alternation([...lex.words.region, ...lex.words.district, ...lex.words.city]);
    // (Or a word of the lexicon's topicLead: "… in the Osh region dedicated to youth and extremism".)
    return ignoreCase(`${WORD_START}(?:${words})(?:[ \t]*:|[ \t]+[–—-]|,?[ \t]+(?:${alternation(lex.cues.topicLead)}))[ \t]+`);
  }).exec(rest.text);
  if (!m) return undefined;
  const from = m.index + m[0].length;
  // (A date ends it: "… in Talas region: Youth and sports, 18 March 2021".)
  const text = upToDate(rest.text.slice(from), lex);
  const value = cleanValue(text);
  if (!value || placeAlone(text, lex)) return undefined;
  return { value, spans: { '': { start: rest.start + from, end: rest.start + from + text.length } } };
}

/** The title's words after its kind of event, with where they start in the document. */
interface Rest {
  text: string;
  start: number;
}

/** The title's words after its kind of event, when the kind is found in the title. */
function afterKind(found: Found, title: string, titleStart: number): Rest | undefined {
  const kind = found.type?.spans?.[''];
  if (!kind || kind.start < titleStart || kind.end > titleStart + title.length) return undefined;
  return { text: title.slice(kind.end - titleStart), start: kind.end };
}

/** `text` up to its first date, without the separators before it ("Youth and sports, 18 March 2021": "Youth and sports"). */
function upToDate(text: string, lex: Lexicon): string {
  const date = findDate(text, lex);
  return date ? text.slice(0, date.index).replace(/[\s,;–—-]+$/, '') : text;
}

/**
 * Whether `text` is a place alone, each part between commas a capitalised name of up to three words and its
 * word ("Chui oblast", "Batken region, Kyzyl-Kiya city", "city of Osh"; not "Youth of Osh city"). (The case is
 * checked in code: a pattern of capital-letter classes in unicode mode is slow to compile.)
 */
function placeAlone(text: string, lex: Lexicon): boolean {
  const part = memoRegExp(lex, 'topic.placePart', () => {
    const words = alternation([...lex.words.region, ...lex.words.district, ...lex.words.city]);
    return ignoreCase(`^(?:(\\S+(?:[\\s-]\\S+){0,2})\\s+(?:${words})|(?:${words})\\s+(\\S+(?:[\\s-]\\S+){0,2}))$`);
  });
  const parts = text.split(/[,;]/).map((p) => p.trim().replace(/\.$/, ''));
  return parts.every((p) => {
    const name = part.exec(p)?.slice(1).find((n) => n !== undefined);
    return name !== undefined && name.split(/[\s-]+/).every((w) => w !== '' && w[0] !== w[0]!.toLowerCase());
  });
}

/** A verb at most, then a joining word, between the kind of event and its topic: "was devoted to", "on". */
function topicJoin(lex: Lexicon): string {
  const verb = lex.cues.topicVerbs.length > 0 ? `(?:\\s+(?:${alternation(lex.cues.topicVerbs)}))?` : '';
  return `${verb}\\s+(?:${alternation(lex.cues.topicJoin)})`;
}

/** Whether the sentence of quotation `q` in `block` names no person outside it. */
function namesNoOne(doc: Doc, block: Block, q: { start: number; end: number }): boolean {
  const from = sentenceStart(block.text, q.start, doc.lexicon);
  const sentence = block.text.slice(from, sentenceEnd(block.text, q.end, doc.lexicon));
  return findNames(sentence, doc.lexicon, { exclude: [{ start: q.start - from, end: q.end - from }] }).length === 0;
}

/**
 * A quotation right after a topic cue or a kind of event in running text ("a round table “X” was
 * held", "a meeting on “X”"), not one of a person's talk.
 */
function inBody(doc: Doc): Extracted<string | null> {
  const lex = doc.lexicon;
  const lead = memoRegExp(
    lex,
    'topic.lead',
    // (A verb may come between the kind of event and its joining word: "The meeting was devoted to “X”".)
    () => ignoreCase(`${WORD_START}(?:${alternation([...lex.cues.topic, ...lex.words.eventTypes])})${WORD_END}(?:${topicJoin(lex)})?\\s*:?\\s*$`),
  );
  // Or a word for the event, with its joining word, in a sentence that names no one: "The platform on “Women's economic
  // empowerment” was held …" (not "The session on “Loans” was presented by Name": a talk).
  const eventLead = memoRegExp(lex, 'topic.eventLead', () => ignoreCase(`${WORD_START}(?:${alternation(lex.words.moderated)})${WORD_END}${topicJoin(lex)}\\s*:?\\s*$`));
  for (const block of doc.blocks) {
    // (A speaker's entry gives the topic of a talk.)
    if (block.kind === 'paragraph' && isEntry(block, lex)) continue;
    // Where the first person a list item names ends, found once per item (Infinity: none).
    let named: number | undefined;
    for (const q of quotedSpans(block.text)) {
      const near = block.text.slice(Math.max(0, q.start - 60), q.start);
      if (!lead.test(near) && !(eventLead.test(near) && namesNoOne(doc, block, q))) continue;
      // The topic of someone's talk is no topic of the meeting ("Asanov Bolot, head of …, made a
      // presentation on the topic “Migration in figures”", "A presentation on the topic “X” was given
      // by Name"): a speech cue before it in its sentence, and a person named there.
      // Nor in a list item that names a person before it ("1. Asanov B. – inspector, topic: “Role of family”").
      if (block.kind === 'listItem' && (named ??= findNames(block.text, lex)[0]?.end ?? Infinity) <= q.start) continue;
      const before = block.text.slice(sentenceStart(block.text, q.start, lex), q.start);
      if (hasWord(before, lex.cues.speech) && !namesNoOne(doc, block, q)) continue;
      const value = cleanValue(q.inner);
      if (value) return { value, spans: { '': { start: block.start + q.start + 1, end: block.start + q.end - 1 } } };
    }
  }
  return { value: null };
}
