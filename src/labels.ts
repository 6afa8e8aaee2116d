/**
 * Labelled lines: "Moderator: …", "**Date and venue:** …", "## Suggestions".
 * A label opens a line, may be bold or a heading, and ends with a colon or a
 * spaced dash; its content runs on over the following lines of its paragraph
 * until a blank line or the next label.
 *
 * Every line is read once per document: the label that opens it is looked up
 * in a trie of all the lexicon's labels (longest first, so "Date and venue"
 * wins over "Date"); each field then picks the lines whose label is one of its
 * own. (One pattern of all ~150 labels did the same, but V8 took ~20 ms to
 * compile it, a tenth of a cold run's parse.)
 */
import type { Block, Doc, Line, Span } from './document.js';
import { opensWithDate } from './dates.js';
import type { Lexicon } from './lexicon/types.js';
import { LETTER, LOWER, UPPER } from './letters.js';
import { findNames } from './names.js';
import { BOLD_LINE, EMPTY_ROW, HAS_LETTER, NUMBER_SIGN, OPENS_CAPITAL, ROW_NUMBER, WORD_END, allMatches, alternation, caseVariants, hasLetterOrDigit, ignoreCase, isOneQuote, leavesBracketOpen, leavesQuoteOpen, memoRegExp, sentenceEnd, spanAround, stripMarkup, tableBody, TABLE_ROW as ROW, trimTrailing } from './text.js';

export interface LabelHit {
  /** The label as written. */
  label: string;
  /** The line the label is on. */
  line: Line;
  /** Offset of the content's first character (after the colon). */
  start: number;
  /** Offset just past the content. */
  end: number;
  /** The content: the text from `start` to `end`. */
  content: string;
}

interface LineLabel {
  /** The label, lower case with single spaces: the key into a field's label set; two for "Date/place". */
  keys: string[];
  label: string;
  /** Offset of the content. */
  start: number;
  /** More labels on the line, after a "|", ";" or a sentence's end ("Date: 18.03.2021; Venue: Osh city"). */
  inline?: InlineLabel[];
}

interface InlineLabel {
  keys: string[];
  label: string;
  start: number;
  /** Offset of the separator before it: the content before it ends there. */
  from: number;
}

// Leading markdown: heading marks, a quote mark, a bullet, emphasis.
const LEAD = String.raw`^[ \t]*(?:(?:#{1,6}|>|[-*+](?=[ \t])|\d{1,2}[.)](?=[ \t]))[ \t]*)*(?:\*\*|__)?[ \t]*`;

const perDoc = new WeakMap<Doc, (LineLabel | null)[]>();
// A line that opens as a label does, one to three words, the first capitalised, then a colon and a value: "Format: offline".
// Not a value that opens with a digit: a count under a count is the same value's ("Participants: 25" / "**Women:** 14").
const UNKNOWN_LABEL = new RegExp(`^[ \\t]*(?:\\*\\*|__)?[${UPPER}][${LETTER}]*(?:[ \\t]+[${LETTER}]+){0,2}[ \\t]*(?:\\*\\*|__)?[ \\t]*:(?:\\*\\*|__)?[ \\t]+[^\\s\\d]`, 'u');
// A line that ends unfinished, with a comma, semicolon, colon or dash: the next one carries it on whatever it opens with.
const OPEN_END = /[,;:–—-][ \t]*$/;
const DASH_END = /[ \t][-–—][ \t]*(?:\*\*|__)?$/;
const CAPITALISED = new RegExp(`^[^${LOWER}]`, 'u');

