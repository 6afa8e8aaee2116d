/**
 * title: the heading of the report. A markdown heading if the report opens
 * with one; otherwise the first paragraph, joined with the paragraphs after it
 * that continue it (they start in lower case: "Open dialogue platform" /
 * "in Osh region on the topic …"; but not "г. Ош, 18 марта", a place line, nor a line that is
 * only a date). A first line that only names the document ("MINUTES") goes on
 * to the next paragraph, whatever its case. A preamble over the heading (the organisation's
 * name, a place and date line) is no title. Minutes that open with prose have none.
 */
import type { Block } from '../document.js';
import { findLabel, goesOn, innerLabelStart, isLabelLine } from '../labels.js';
import { findDate, opensWithDate } from '../dates.js';
import { LOWER, UPPER } from '../letters.js';
import type { Lexicon } from '../lexicon/types.js';
import { OPENS_CAPITAL, OPENS_LOWER, WORD_END, alternation, hasWord, ignoreCase, memoRegExp, quotedSpans, sentenceEnd, stripMarkup, trimSpan, trimTrailing } from '../text.js';
import { preamblePattern } from './type.js';
import { isBareTown, isPlaceWordOnly, namesPlace, opensWithCity, shortParts } from './venue.js';
import type { Extracted, Extractor } from './types.js';

const MAX_TITLE = 400;
// A closing quote that ends a text, before any white space.
const QUOTE_END = /[”»"]\s*$/;
// A line wrapped in brackets, and what is inside them.
const BRACKETED_LINE = /^\s*\(([^()]*)\)[\s.]*$/;
/** The longest paragraph a first line that only names the document ("MINUTES") goes on to. */
const MAX_NAMED = 200;
// A paragraph that continues the title opens in lower case or with a bracket or quote.
const OPENS_LOWER_OR_MARK = new RegExp(`^[${LOWER}(«“"„]`, 'u');
const HAS_LOWER = new RegExp(`[${LOWER}]`, 'u');

// The marks of a markdown heading that open its line.
const ATX_MARKS = /^[ \t]{0,3}(#{1,6})(?=[ \t]|$)/;

/** A section's number that opens a heading: "1. General information", "II. Speakers", "3) Recommendations". */
const SECTION_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)]\s/;

/** Whether a text is written in capitals: no lower-case letter. */
function isCapitals(text: string): boolean {
  return !HAS_LOWER.test(text);
}

