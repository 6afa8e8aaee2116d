/**
 * Labelled lines: "Moderator: …", "**Date and venue:** …", "## Suggestions".
 * A label opens a line, may be bold or a heading, and ends with a colon or a
 * spaced dash; its content runs on over the following lines of its paragraph
 * until a blank line or the next label.
 *
 * Every line is matched once per document against one pattern of all the
 * lexicon's labels (longest first, so "Date and venue" wins over "Date");
 * each field then picks the lines whose label is one of its own.
 */
import type { Doc, Line, Span } from './document.js';
import type { Lexicon } from './lexicon/types.js';
import { LETTER, LOWER } from './letters.js';
import { allMatches, alternation, memoRegExp, stripMarkup, TABLE_DELIMITER as DELIMITER, TABLE_ROW as ROW, trimTrailing } from './text.js';

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
const DASH_END = /[ \t][-–—][ \t]*(?:\*\*|__)?$/;
const CAPITALISED = new RegExp(`^[^${LOWER}]`, 'u');

/** The label each line opens with, or null; computed once per document. */
function lineLabels(doc: Doc): (LineLabel | null)[] {
  let labels = perDoc.get(doc);
  if (labels) return labels;
  const lex = doc.lexicon;
  const re = memoRegExp(lex, 'labels.all', () => labelPattern(lex, false));
  // The event may also come first ("Meeting moderator:", "Forum participants:"), and two labels
  // may share a line's one value ("Moderator/facilitator:", "Date/place:"; the line is labelled
  // with both). That pattern is twice the size, and V8 takes ~10 ms to compile it: it is tried
  // only on a line the plain one fails on that opens with an event word or has a slash early,
  // before a colon.
  // (Those forms need a colon: a title that opens with an event word, "Open dialogue platform in …", has none.)
  const more = memoRegExp(lex, 'labels.more?', () => new RegExp(`^(?=[^:：\\n]{1,80}[:：])(?:${LEAD.slice(1)}(?:${alternation(lex.words.eventTypes)})[ \\t]|[^:/\\n]{1,60}/)`, 'iu'));
  labels = doc.lines.map((line) => {
    // A label opens its line: a long line need not be searched past its start.
    const text = line.text.length > 2000 ? line.text.slice(0, 400) : line.text;
    let m = re.exec(text);
    if (!m && more.test(text)) m = memoRegExp(lex, 'labels.more', () => labelPattern(lex, true)).exec(text);
    // A label set off by a dash is written as one, capitalised: "chairwoman – Name" opening a
    // line may be a sentence wrapped on to it ("… of the Ministry of Transport" / "chairwoman – …").
    if (!m || (DASH_END.test(m[0]) && !CAPITALISED.test(m[1]!))) return null;
    const keys = [m[1]!, m[2]].flatMap((l) => (l ? [labelKey(l)] : []));
    const found: LineLabel = { keys, label: m[1]!, start: line.start + m[0].length };
    // More labels on the line ("**Date:** 18.03.2021 | **Venue:** Osh city"): only with a colon, after a separator.
    const rest = text.slice(m[0].length);
    if (INLINE_HINT.test(rest)) {
      const inline = allMatches(memoRegExp(lex, 'labels.inline', () => inlinePattern(lex)), rest).map((i) => ({
        keys: [labelKey(i[1]!)],
        label: i[1]!,
        start: found.start + i.index + i[0].length,
        from: found.start + i.index,
      }));
      if (inline.length > 0) found.inline = inline;
    }
    return found;
  });
  perDoc.set(doc, labels);
  return labels;
}

/** The pattern of a labelled line: the label is group 1; with `more`, an event word may come first and a second label after a slash (group 2). */
function labelPattern(lex: Lexicon, more: boolean): RegExp {
  const all = alternation(Object.values(lex.labels).flat());
  // The event the label belongs to may follow it: "Chair of the hearing:" is a "chair" label.
  const of = lex.words.labelOf.length > 0 ? `(?:[ \\t]+(?:${alternation(lex.words.labelOf)})(?:[ \\t]+[${LETTER}’'-]+){1,3}(?=[ \\t]*(?::|：|[ \\t][-–—][ \\t])))?` : '';
  const event = more ? `(?:(?:${alternation(lex.words.eventTypes)})[ \\t]+)?` : '';
  const also = more ? `(?:[ \\t]*/[ \\t]*(${all}))?` : '';
  // An article may open it: "The purpose of the meeting:", "The aim of the platform:".
  const article = lex.words.articles.length > 0 ? `(?:(?:${alternation(lex.words.articles)})[ \\t]+)?` : '';
  // An aside in brackets may stand between the label and its colon: "Participants (35 people):".
  return new RegExp(`${LEAD}${article}${event}(${all})${also}${of}(?:[ \\t]*\\([^()\\n]{0,200}\\))?[ \\t]*(?:\\*\\*|__)?[ \\t]*(?::|：|[ \\t][-–—][ \\t]|$)[ \\t]*(?:\\*\\*|__)?`, 'iu');
}

// What a label inside a line needs: a separator, then a colon within a few words (cheap to test first).
const INLINE_HINT = /[|;.][ \t]*[^\s:|;.][^:|;.\n]{0,60}[:：]/;

/** A label inside a line, after "|", ";" or a sentence's end, with a colon: group 1. */
function inlinePattern(lex: Lexicon): RegExp {
  const all = alternation(Object.values(lex.labels).flat());
  // (The separator first, a literal character, then a look behind: see SEPARATOR in src/text.ts.)
  return new RegExp(`(?:[|;]|\\.(?<=[${LETTER}\\d)”»"]\\.)(?=[ \\t]))[ \\t]*(?:\\*\\*|__)?(${all})[ \\t]*(?:\\*\\*|__)?[ \\t]*[:：][ \\t]*(?:\\*\\*|__)?`, 'giu');
}