/** The label each line opens with, or null; computed once per document. */
function lineLabels(doc: Doc): (LineLabel | null)[] {
  let labels = perDoc.get(doc);
  if (labels) return labels;
  const lex = doc.lexicon;
  // The event may also come first ("Meeting moderator:", "Forum participants:"), and two labels
  // may share a line's one value ("Moderator/facilitator:", "Date/place:"; the line is labelled
  // with both). Those forms are tried only on a line the plain one fails on that opens with an
  // event word or has a slash early, before a colon.
  // (Those forms need a colon: a title that opens with an event word, "Open dialogue platform in …", has none.)
  const more = memoRegExp(lex, 'labels.more?', () => ignoreCase(`^(?=[^:：\\n]{1,80}[:：])(?:${LEAD.slice(1)}(?:${alternation(lex.words.eventTypes)})[ \\t]|[^:/\\n]{1,60}/)`));
  labels = doc.lines.map((line) => {
    // A label opens its line: a long line need not be searched past its start.
    const text = line.text.length > 2000 ? line.text.slice(0, 400) : line.text;
    let m = openingLabel(text, lex, false);
    if (!m && more.test(text)) m = openingLabel(text, lex, true);
    // A label set off by a dash is written as one, capitalised: "chairwoman – Name" opening a
    // line may be a sentence wrapped on to it ("… of the Ministry of Transport" / "chairwoman – …");
    // so is one set off by nothing ("… meeting in Suusamyr" / "village" wraps a title).
    // (Its article may carry the capital where a capital opens the value too: "The moderator of the event – Name"; not "The
    // region – one of the poorest …", a sentence.)
    const head = m ? text.slice(0, m.end) : '';
    const capitalised = (label: OpeningLabel) => CAPITALISED.test(label.label) || (CAPITALISED.test(head.slice(LEAD_PATTERN.exec(head)![0].length)) && CAPITALISED.test(text.slice(label.end)));
    if (!m || ((DASH_END.test(head) || !/[:：–—-]/.test(head)) && !capitalised(m) && !standsAlone(text))) return null;
    const keys = [m.label, m.second].flatMap((l) => (l ? [labelKey(l)] : []));
    const found: LineLabel = { keys, label: m.label, start: line.start + m.end };
    // More labels on the line ("**Date:** 18.03.2021 | **Venue:** Osh city"): only with a colon, after a separator.
    const rest = text.slice(m.end);
    if (INLINE_HINT.test(rest)) {
      const inline = inlineLabels(rest, lex).map((i) => ({ keys: [labelKey(i.label)], label: i.label, start: found.start + i.end, from: found.start + i.from }));
      if (inline.length > 0) found.inline = inline;
    }
    return found;
  });
  // A label in lower case that opens a line under a line of prose its paragraph runs on from, ending with no stop, is that
  // sentence wrapped on to it ("… 22 participants" / "attended: 8 women and 14 men"; not under a labelled line, "Date:
  // 18.03.2021" / "venue: Osh city", nor a list's item).
  for (let i = 1; i < labels.length; i++) {
    const label = labels[i];
    const before = doc.lines[i - 1]!.text;
    const text = doc.lines[i]!.text;
    const lead = LEAD_PATTERN.exec(text)![0];
    // (A line of prose: long, as a wrap leaves it, or ending with a word that leads on, "… Talas region on" / "the topic:
    // …"; "Chui region" / "subject: …" is a place line over a label.)
    // (Or one that leaves a quotation open: "… presented the report “Social benefits in Talas" / "region: what has changed”".)
    if (label && !labels[i - 1] && lead.trim() === '' && !CAPITALISED.test(text.slice(lead.length)) && RUNS_ON_END.test(before) && (before.trim().length >= PROSE_LINE || goesOn(before, lex) || leavesQuoteOpen(before))) labels[i] = null;
  }
  perDoc.set(doc, labels);
  return labels;
}

// A line that opens with a bracket or in lower case: what the line before did not end goes on.
const WRAPPED_ON = new RegExp(`^[ \\t]*[(${LOWER}]`, 'u');

/** The shortest line read as prose a wrap cut. */
const PROSE_LINE = 40;

// A line that ends with a letter or a digit, its sentence going on.
const RUNS_ON_END = new RegExp(`[${LETTER}\\d][ \\t]*$`, 'u');

/** Where the first label inside line `line` (1-based) starts, its separator included, for a line that opens with none; or undefined. */
export function innerLabelStart(doc: Doc, line: number): number | undefined {
  return lineLabels(doc)[line - 1] ? undefined : innerLabels(doc).get(line - 1)?.[0]?.from;
}

/** Where the sentence of a label's content that starts at `start` ends, before `end`: its first period after a letter. */
function contentSentenceEnd(doc: Doc, start: number, end: number): number {
  const text = doc.text.slice(start, end);
  // (A number's period before any letter is an item's: the sentence is looked for from the first letter.)
  const letter = text.search(HAS_LETTER);
  return letter < 0 ? end : start + sentenceEnd(text, letter, doc.lexicon);
}


const innerPerDoc = new WeakMap<Doc, Map<number, InlineLabel[]>>();

/**
 * The labels inside lines that open with none, by line index, after a sentence's end, a "|" or a ";" as on a
 * labelled line: a report typed as one paragraph ("Open dialogue platform on “…”. Moderator: Name, role. Date and
 * venue: …"). Computed once per document.
 */
function innerLabels(doc: Doc): Map<number, InlineLabel[]> {
  let inner = innerPerDoc.get(doc);
  if (inner) return inner;
  inner = new Map();
  const opening = lineLabels(doc);
  for (let i = 0; i < doc.lines.length; i++) {
    const line = doc.lines[i]!;
    // (The colon first, a quick look that most lines fail.)
    if (opening[i] || !(line.text.includes(':') || line.text.includes('：')) || !INLINE_HINT.test(line.text)) continue;
    const found = inlineLabels(line.text, doc.lexicon).map((hit) => ({ keys: [labelKey(hit.label)], label: hit.label, start: line.start + hit.end, from: line.start + hit.from }));
    if (found.length > 0) inner.set(i, found);
  }
  innerPerDoc.set(doc, inner);
  return inner;
}

/** A label that opens a line: as written, a second one after a slash, and where the content starts. */
interface OpeningLabel {
  label: string;
  second?: string;
  end: number;
}

/**
 * The label that opens `text` after its markdown (heading marks, a bullet, emphasis) and an
 * article ("The purpose of the meeting:"), followed by a colon, a spaced dash or the end of the
 * line; the longest label that fits. With `more`, an event word may come first ("Meeting
 * moderator:") and a second label after a slash ("Date/place:").
 */