export const title: Extractor<string | null> = (doc) => {
  // A label of the event's name gives it ("Event: Open dialogue platform", a table's "| Event | … |" row).
  const label = findLabel(doc, doc.lexicon.labels.title);
  const labelLine = label?.content.split('\n')[0] ?? '';
  const labelled = cleanTitle(labelLine);
  // (Unless it names no kind of event under a heading that does: "# Report on the open dialogue platform" / "Activity:
  // presentations and group work". Asked only where a label stands.)
  const headed = () => doc.blocks[0]?.kind === 'heading' && namesEvent(doc.blocks[0].text);
  if (label && labelled !== '' && labelled.length <= MAX_TITLE && (namesEvent(labelled) || !headed())) return { value: labelled, spans: { '': trimSpan(doc.text, label.start, label.start + labelLine.length) } };
  const first = titleStart();
  if (!first || startsWithLabel(first)) return { value: null };
  // A report typed as one paragraph of prose opens with its title's sentence, a label right after it ("Open dialogue
  // platform in Osh region on the topic “…”. Moderator: Name, role. Date and venue: …").
  if (first.text.length > MAX_TITLE || isProse(first, doc.lexicon)) return (first.kind === 'paragraph' && titleSentence(first)) || { value: null };
  const parts: Block[] = [first];
  // A first line that only names the document ("MINUTES", "ПРОТОКОЛ") goes on to the title proper.
  const named = isDocumentWord(first.text);
  // (Read on from the title's own block: past a preamble, that is not the first.)
  for (let i = Math.max(0, doc.blocks.indexOf(first)) + 1; i < doc.blocks.length; i++) {
    const block = doc.blocks[i]!;
    const text = stripMarkup(block.text).trim();
    if (block.kind === 'listItem' || text.length > MAX_TITLE || startsWithLabel(block)) break;
    // Only to a paragraph that reads as a heading: short, not a sentence that ends ("С приветственным словом выступил …").
    // (A line that names the event is no place line for a place in it: "Open dialogue platform “Water” (Osh region, 12 May 2021)".)
    if (named && parts.length === 1 && text.length <= MAX_NAMED && !/[.!?:;]$/.test(text) && (!isPlaceLine(text) || opensWithEvent(text)) && !isDateLine(text)) {
      parts.push(block);
      continue;
    }
    // A line that opens with a city word ("г. Ош, 18 марта", "city of Osh, …") gives the place, not more title;
    // so does a heading under the title's that holds a place or a date and nothing else ("### Osh city, 25–26 February 2021").
    // And a place line between the title's words and its quoted topic is heading too
    // ("Open dialogue platform" / "Batken region, Kyzyl-Kiya city" / "“Water supply …”").
    const next = doc.blocks[i + 1];
    const continues =
      // (A date line may open with a quote too: "«25» ноября 2021 г.      г. Баткен".)
      // (Nor a paragraph that opens with a date: "«10» декабря 2021 г. в г. Каракол … состоялся …".)
      (OPENS_LOWER_OR_MARK.test(text) && (!opensWithCity(text, doc.lexicon) || isPlaceWordOnly(text, doc.lexicon)) && !isDateLine(text) && !opensWithDate(text, doc.lexicon)) ||
      isPlaceAndQuote(text) ||
      isPlaceOverQuote(block.text) ||
      // ("On the topic: “…”" as "on the topic “…”" in lower case.)
      (!text.includes('\n') && isWholeQuote(text)) ||
      (next?.kind === block.kind && next.line <= block.line + 2 && isWholeQuote(next.text) && isPlaceLine(text) && !isDateLine(text)) ||
      // (Not a numbered section's heading: "## 1. General information".)
      // (Nor a section's heading, one whose depth comes again after body text: "# Report …" / "## Background" / text / "## Participants".)
      // (Nor one of the lexicon's section headings alone: "## Background".)
      (block.kind === 'heading' &&
        parts.every((p) => p.kind === 'heading') &&
        !isPlaceLine(text) &&
        !isDateLine(text) &&
        !SECTION_NUMBER.test(text) &&
        !opensSection(i) &&
        !doc.lexicon.words.sectionHeadings.includes(trimTrailing(text, '.:').toLowerCase())) ||
      // In capitals, where case tells nothing, a word that goes on a title opens its next line ("OPEN DIALOGUE
      // PLATFORM" / "IN NARYN REGION ON THE TOPIC “…”", "ON THE TOPIC:").
      (isCapitals(text) && parts.every((p) => isCapitals(stripMarkup(p.text))) && opensWithStop(text) && !isDateLine(text) && !/[.!?]$/.test(text));
    if (!continues) break;
    parts.push(block);
  }
  const texts = withoutPlaceLine(parts);
  const value = cleanTitle(texts.join(' '));
  if (value === '') return { value: null };
  return { value, spans: { '': { start: first.start, end: parts[texts.length - 1]!.start + texts.at(-1)!.length } } };

  /**
   * The blocks' texts up to a line after the title's first that is labelled ("Topic: …") or gives a place: in minutes with no
   * blank lines, or a title and place written on consecutive lines, the place line ("с. Ноокат,
   * 14 апреля 2022 г.", "Karakol city, Issyk-Kul region") is in the title's paragraph.
   */
  function withoutPlaceLine(blocks: Block[]): string[] {
    const texts: string[] = [];
    for (const [b, block] of blocks.entries()) {
      const lines = block.text.split('\n');
      // (The quoted topic may stand in the next paragraph: "OPEN DIALOGUE PLATFORM" / "Issyk-Kul Region, Cholpon-Ata", blank, "“…”".)
      const below = (i: number) => lines[i + 1] ?? blocks[b + 1]?.text ?? '';
      const at = lines.findIndex((line, i) => {
        if (i === 0) return false;
        const plain = stripMarkup(line).trim();
        if (isLabelLine(doc, doc.lines[block.line - 1 + i]!)) return true;
        if (goesOn(lines[i - 1]!, doc.lexicon)) return false;
        // (A line that opens with a lower-case letter goes on the one before, as a wrap leaves it, but for a city's word:
        // "… Открытой диалоговой" / "площадки в Таласской области", "… of the open dialogue" / "platform in Talas region";
        // not "г. Ош, …", nor a place in brackets, "(Jalal-Abad region, Suzak district)".)
        const wrapped = OPENS_LOWER.test(plain) && !opensWithCity(plain, doc.lexicon);
        const place = !wrapped && isPlaceLine(plain) && !isPlaceAndQuote(plain) && !opensWithEvent(plain) && !isWholeQuote(below(i));
        // (Or a date line a wrap cut in two: "Balykchy, Issyk-Kul region “16”" / "December 2021".)
        const next = lines[i + 1];
        return place || isDateLine(plain) || (!wrapped && next !== undefined && isDateLine(`${plain} ${stripMarkup(next).trim()}`));
      });
      if (at === -1) {
        texts.push(block.text);
        continue;
      }
      texts.push(lines.slice(0, at).join('\n').trimEnd());
      break;
    }
    return texts;
  }

  /**
   * The first block, unless it is a preamble: a line that names no event nor the document
   * (the organisation's name in capitals, "Approved by …", a place and date line "Bishkek, 12
   * May 2021") over a heading that does, in the next block or the one after, before any label;
   * or, in the first block, a date line over the lines that do.
   */
  function titleStart(): Block | undefined {
    const [first, ...rest] = doc.blocks;
    if (first?.kind === 'paragraph') {
      // A date line over the heading in its paragraph ("18 March 2022" / "Open dialogue platform") is no title.
      const nl = first.text.indexOf('\n');
      const below = nl < 0 ? '' : first.text.slice(nl + 1);
      if (below.trim() !== '' && isDateLine(stripMarkup(first.text.slice(0, nl)).trim()) && namesEvent(below)) {
        const start = first.start + nl + 1;
        return { kind: 'paragraph', start, end: first.end, text: below, line: first.line + 1 };
      }
    }
    // (A paragraph that names the annex the document is names it only as the thing annexed to: "Annex 3" / "to the report
    // of the project" over "Open dialogue platform in Naryn region …".)
    if (!first || (namesEvent(first.text) && !namesAnnex(first.text)) || first.kind === 'listItem') return first;
    for (const block of rest.slice(0, 2)) {
      const text = stripMarkup(block.text).trim();
      if (block.kind === 'listItem' || startsWithLabel(block) || text.length > MAX_NAMED) return first;
      if (namesEvent(text) && !/[.!?;]$/.test(text)) return block;
    }
    return first;
  }

  /**
   * The first sentence of `block` when it names the event and a label follows it on its line ("Open dialogue platform …
   * “…”. Moderator: …"), or its words up to a label right after a closing quote (a report with no line breaks: "… on the
   * topic “…” Participants: …").
   */
  function titleSentence(block: Block): Extracted<string | null> | undefined {
    const label = innerLabelStart(doc, block.line);
    if (label === undefined) return undefined;
    const sentence = block.start + sentenceEnd(block.text, 0, doc.lexicon);
    const quoted = label < sentence && QUOTE_END.test(doc.text.slice(block.start, label));
    if (sentence !== label && !quoted) return undefined;
    const end = quoted ? label : sentence;
    const text = doc.text.slice(block.start, end);
    const value = cleanTitle(text);
    return value !== '' && value.length <= MAX_TITLE && namesEvent(text) ? { value, spans: { '': trimSpan(doc.text, block.start, end) } } : undefined;
  }

  /** Whether a line opens with a word that goes on a title ("IN NARYN REGION", "ON THE TOPIC"; the lexicon's `titleStops`). */
  function opensWithStop(line: string): boolean {
    const lex = doc.lexicon;
    return memoRegExp(lex, 'title.opensWithStop', () => ignoreCase(`^(?:${alternation(lex.words.titleStops)})[ \\t]`)).test(line);
  }

  /** Whether the first part of a line, up to a comma, names the event ("Open dialogue platform in Osh region, …"; not "Osh city, conference hall"). */
  function opensWithEvent(line: string): boolean {
    return hasWord(line.split(',')[0]!, doc.lexicon.words.eventTypes);
  }

  /** Whether `text` names a kind of event or the document ("Open Dialogue Platform", "MINUTES"). */
  function namesEvent(text: string): boolean {
    return hasWord(text, doc.lexicon.words.eventTypes) || hasWord(text, doc.lexicon.words.documentWords);
  }

  /** Whether `text` opens by naming an annex and its number, and names no kind of event ("Annex 3" / "to the report of …", "Приложение 2"). */
  function namesAnnex(text: string): boolean {
    const lex = doc.lexicon;
    return !hasWord(text, lex.words.eventTypes) && memoRegExp(lex, 'title.annex', () => ignoreCase(`^[\\s*_#]*(?:${alternation(lex.words.annexWords)})${WORD_END}[ \\t]*(?:№[ \\t]*)?[\\d${UPPER}]`)).test(text);
  }

  /**
   * A line that opens with a city word ("г. Ош, …"), or whose first part ends with one, a region or a district word
   * ("Karakol city, Issyk-Kul region"), or whose second does after a town's bare name ("Balykchy, Issyk-Kul region").
   */
  function isPlaceLine(line: string): boolean {
    const lex = doc.lexicon;
    // (Not a place's word alone, wrapped on from the place it names: "… meeting in Suusamyr" / "village".)
    if (isPlaceWordOnly(line, lex)) return false;
    // (Not one that opens with a word that goes on a title: "IN NARYN REGION".)
    const endsPart = memoRegExp(lex, 'title.placePart', () => ignoreCase(`^(?!(?:${alternation(lex.words.titleStops)})${WORD_END})[^,;:]{1,40}?[ \\t](?:${alternation([...lex.words.city, ...lex.words.region, ...lex.words.district])})${WORD_END}[ \\t]*(?:[,;]|$)`));
    if (opensWithCity(line, lex) || endsPart.test(line)) return true;
    const comma = line.indexOf(',');
    return comma > 0 && isBareTown(line.slice(0, comma).trim(), lex) && endsPart.test(line.slice(comma + 1).trimStart());
  }

  /**
   * A place and then a quotation, and nothing more: the title's topic ("Talas region, “Youth
   * and employment”" under "OPEN DIALOGUE PLATFORM"), not the place line that follows a title.
   * A venue names its building ("г. Нарын, гостиница «Ала-Тоо»"), so its quotation does not
   * follow the place's first part straight away.
   */
  function isPlaceAndQuote(line: string): boolean {
    const quote = quotedSpans(line)[0];
    if (!quote || trimTrailing(line.slice(quote.end), '.,;:').trim() !== '') return false;
    const place = line.slice(0, quote.start).replace(/[\s,;:–—-]+$/, '');
    return place !== '' && isPlaceLine(place) && !/[,;]/.test(place);
  }

  /** Whether the heading at block `i` is a section's: a heading of its depth ("## ") comes again after body text. */
  function opensSection(i: number): boolean {
    const depth = headingDepth(doc.blocks[i]!);
    if (depth === 0) return false;
    let body = false;
    for (let j = i + 1; j < doc.blocks.length; j++) {
      const b = doc.blocks[j]!;
      if (b.kind !== 'heading') body = true;
      else if (body && headingDepth(b) === depth) return true;
    }
    return false;
  }

  /** The number of "#" that open a heading's line (0 for an underlined one). */
  function headingDepth(block: Block): number {
    return ATX_MARKS.exec(doc.lines[block.line - 1]?.text ?? '')?.[1]!.length ?? 0;
  }

  /** A paragraph of a place line over a line that is only a quotation ("Batken region, Kyzyl-Kiya city" / "“Mining and the environment”"). */
  function isPlaceOverQuote(text: string): boolean {
    const lines = text.split('\n');
    if (lines.length !== 2) return false;
    const place = stripMarkup(lines[0]!).trim();
    return isWholeQuote(lines[1]!) && isPlaceLine(place) && !isDateLine(place);
  }

  /**
   * Whether `text` is one quotation and nothing more ("“Water supply and sanitation in small towns”"), maybe after a
   * topic cue that is no label ("On the topic: “…”"; not "Topic: “…”", a label's line that ends the title).
   */
  function isWholeQuote(text: string): boolean {
    const lex = doc.lexicon;
    const cue = memoRegExp(lex, 'title.topicCue', () => ignoreCase(`^(${alternation(lex.cues.topic)})${WORD_END}[ \t]*:?[ \t]*`));
    let plain = trimTrailing(stripMarkup(text).trim(), '.');
    const lead = cue.exec(plain);
    if (lead && !lex.labels.topic.includes(lead[1]!.toLowerCase())) plain = plain.slice(lead[0].length);
    const quote = quotedSpans(plain)[0];
    return quote !== undefined && quote.start === 0 && quote.end === plain.length;
  }

  /** A line that is a date, alone or with a place line beside it ("18 March 2021", "25 February 2021, Osh city", "Bishkek, 9 December 2021"), maybe in brackets. */
  function isDateLine(text: string): boolean {
    // (In brackets too: "(Osh, 27 October 2021)".)
    const line = BRACKETED_LINE.exec(text)?.[1] ?? text;
    const date = findDate(line, doc.lexicon);
    if (date === undefined) return false;
    const rest = `${line.slice(0, date.index)} ${line.slice(date.index + date.text.length)}`.replace(/^[\s.,;:–—-]+/, '');
    const place = trimTrailing(rest, '.,;:–—-').trim();
    // (A town's bare name on one side of the date and nothing on the other is a dateline too: "Bishkek, 9 December 2021".)
    const town = (/^[\s.]*$/.test(line.slice(date.index + date.text.length)) || /^\s*$/.test(line.slice(0, date.index))) && isBareTown(place, doc.lexicon) && !namesEvent(place);
    return place === '' || (isPlaceLine(rest) && !opensWithEvent(rest)) || isVenueLine(place) || town;
  }

  /**
   * A venue's line: short parts, a capital first, a building, room or district among them, and no
   * event ("Bishkek, Sverdlov district, school No. 61, assembly hall"; not "Open dialogue platform in Osh region").
   */
  function isVenueLine(text: string): boolean {
    const lex = doc.lexicon;
    return OPENS_CAPITAL.test(text) && text.includes(',') && shortParts(text) && namesPlace(text, lex) && !namesEvent(text) && quotedSpans(text).length === 0;
  }

  /** Whether `text` is only a word that names the document ("MINUTES", "Report."). */
  function isDocumentWord(text: string): boolean {
    const lex = doc.lexicon;
    return memoRegExp(lex, 'title.documentWord', () => ignoreCase(`^(?:${alternation(lex.words.documentWords)})[.:]?$`)).test(stripMarkup(text).trim());
  }

  function startsWithLabel(block: Block): boolean {
    const line = doc.lines[block.line - 1];
    return line !== undefined && isLabelLine(doc, line);
  }
};