/** A label as a key into a field's label set: lower case, single spaces. */
function labelKey(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ');
}

/** Whether a line opens with any label of the lexicon (a new field starts there). */
export function isLabelLine(doc: Doc, line: Line): boolean {
  return lineLabels(doc)[line.number - 1] != null;
}

const keySets = new WeakMap<readonly string[], Set<string>>();

/** Every line labelled with one of `labels` (or table cell headed by one), in document order. */
export function findLabels(doc: Doc, labels: readonly string[]): LabelHit[] {
  let keys = keySets.get(labels);
  if (!keys) keySets.set(labels, (keys = new Set(labels.map(labelKey))));
  const found = lineLabels(doc);
  const hits: LabelHit[] = tableLabels(doc).flatMap(({ key, ...hit }) => (keys.has(key) ? [hit] : []));
  for (let i = 0; i < found.length; i++) {
    const label = found[i];
    if (!label) continue;
    const line = doc.lines[i]!;
    // Labels inside the line: each content runs up to the next label's separator.
    const inline = label.inline ?? [];
    inline.forEach((hit, k) => {
      if (!hit.keys.some((key) => keys.has(key))) return;
      const end = inline[k + 1]?.from ?? line.start + line.text.length;
      if (stripMarkup(doc.text.slice(hit.start, end)).trim() !== '') hits.push({ label: hit.label, line, start: hit.start, end, content: doc.text.slice(hit.start, end) });
    });
    if (!label.keys.some((key) => keys.has(key))) continue;
    if (inline.length > 0) {
      const end = inline[0]!.from;
      hits.push({ label: label.label, line, start: label.start, end, content: doc.text.slice(label.start, end) });
      continue;
    }
    let end = line.start + line.text.length;
    // Continuation lines of the same paragraph belong to the content.
    for (let j = i + 1; j < doc.lines.length; j++) {
      const next = doc.lines[j]!;
      if (next.text.trim() === '' || found[j] || /^\s*(?:[-*+]|\d{1,3}[.)]|#)\s/.test(next.text) || doc.blockOn(next.number)) break;
      end = next.start + next.text.length;
    }
    const content = label.start < end && stripMarkup(doc.text.slice(label.start, end)).trim() !== '' ? undefined : paragraphAfter(doc, i + 1, found);
    if (content) hits.push({ label: label.label, line, ...content, content: doc.text.slice(content.start, content.end) });
    else hits.push({ label: label.label, line, start: label.start, end, content: doc.text.slice(label.start, end) });
  }
  return hits.sort((a, b) => a.start - b.start);
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
  const known = allKeys(doc);
  // A heading cell as written, without emphasis or a colon ("**Date:**" → "Date"), and as a key.
  const labelOf = (cell: Span) => trimTrailing(doc.text.slice(cell.start, cell.end), '*_:').replace(/^[*_]+/, '');
  const keyOf = (cell: Span) => labelKey(labelOf(cell));
  const add = (name: Span, value: Span | undefined, line: Line) => {
    if (!value || value.end <= value.start) return;
    hits!.push({ key: keyOf(name), label: labelOf(name), line, start: value.start, end: value.end, content: doc.text.slice(value.start, value.end) });
  };
  for (const { head, rows } of findTables(doc)) {
    const names = cells(head);
    if (names.filter((c) => known.has(keyOf(c))).length >= 2) {
      // Labels across the top ("| Date | Venue |"): the first row holds their values.
      const values = rows[0] ? cells(rows[0]) : [];
      names.forEach((name, column) => add(name, values[column], rows[0]!));
    } else {
      // Labels down the first column ("| Date | 22.10.2021 |"), the header row included, unless it
      // heads a column of numbers ("| Participants | Number |" over "| Women | 24 |"): then it names the columns.
      const second = (line: Line) => {
        const cell = cells(line)[1];
        return cell ? doc.text.slice(cell.start, cell.end) : '';
      };
      const heading = rows.length > 0 && rows.every((row) => /^[*_]*\d/.test(second(row))) && !/\d/.test(second(head));
      for (const line of heading ? rows : [head, ...rows]) {
        const [name, value] = cells(line);
        if (name && known.has(keyOf(name))) add(name, value, line);
      }
    }
  }
  tablesPerDoc.set(doc, hits);
  return hits;
}

const allKeysPerLexicon = new WeakMap<object, Set<string>>();

/** Every label key of the document's lexicon. */
function allKeys(doc: Doc): Set<string> {
  let keys = allKeysPerLexicon.get(doc.lexicon);
  if (!keys) allKeysPerLexicon.set(doc.lexicon, (keys = new Set(Object.values(doc.lexicon.labels).flat().map(labelKey))));
  return keys;
}

/** A markdown table: its heading row and its body rows (the delimiter row between them left out). */
export interface Table {
  head: Line;
  rows: Line[];
}

/** Every markdown table of the document, by line ("| Date | Venue |", "|---|---|", rows). */
export function findTables(doc: Doc): Table[] {
  const tables: Table[] = [];
  for (let i = 0; i + 1 < doc.lines.length; i++) {
    const head = doc.lines[i]!;
    if (!ROW.test(head.text) || !DELIMITER.test(doc.lines[i + 1]!.text)) continue;
    const rows: Line[] = [];
    for (let j = i + 2; j < doc.lines.length && ROW.test(doc.lines[j]!.text); j++) rows.push(doc.lines[j]!);
    tables.push({ head, rows });
    i += 1 + rows.length;
  }
  return tables;
}

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

/** The first line labelled with one of `labels`, if any. */
export function findLabel(doc: Doc, labels: readonly string[]): LabelHit | undefined {
  return findLabels(doc, labels)[0];
}