function openingLabel(text: string, lex: Lexicon, more: boolean): OpeningLabel | undefined {
  const trie = labelTrie(lex);
  const lead = LEAD_PATTERN.exec(text)![0].length;
  // A heading's or a bold line's label may end the line after the event it belongs to ("## Moderator of the platform"):
  // asked only where no colon or dash ends it.
  let alone: boolean | undefined;
  const tail = (end: number) => {
    const content = labelTail(text, end, lex, false);
    return content >= 0 || !(alone ??= standsAlone(text)) ? content : labelTail(text, end, lex, true);
  };
  const article = memoRegExp(lex, 'labels.article', () => ignoreCase(`(?:${alternation(lex.words.articles)})[ \\t]+`, 'y'));
  const event = memoRegExp(lex, 'labels.event', () => ignoreCase(`(?:${alternation(lex.words.eventTypes)})[ \\t]+`, 'y'));
  for (const start of optionalWord(text, lead, article)) {
    for (const from of more ? optionalWord(text, start, event) : [start]) {
      for (const end of labelEnds(text, from, trie)) {
        if (more) {
          SLASH.lastIndex = end;
          const next = SLASH.exec(text) ? SLASH.lastIndex : -1;
          for (const second of next >= 0 ? labelEnds(text, next, trie) : []) {
            const content = tail(second);
            if (content >= 0) return { label: text.slice(from, end), second: text.slice(next, second), end: content };
          }
        }
        const content = tail(end);
        if (content >= 0) return { label: text.slice(from, end), end: content };
      }
    }
  }
  return undefined;
}

// Leading markdown, matched on its own: no label starts with a character it takes.
const LEAD_PATTERN = new RegExp(LEAD, 'u');
const SLASH = /[ \t]*\/[ \t]*/y;

/** Whether a line is a heading or all bold: a label there is one, whatever its case ("## The goal", "**Moderator of platform**"). */
function standsAlone(text: string): boolean {
  return LEAD_PATTERN.exec(text)![0].includes('#') || BOLD_LINE.test(text);
}

/** The offsets after `at` and after an optional word of the sticky `pattern` there, that one first (a pattern's order for an optional group). */
function optionalWord(text: string, at: number, pattern: RegExp): number[] {
  pattern.lastIndex = at;
  return pattern.exec(text) ? [pattern.lastIndex, at] : [at];
}

/**
 * Where the content starts after a label that ends at `end` (-1 if no label can end there):
 * past the event it belongs to ("Chair of the hearing:" is a "chair" label), an aside in
 * brackets ("Participants (35 people):"), and a colon, a spaced dash or the end of the line.
 * With `alone` (a heading's or a bold line's label), the event it belongs to may end the line too.
 */
function labelTail(text: string, end: number, lex: Lexicon, alone: boolean): number {
  const tail = memoRegExp(lex, alone ? 'labels.tailAlone' : 'labels.tail', () => {
    // (A dash may end the line, its value wrapped on to the next: "Модератор площадки –" / "Name, …".)
    // (Bold may close before the colon: "**Moderator of platform**:".)
    const ends = `(?=[ \\t]*(?:\\*\\*|__)?[ \\t]*(?::|：|[ \\t][-–—](?:[ \\t]|$)${alone ? '|$' : ''}))`;
    const of = lex.words.labelOf.length > 0 ? `[ \\t]+(?:${alternation(lex.words.labelOf)})(?:[ \\t]+[${LETTER}’'-]+){1,3}${ends}` : '';
    // The event named without a word before it, as Russian does ("Модератор круглого стола:").
    const event = `[ \\t]+(?:${alternation(lex.words.eventTypes)})${ends}`;
    // A label numbered as one of several, before a colon ("Presentation 1:", "Speaker No. 2:").
    const numbered = `(?:[ \\t]+(?:${NUMBER_SIGN}[ \\t]*)?\\d{1,2}(?=[ \\t]*(?:\\*\\*|__)?[ \\t]*[:：]))?`;
    return ignoreCase(`(?:${[of, event].filter(Boolean).join('|')})?${numbered}(?:[ \\t]*\\([^()\\n]{0,200}\\))?[ \\t]*(?:\\*\\*|__)?[ \\t]*(?::|：|[ \\t][-–—](?:[ \\t]|$)|$)[ \\t]*(?:\\*\\*|__)?`, 'y');
  });
  tail.lastIndex = end;
  return tail.exec(text) ? tail.lastIndex : -1;
}

/** A node of the label trie: the next characters, lower case, white space as one ' '; `label` where a label ends. */
interface TrieNode {
  next: Map<string, TrieNode>;
  label: boolean;
}

const tries = new WeakMap<Lexicon, TrieNode>();

/** Every label of the lexicon, in a trie. */
function labelTrie(lex: Lexicon): TrieNode {
  let root = tries.get(lex);
  if (root) return root;
  root = { next: new Map(), label: false };
  for (const label of Object.values(lex.labels).flat()) {
    let node = root;
    for (const ch of labelKey(label)) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), label: false }));
      node = child;
    }
    node.label = true;
  }
  tries.set(lex, root);
  return root;
}

/** Where the labels that `text` holds from `at` end, longest first; a run of white space in the text stands for one space in a label. */
function labelEnds(text: string, at: number, trie: TrieNode): number[] {
  const ends: number[] = [];
  let node: TrieNode | undefined = trie;
  let i = at;
  while (node) {
    if (node.label && i > at) ends.push(i);
    if (i >= text.length) break;
    if (isSpace(text.charCodeAt(i))) {
      node = node.next.get(' ');
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    } else {
      node = node.next.get(text[i]!.toLowerCase());
      i++;
    }
  }
  return ends.reverse();
}