/** The most characters of a title that holds a sentence end: past it, a paragraph that has one is prose. */
const MAX_SENTENCES = 150;

/**
 * Whether a first paragraph is prose, not a heading: minutes with no title open with what
 * happened ("On 3 March 2022, the Open Dialogue Platform … took place in …. The meeting was
 * facilitated by …"): a long paragraph that ends one sentence and goes on to another, or one
 * sentence that says the meeting took place ("… was held in Uzgen town, at the district library.").
 */
function isProse(block: Block, lex: Lexicon): boolean {
  if (block.kind !== 'paragraph') return false;
  const text = stripMarkup(block.text).trim();
  const end = sentenceEnd(text, 0, lex);
  // (A sentence that says the meeting took place is prose however short, "On 14 October 2021, an open dialogue platform
  // was held in Naryn city.", unless it opens as a heading does: "Minutes of the meeting that took place …".)
  return (text.length > MAX_SENTENCES && end < text.length - 1) || (text.endsWith('.') && hasWord(text, lex.cues.venue) && (text.length > MAX_SENTENCES || !preamblePattern(lex).test(text)));
}

/** A title keeps its quotes; only emphasis, white space and a trailing period go. */
function cleanTitle(text: string): string {
  return trimTrailing(stripMarkup(text).trim());
}