/** Whether a UTF-16 code unit is white space as a pattern's `\\s` knows it. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

// What a label inside a line needs: a separator, then a colon within a few words (cheap to test first); or a
// label in bold after a space ("**Topic:** «…» **Date:** 12.10.2021").
const INLINE_HINT = /[|;.”»"][ \t]*[^\s:|;.][^:|;.\n]{0,60}[:：]|[ \t](?:\*\*|__)[^:\n]{1,60}[:：]/;

// The separator before a label inside a line: "|", ";" or a sentence's end, and emphasis; a closing quote and a space
// (a title's quoted topic, then "Participants:", in a report with no line breaks); or a space before a bold run.
// (The separator first, a literal character, then a look behind: see SEPARATOR in src/text.ts.)
const INLINE_SEPARATOR = new RegExp(`(?:[|;]|\\.(?<=[${LETTER}\\d)”»"]\\.)(?=[ \\t])|[”»"](?=[ \\t])|[ \\t](?=\\*\\*|__))[ \\t]*(?:\\*\\*|__)?`, 'gu');
const QUOTE_CLOSE = /^[”»"]/;
const INLINE_TAIL = /[ \t]*(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?/y;

/** The labels inside `text`, each after a separator and with a colon after it: the label, where its separator starts (`from`) and where its content starts (`end`). */
function inlineLabels(text: string, lex: Lexicon): { label: string; from: number; end: number }[] {
  const trie = labelTrie(lex);
  const out: { label: string; from: number; end: number }[] = [];
  let after = 0;
  for (const m of allMatches(INLINE_SEPARATOR, text)) {
    if (m.index < after) continue;
    const from = m.index + m[0].length;
    for (const end of labelEnds(text, from, trie)) {
      INLINE_TAIL.lastIndex = end;
      if (!INLINE_TAIL.exec(text)) continue;
      // (A closing quote is the content's before it, not the separator's: "… “X” Participants: …".)
      out.push({ label: text.slice(from, end), from: QUOTE_CLOSE.test(m[0]) ? m.index + 1 : m.index, end: INLINE_TAIL.lastIndex });
      after = INLINE_TAIL.lastIndex;
      break;
    }
  }
  return out;
}

/** A label as a key into a field's label set: lower case, single spaces. */
export function labelKey(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ');
}

/** Whether `text`, its colon and emphasis aside, is one of the lexicon's labels as a whole ("Recommendations", "Discussion"). */
export function isLabelText(text: string, lex: Lexicon): boolean {
  return allLabelKeys(lex).has(labelKey(text.replace(/[\s*_:]+$/, '').replace(/^[\s*_]+/, '')));
}

/** Whether a line opens with any label of the lexicon (a new field starts there). */
export function isLabelLine(doc: Doc, line: Line): boolean {
  return lineLabels(doc)[line.number - 1] != null;
}

/** The keys of the labels that open `line` ("Prepared by:" gives "prepared by"), none where no label does. */
export function lineLabelKeys(doc: Doc, line: Line): readonly string[] {
  return lineLabels(doc)[line.number - 1]?.keys ?? [];
}

/** Whether a label as written is one of the agenda's ("Agenda:" lists the meeting's points, not talks, though it is a presentations label too). */
export function isAgendaLabel(label: string, lex: Lexicon): boolean {
  return lex.labels.agenda.includes(labelKey(label));
}

/** Where the content of the label that opens `line` starts (after its colon), or undefined when no label opens it. */
function labelContentStart(doc: Doc, line: Line): number | undefined {
  return lineLabels(doc)[line.number - 1]?.start;
}

/** Whether `offset` falls inside the label that opens its line, before its content, and that label is none of `labels` ("Протокол вела:" is no moderator's). */
export function inOtherLabel(doc: Doc, offset: number, labels: readonly string[]): boolean {
  const found = lineLabels(doc)[doc.point(offset).line - 1];
  if (!found || offset >= found.start) return false;
  const keys = keysOf(labels);
  return !found.keys.some((key) => keys.has(key));
}

/** Whether `line` is a label and its colon alone, a section's head over what follows it ("2. HEARD:", "РЕШИЛИ:"). */
export function isBareLabelLine(doc: Doc, line: Line): boolean {
  const start = labelContentStart(doc, line);
  return start !== undefined && /:[ \t*_]*$/.test(line.text) && stripMarkup(doc.text.slice(start, line.start + line.text.length)).trim() === '';
}

/** Where `block`'s text starts past the label that opens its first line ("Invited: Name, …" gives where "Name" starts). */
export function pastLabel(doc: Doc, block: Block): number {
  const content = labelContentStart(doc, doc.lines[block.line - 1]!);
  return content === undefined ? block.start : Math.min(Math.max(block.start, content), block.end);
}

const keySets = new WeakMap<readonly string[], Set<string>>();

/** `labels` as keys, made once per list. */
export function keysOf(labels: readonly string[]): Set<string> {
  let keys = keySets.get(labels);
  if (!keys) keySets.set(labels, (keys = new Set(labels.map(labelKey))));
  return keys;
}

/** Every line labelled with one of `labels` (or table cell headed by one), in document order. */
export function findLabels(doc: Doc, labels: readonly string[]): LabelHit[] {
  const keys = keysOf(labels);
  const found = lineLabels(doc);
  // (A cell that is only a placeholder, "| Venue | — |", is as one left empty: no label.)
  const hits: LabelHit[] = tableLabels(doc).flatMap(({ key, ...hit }) => (keys.has(key) && hasLetterOrDigit(hit.content) && !isPlaceholder(hit.content, doc.lexicon) ? [hit] : []));
  const inner = innerLabels(doc);
  for (let i = 0; i < found.length; i++) {
    const label = found[i];
    const line = doc.lines[i]!;
    // Labels inside the line: each content runs up to the next label's separator.
    const inline = label?.inline ?? inner.get(i) ?? [];
    inline.forEach((hit, k) => {
      if (!hit.keys.some((key) => keys.has(key))) return;
      let end = inline[k + 1]?.from ?? line.start + line.text.length;
      // (The last runs on to the next line of its paragraph where it leaves a bracket open there, or ends with no stop
      // before a line that opens with a bracket or in lower case: "… Total: 35 (women" / "– 8, men – 27).", "… Total: 35" /
      // "(women – 8, men – 27).", as a hard wrap leaves it.)
      const next = doc.lines[i + 1];
      if (k === inline.length - 1 && next && next.text.trim() !== '' && !found[i + 1] && !doc.blockOn(next.number)) {
        const content = doc.text.slice(hit.start, end);
        if (leavesBracketOpen(content) || (!/[.;:!?][ \t]*$/.test(content) && WRAPPED_ON.test(next.text))) end = next.start + next.text.length;
      }
      // In a line of prose, the content ends with its sentence too ("… Topic: Youth and migration. Batken region.";
      // not at an item's number, "Suggestions made: 1. …").
      if (!label) end = Math.min(end, contentSentenceEnd(doc, hit.start, end));
      const content = doc.text.slice(hit.start, end);
      if (hasLetterOrDigit(content) && !isPlaceholder(content, doc.lexicon)) hits.push({ label: hit.label, line, start: hit.start, end, content });
    });
    if (!label || !label.keys.some((key) => keys.has(key))) continue;
    if (inline.length > 0) {
      const end = inline[0]!.from;
      if (!isPlaceholder(doc.text.slice(label.start, end), doc.lexicon)) hits.push({ label: label.label, line, start: label.start, end, content: doc.text.slice(label.start, end) });
      continue;
    }
    let end = line.start + line.text.length;
    // Continuation lines of the same paragraph belong to the content; not a line that opens with a date
    // after a label that has its own ("Topic: Road safety" / "18.11.2021, Osh" in minutes with no blank lines),
    // nor one that opens with a label the lexicon does not know ("Topic: “Trade”" / "Format: offline, …"), nor,
    // after a label of no place, a place line ("Topic: Youth employment" / "Talas region").
    const own = stripMarkup(doc.text.slice(label.start, end)).trim() !== '';
    const placeLabel = label.keys.some((key) => placeKeys(doc.lexicon).has(key));
    // A value that is one quotation on its line is whole ("Topic: “Youth employment”" / "Talas region"); read only
    // where a line follows in the paragraph.
    const lineEnd = end;
    // (Of words: a day in quotes, as Russian forms write it, goes on to its month, "Дата и место: «5»" / "ноября 2021 г., …".)
    const oneQuote = (from: number, to: number) => {
      const text = stripMarkup(doc.text.slice(from, to)).trim().replace(/[.;,]$/, '');
      return isOneQuote(text) && HAS_LETTER.test(text);
    };
    let quoted: boolean | undefined;
    const isQuoted = () => (quoted ??= oneQuote(label.start, lineEnd));
    // (`firstQuoted`: whether the value's first line is one quotation, asked only where a line follows it.)
    const endsValue = (text: string, firstQuoted: () => boolean) =>
      opensWithDate(text, doc.lexicon) || UNKNOWN_LABEL.test(text) || afterOpeningVerb(text, doc.lexicon) >= 0 || opensWithModeratorBy(text, doc.lexicon) || firstQuoted() || (!placeLabel && isPlaceLine(text, doc.lexicon));
    // (The label's paragraph, where a blank line broke it off mid-sentence and it goes on after it: joinBrokenParagraphs.)
    let paragraph: Block | null | undefined;
    for (let j = i + 1; j < doc.lines.length; j++) {
      let next = doc.lines[j]!;
      if (next.text.trim() === '') {
        paragraph ??= spanAround(doc.blocks, line.start + line.text.length, line.start + line.text.length) ?? null;
        // (Past the blank lines only inside that paragraph: a few at most, as joinBrokenParagraphs joins.)
        let k = j + 1;
        while (paragraph !== null && k < doc.lines.length && doc.lines[k]!.start < paragraph.end && doc.lines[k]!.text.trim() === '') k++;
        if (paragraph !== null && k < doc.lines.length && paragraph.end > doc.lines[k]!.start) {
          j = k;
          next = doc.lines[j]!;
        }
      }
      // (Nor a table's row, its header or delimiter row included: "Participants:" / "| Group | Women | Men |" / "|---|---|---|".)
      if (next.text.trim() === '' || found[j] || /^\s*(?:[-*+]|\d{1,3}[.)]|#)\s/.test(next.text) || TABLE_LINE.test(next.text) || doc.blockOn(next.number)) break;
      // (Past the value's first line where the label stands alone: "Theme:" / "Corruption risks …" / "Osh region, …".)
      if ((own || j > i + 1) && endsValue(next.text, isQuoted) && !goesOn(doc.lines[j - 1]!.text, doc.lexicon) && !OPEN_END.test(doc.lines[j - 1]!.text)) break;
      // (Up to a label inside it: "Moderator: Name," / "chairman of X. Date: 18.03.2021".)
      const within = inner.get(j)?.[0];
      if (within) {
        end = within.from;
        break;
      }
      end = next.start + next.text.length;
    }
    const value = label.start < end ? doc.text.slice(label.start, end) : '';
    if (isPlaceholder(value, doc.lexicon)) continue;
    // (Also after what is left of a separator, "**Participants:**:", the paragraph under it is the value.)
    const content = hasLetterOrDigit(value) ? undefined : paragraphAfter(doc, i + 1, found);
    if (content) {
      // (Its lines end as they would under the label: "Theme:" / "" / "Corruption risks …" / "Osh region, Uzgen district"
      // gives the topic alone; its first line one quotation, that line: "“Youth employment”" / "Talas region".)
      const first = doc.point(content.start).line;
      const firstEnd = doc.lines[first - 1]!.start + doc.lines[first - 1]!.text.length;
      const firstQuoted = () => oneQuote(content.start, firstEnd);
      for (let n = first; n <= doc.lines.length && doc.lines[n - 1]!.start < content.end; n++) {
        // (Up to a label inside it, as on the label's lines: "30 farmers, 5 veterinarians. Total: 35 (…)".)
        const within = inner.get(n - 1)?.[0];
        if (within) {
          content.end = Math.min(content.end, within.from);
          break;
        }
        const above = doc.lines[n - 1]!;
        const next = doc.lines[n];
        if (next && next.start < content.end && endsValue(next.text, firstQuoted) && !goesOn(above.text, doc.lexicon) && !OPEN_END.test(above.text)) {
          content.end = above.start + above.text.length;
          break;
        }
      }
      hits.push({ label: label.label, line, ...content, content: doc.text.slice(content.start, content.end) });
    } else hits.push({ label: label.label, line, start: label.start, end, content: doc.text.slice(label.start, end) });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * Whether a label's value is what a form left unfilled says, a dash ("Topic: —") or one of the lexicon's `placeholders`
 * ("Venue: N/A"): no value, and so no label, as a table's empty cell.
 */
function isPlaceholder(content: string, lex: Lexicon): boolean {
  // (Only a short value can be one: most are long, and are not lowered.)
  if (content.length > PLACEHOLDER_MAX) return false;
  const value = trimTrailing(stripMarkup(content).trim(), '.');
  return DASHES_ONLY.test(value) || lex.words.placeholders.includes(value.toLowerCase());
}

const PLACEHOLDER_MAX = 40;
const DASHES_ONLY = /^[-–—−‒]+$/;

// A line that is a table's row: it opens with a pipe.
const TABLE_LINE = /^[ \t]*\|/;

/** The keys of the labels whose value is a place (venue, date and venue, region): a place line may carry theirs on. */
function placeKeys(lex: Lexicon): Set<string> {
  let keys = placeKeysOf.get(lex);
  if (!keys) placeKeysOf.set(lex, (keys = new Set([...lex.labels.venue, ...lex.labels.dateVenue, ...lex.labels.region].map(labelKey))));
  return keys;
}
const placeKeysOf = new WeakMap<Lexicon, Set<string>>();

/**
 * Whether `line` is a place line of its own: it opens with a capitalised name of up to a few words and a word of a
 * region, district or city, before a comma or its end ("Talas region", "Kara-Balta town, Chui region", "Чуйская
 * область"; not "in Talas region", nor a sentence), or with a city's word before the name ("г. Ош, 24.11.2021 г.").
 */
export function isPlaceLine(line: string, lex: Lexicon): boolean {
  return memoRegExp(lex, 'labels.placeLine', () => {
    // (The names' capitals are checked as written, so the place's words are matched in their case variants.)
    const words = alternation(caseVariants([...lex.words.city, ...lex.words.region, ...lex.words.district]));
    // (Or a city's word before the name, "г. Ош, 24.11.2021 г.", "City of Osh".)
    const name = `[${UPPER}][${LETTER}’'-]*(?:[ \\t][${UPPER}][${LETTER}’'-]*){0,2}`;
    const city = alternation(caseVariants(lex.words.city));
    return new RegExp(`^[ \\t]*(?:${name}[ \\t]+(?:${words})${WORD_END}|(?:${city})(?:[ \\t]+|(?<=\\.))${name})[.]?[ \\t]*(?:[,;]|$)`, 'u');
  }).test(line);
}

/**
 * Where the name starts on a line that opens with one of the lexicon's `moderatorOpens`, capitalised, and a capitalised
 * word right after it ("Moderated Asanov Bolot, member of …", "- **Chaired** Ms. Name"): a field of its own; else -1.
 */
export function afterOpeningVerb(line: string, lex: Lexicon): number {
  return afterOpeningWords(line, lex, 'labels.openingVerb', lex.cues.moderatorOpens);
}

/**
 * Whether `line` opens, capitalised, with one of the lexicon's `moderatorBy` and a capitalised word after it, a field of
 * its own line ("Where: Talas, Hotel “Talas Plaza”" / "Moderated by Bolotbekov, Adilet (…)").
 */
function opensWithModeratorBy(line: string, lex: Lexicon): boolean {
  return afterOpeningWords(line, lex, 'labels.moderatorBy', lex.cues.moderatorBy) >= 0;
}

/** Where the words after one of `words` start, on a line that opens with it, capitalised, and a capitalised word after it; else -1. */
function afterOpeningWords(line: string, lex: Lexicon, key: string, words: readonly string[]): number {
  if (words.length === 0) return -1;
  const m = memoRegExp(lex, key, () =>
    ignoreCase(`^[ \\t]*(?:(?:[-*+]|\\d{1,3}[.)])[ \\t]+)?(?:(?:\\*\\*|__)[ \\t]*)?(${alternation(words)})${WORD_END}(?:[ \\t]*(?:\\*\\*|__))?[ \\t]+`),
  ).exec(line);
  // (Capitalised, as a line's first word is, not a sentence wrapped on to the line, "… was" / "moderated by …"; and so is
  // what follows, past emphasis marks.)
  return m && OPENS_CAPITAL.test(m[1]!) && OPENS_CAPITAL.test(line.slice(m[0].length).replace(/^(?:\*\*|__)/, '')) ? m[0].length : -1;
}

/** Whether a line ends with a word that needs the next line ("… meeting in" / "Jalal-Abad region", "… adopted on" / "18 March 2021", "… in the" / "Osh region"). */
export function goesOn(line: string, lex: Lexicon): boolean {
  // (An article or a joining word too: "Purpose: Improving access to justice in the" / "Jalal-Abad region.".)
  return memoRegExp(lex, 'labels.goesOn', () => ignoreCase(`(?:^|[ \\t])(?:${alternation([...lex.words.titleStops, ...lex.words.articles, ...lex.words.conjunctions])})[ \\t]*$`)).test(line);
}

/**
 * The content of a label alone on its line, when a blank line parts them ("**Moderator:**", blank,
 * "Mr. BEKOV Aibek, Public Council member"): the paragraph after it, if that is no list item and
 * has no label of its own.
 */
function paragraphAfter(doc: Doc, from: number, found: (LineLabel | null)[]): Span | undefined {
  let j = from;
  while (j < doc.lines.length && j <= from + 1 && doc.lines[j]!.text.trim() === '') j++;
  const block = doc.blockOn(j + 1);
  if (!block || block.kind !== 'paragraph' || found[j]) return undefined;
  return { start: block.start, end: block.end };
}

const tablesPerDoc = new WeakMap<Doc, (LabelHit & { key: string })[]>();

/**
 * Labels that head the columns of a table ("| Date | Venue |"), each with the cell under it in
 * the first row as content; computed once per document. (remark-parse reads no tables: the
 * whole table is one paragraph of text, so the cells are found here, by line.)
 */
function tableLabels(doc: Doc): (LabelHit & { key: string })[] {
  let hits = tablesPerDoc.get(doc);
  if (hits) return hits;
  hits = [];
  const known = allLabelKeys(doc.lexicon);
  // A heading cell as written, without emphasis or a colon ("**Date:**" → "Date"), and as a key.
  const labelOf = (cell: Span) => trimTrailing(doc.text.slice(cell.start, cell.end), '*_:').replace(/^[*_]+/, '');
  const keyOf = (cell: Span) => labelKey(labelOf(cell));
  const add = (name: Span, value: Span | undefined, line: Line) => {
    if (!value || value.end <= value.start) return;
    hits!.push({ key: keyOf(name), label: labelOf(name), line, start: value.start, end: value.end, content: doc.text.slice(value.start, value.end) });
  };
  for (const { head, rows } of findTables(doc)) {
    const names = cells(head);
    // (A row numbered under a column that is no label's is a list's first row: "| No. | Topic | Speaker |" over "| 1 | … |".)
    const first = rows.length === 1 ? cells(rows[0]!)[0] : undefined;
    const numbered = first !== undefined && names[0] !== undefined && !known.has(keyOf(names[0])) && ROW_NUMBER.test(doc.text.slice(first.start, first.end));
    // (Nor one that heads a column of speakers, "| Topic | Speaker |": a list of one talk.)
    const speakers = names.some((c) => doc.lexicon.words.speakerColumns.includes(keyOf(c)));
    if (rows.length === 1 && !numbered && !speakers && names.filter((c) => known.has(keyOf(c))).length >= 2) {
      // Labels across the top ("| Date | Venue |"): the one row holds their values. (A table of more
      // rows is a list: "| No. | Speaker | Topic |" over a row for each talk.)
      const values = rows[0] ? cells(rows[0]) : [];
      names.forEach((name, column) => add(name, values[column], rows[0]!));
    } else {
      // Labels down the first column ("| Date | 22.10.2021 |"), the header row included, unless it
      // heads a column of numbers ("| Participants | Number |" over "| Women | 24 |"): then it names the columns.
      const second = (line: Line) => {
        const cell = cells(line)[1];
        return cell ? doc.text.slice(cell.start, cell.end) : '';
      };
      // So does a header row of column names over rows that open with no label ("| Title | Presenter |" over "| Water
      // tariffs | Name |"): its first cell is no label. (Where its second cell is a value, "| Moderator | Name |" over
      // "| Organiser | UNDP |", it is a label's row.)
      const firstLabels = rows.map((row) => {
        const cell = cells(row)[0];
        return cell === undefined || cell.end === cell.start ? undefined : known.has(keyOf(cell));
      });
      const columns = firstLabels.includes(false) && !firstLabels.includes(true) && names[1] !== undefined && namesColumn(doc, keyOf(names[1]));
      // (Not where the header row's second cell is a value, as a column's name is not: a person, or more than a few
      // words, "| Moderator | Name, chairperson of … |" over "| Date | 18 March 2021 |".)
      const headValue = second(head);
      const valueInHead = headValue.includes(',') || headValue.trim().split(/\s+/).length > MAX_COLUMN_WORDS || findNames(headValue, doc.lexicon).length > 0;
      const heading = columns || (rows.length > 0 && rows.every((row) => /^[*_]*\d/.test(second(row))) && !/\d/.test(headValue) && !valueInHead);
      for (const line of heading ? rows : [head, ...rows]) {
        const [name, value] = cells(line);
        if (name && known.has(keyOf(name))) add(name, value, line);
      }
    }
  }
  tablesPerDoc.set(doc, hits);
  return hits;
}

/** The most words a column's name has ("Number of people"). */
const MAX_COLUMN_WORDS = 3;

/** Whether a table's heading cell, as a key, names a column: a label, or a column of talks, speakers or positions ("Presenter"). */
function namesColumn(doc: Doc, key: string): boolean {
  const { words } = doc.lexicon;
  return allLabelKeys(doc.lexicon).has(key) || words.talkColumns.includes(key) || words.speakerColumns.includes(key) || words.positionLabels.includes(key);
}

const allKeysPerLexicon = new WeakMap<object, Set<string>>();

/** Every label key of the lexicon (lower case, single spaces: labelKey). */
export function allLabelKeys(lex: Lexicon): Set<string> {
  let keys = allKeysPerLexicon.get(lex);
  if (!keys) allKeysPerLexicon.set(lex, (keys = new Set(Object.values(lex.labels).flat().map(labelKey))));
  return keys;
}

/** A markdown table: its heading row and its body rows (the delimiter row between them left out). */
export interface Table {
  head: Line;
  rows: Line[];
}

/** Every markdown table of the document, by line ("| Date | Venue |", "|---|---|", rows). */
export function findTables(doc: Doc): readonly Table[] {
  // (Found once per document: the suggestions look for a table after each line that announces them.)
  let tables = tablesOf.get(doc);
  if (tables) return tables;
  tables = [];
  tablesOf.set(doc, tables);
  for (let i = 0; i + 1 < doc.lines.length; i++) {
    const body = tableBody(doc.lines, i);
    if (body === -1) continue;
    const rows: Line[] = [];
    // (A table of label and value rows starts its body at its first row: that row is its head here, not one of `rows`.)
    const first = Math.max(body, i + 1);
    let j = first;
    // (A row of empty cells, a grid's border, is none of its rows.)
    for (; j < doc.lines.length && ROW.test(doc.lines[j]!.text); j++) if (!EMPTY_ROW.test(doc.lines[j]!.text)) rows.push(doc.lines[j]!);
    tables.push({ head: doc.lines[i]!, rows });
    i = j - 1;
  }
  return tables;
}

const tablesOf = new WeakMap<Doc, Table[]>();

/** The cells of a table row, as spans of their text without the surrounding spaces. */
export function cells(line: Line): Span[] {
  const out: Span[] = [];
  const text = line.text;
  let from = text.indexOf('|') + 1;
  for (let bar = text.indexOf('|', from); bar !== -1; bar = text.indexOf('|', from)) {
    let s = from;
    let e = bar;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    out.push({ start: line.start + s, end: line.start + e });
    from = bar + 1;
  }
  return out;
}

/**
 * `hit`, or, where its label is left empty over a list item, a blank line between them or none, that item as its
 * content: "Moderator:" / "- Sultanova Aizhan, member of …", "2. Venue:" / "   - Talas city, hotel “Talas”".
 */
export function orItemUnder(doc: Doc, hit: LabelHit): LabelHit {
  if (hit.content.trim() !== '') return hit;
  let next = hit.line.number + 1;
  if (doc.lines[next - 1]?.text.trim() === '') next++;
  const block = doc.blockOn(next);
  return block?.kind === 'listItem' ? { ...hit, start: block.start, end: block.end, content: block.text } : hit;
}

/** The first line labelled with one of `labels`, if any. */
export function findLabel(doc: Doc, labels: readonly string[]): LabelHit | undefined {
  return findLabels(doc, labels)[0];
}
