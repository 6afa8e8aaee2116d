/**
 * suggestions: the numbered list after a line that announces suggestions,
 * recommendations, proposals, decisions or resolutions ("Suggestions made:",
 * "## Recommendations", "**Decisions:**", "It was decided:"). Markers `1.`,
 * `1)`, `(1)`, `a)`, Roman `I.` and bullets; an item runs on over its continuation
 * lines. A running sentence with inline markers ("1) …; 2) …") works too, on the
 * announcing line or as the list's one line, and so does a table, a row per suggestion.
 */
import type { Block, Doc, Line, Span } from '../document.js';
import { cells, findLabels, findTables, isBareLabelLine, isLabelLine, keysOf, labelKey, lineLabelKeys, type Table } from '../labels.js';
import type { Suggestion } from '../schema.js';
import type { Lexicon } from '../lexicon/types.js';
import { romanValue } from '../pipeline/roman-items.js';
import { LETTER, UPPER } from '../letters.js';
import { ITEM_MARK, NUMBER_SIGN, ROW_NUMBER, allMatches, alternation, bisect, caseVariants, cleanValue, escapeRegExp, firstEndingAfter, hasLetterOrDigit, hasWord, hasWordIn, ignoreCase, indentOf, itemsAt, memoRegExp, sentenceEnd, sentenceStart, spanAround, splitTopLevel, trimSpan, trimTrailing } from '../text.js';
import type { Extracted, Extractor } from './types.js';

const markers = new WeakMap<Lexicon, RegExp>();
/**
 * A list marker at the start of a line: "1.", "1)", "1.)", "1:", "(1)", "[1]", "#1", "a)" or "A)" (the lexicon's
 * letters; not I, V or X, which are Roman), "IV.", "-", "*", or a number after an item noun or "No." ("Suggestion 1:",
 * "Proposal No. 2.", "№ 3."), optionally bold.
 */
function markerOf(lex: Lexicon): RegExp {
  let re = markers.get(lex);
  if (!re) {
    const letters = escapeRegExp(lex.listLetters + lex.listLetters.toUpperCase().replace(/[IVX]/g, ''));
    const number = String.raw`${NUMBER_SIGN}[ \t]*`;
    // After "No." or "№" the number needs no mark of its own ("No.1 The creation …"); after any of them a dash may set
    // the text off ("No. 1 – Open …", "Recommendation 2 – Train …").
    const dash = String.raw`[ \t]+[–—-]`;
    const noun = String.raw`(?:(?:${alternation(caseVariants(lex.itemNouns))})[ \t]+(?:(?:${number})(\d{1,3})(?:[.:)]|${dash})?|(\d{1,3})(?:[.:)]|${dash}))|${number}(\d{1,3})(?:[.:)]|${dash})?)(?=[ \t])`;
    re = new RegExp(String.raw`^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:(\d{1,3})(?:\.\)|[.)]|:(?=[ \t]))|\((\d{1,3})\)|([${letters}])\)|([-*+•])(?=[ \t])|([IVX]{1,5})[.)](?=[ \t])|${noun}|\[(\d{1,3})\]|#(\d{1,3})(?=[ \t]))(?:\*\*|__)?[ \t]*`, 'u');
    markers.set(lex, re);
  }
  return re;
}

interface Item {
  number: number;
  start: number;
  end: number;
  /** The width of the white space before its marker, where a list read line by line gives it. */
  indent?: number;
  /** Markers of a numbered sub-list inside the item, left out of its text. */
  cuts?: Span[];
  /** Where a section of its own opens the item's list, after the first (a protocol's later "DECIDED:"). */
  section?: boolean;
}

export const suggestions: Extractor<Suggestion[]> = (doc) => {
  const cues = doc.lexicon.cues.suggestion;
  const MARKER = markerOf(doc.lexicon);
  const inlineTries = new Map<number, number>(); // a paragraph's end → its announcements read inline
  for (let i = 0; i < doc.lines.length; i++) {
    const line = doc.lines[i]!;
    // A list's own item announces only a list of bullets right under it ("3. Proposals. The residents proposed:" / "- …").
    const item = MARKER.exec(line.text);
    if (line.text.length > LONG_LINE) {
      // A report typed as one line: its list is read inline after the colon of a sentence that announces it.
      const found = hasWordIn(doc, { start: line.start, end: line.start + line.text.length }, cues) ? inlineInLongLine(doc, line) : undefined;
      if (found) return found;
      continue;
    }
    // (Or an item that is a label alone over a list that starts again at 1: "4. Recommendations" / "1. Hold …".)
    const overList = item !== null && labelOverList(doc, i, item, MARKER);
    // (Or one that holds its own list after its colon, a form's numbered field: "7. Suggestions made: 1) …; 2) …".)
    const ownList = item !== null && INLINE_FROM_ONE.test(line.text.slice(item[0].length));
    if ((item && !bulletsUnder(doc, i, item, MARKER) && !overList && !ownList) || !hasWordIn(doc, { start: line.start, end: line.start + line.text.length }, cues)) continue;
    const last = wrappedAnnouncement(doc, i, MARKER);
    if (last === i && !announces(doc, line) && !overList) continue;
    // The announcing line may hold the list, running on over its paragraph: "Suggestions made: 1) …; 2) …".
    // When it holds no item number and a list follows line by line, that list is read as one ("No. 1. …"
    // would be cut at its "1.").
    const next = doc.lines[last + 1];
    const listFollows = next !== undefined && MARKER.test(next.text) && line.text.search(ITEM_MARK) === -1;
    // (A few announcements of a paragraph at most are read on to its end: a paragraph of many stays linear.)
    const end = paragraphEnd(doc, line);
    const tries = inlineTries.get(end) ?? 0;
    inlineTries.set(end, tries + 1);
    // (Past the field's own number, where the line is an item: "1. Suggestions made: 1) …".)
    let items = listFollows || tries >= MAX_INLINE_TRIES ? [] : inline(doc, { start: ownList ? line.start + item[0].length : line.start, end });
    // (Its list may go on under the paragraph, numbered on: "…: 1) …; 2) …;" / "3) to hold the next meeting …".)
    if (items.length > 0) items.push(...numberedOn(doc, end, items.at(-1)!.number));
    // (An announcement wrapped on to a group's heading, "Suggestions:" / "To state bodies:", opens the list under that group.)
    // (The field's own number, where the line is an item: the form's next field ends the list, below.)
    if (items.length === 0) items = listAfter(doc, last + 1, last === i ? undefined : groupWord(doc.lines[last]!), item ? writtenNumber(item) || undefined : undefined);
    if (items.length === 0) items = tableAfter(doc, last + 1);
    if (items.length === 0 && last === i) items = semicolonItems(doc, line);
    if (items.length === 0 && trimTrailing(doc.lines[last]!.text, '*_').endsWith(':')) items = lineItems(doc, last + 1);
    // Or a paragraph under it whose sentences open with ordinal words: "Suggestions made:" / "First, build …. Second, train …".
    if (items.length === 0) items = ordinalParagraph(doc, last + 1);
    // Or a sentence to a paragraph: "Suggestions made:" (or a bare label, "## Recommendations") / "To create …." / "To stop …".
    if (items.length === 0 && (trimTrailing(doc.lines[last]!.text, '*_').endsWith(':') || (last === i && LABEL_ALONE.test(line.text) && isLabelLine(doc, line)))) items = paragraphItems(doc, last + 1);
    // One item may hold the whole list, its own marker included: "1. Build a school; 2. Repair the road."
    const whole = items.length === 1 ? { start: doc.lines.findLast((l) => l.start <= items[0]!.start)!.start, end: items[0]!.end } : undefined;
    if (whole && inline(doc, whole).length > 0) items = inline(doc, whole);
    if (items.length > 0 && !whole) items.push(...nextGroups(doc, line, items, MARKER));
    if (items.length > 0 && !whole && last === i && isBareLabelLine(doc, line)) items.push(...laterSections(doc, line, items));
    const found = items.length > 0 ? recordOf(doc, items) : undefined;
    if (found) return found;
  }
  // With no announcing line, a table with a column headed as suggestions ("| No. | Recommendation | Responsible |"; not
  // "| Proposed by |", whose column names people).
  for (const table of doc.text.includes('|') ? findTables(doc) : []) {
    const column = cells(table.head).findIndex((c) => headsSuggestions(doc, c));
    const found = column >= 0 ? recordOf(doc, tableItems(doc, table, column)) : undefined;
    if (found) return found;
  }
  return nounItems(doc);
};

// A colon and an inline list's first number after it: ": 1) ", ": (1) ", ": 1. ".
const INLINE_FROM_ONE = /:[ \t]*\(?1[.)][ \t]/;

/** How many announcements of one paragraph are read for an inline list on to its end. */
const MAX_INLINE_TRIES = 8;

/** A line longer than this is read only for a list announced inside it (inlineInLongLine): one line of a whole report. */
const LONG_LINE = 1000;

/**
 * In a report typed as one line, the list that a sentence announces with a suggestion's cue and a colon, its first item
 * right after the colon ("… Suggestions made: 1. to create …; 2. …", "Suggestions … were included: 1. …"), read inline.
 * (The sentence is looked for in the characters before the colon only, and the rest of the line is read after a few
 * such sentences at most, so a line of many colons or announcements stays linear.)
 */
function inlineInLongLine(doc: Doc, line: Line): Extracted<Suggestion[]> | undefined {
  const lex = doc.lexicon;
  let tries = 0;
  for (const m of allMatches(COLON_FIRST_ITEM, line.text)) {
    const near = line.text.slice(Math.max(0, m.index - ANNOUNCE_REACH), m.index);
    if (!hasWord(near.slice(sentenceStart(near, near.length, lex)), lex.cues.suggestion)) continue;
    const items = inline(doc, { start: line.start + m.index + 1, end: line.start + line.text.length });
    const found = items.length > 0 ? recordOf(doc, items) : undefined;
    if (found || ++tries >= LONG_LINE_TRIES) return found;
  }
  return undefined;
}

/** How many announcing sentences of a long line are read for their list before giving up. */
const LONG_LINE_TRIES = 3;

// A colon and the first item's number right after it ("…: 1. ", "…: 1) ").
const COLON_FIRST_ITEM = /:[ \t]*\(?1[.)][ \t]/g;
/** How far before its colon the sentence that announces a list is looked for. */
const ANNOUNCE_REACH = 300;

/**
 * The items of the lists that follow `items` under announcing lines of the same shape as `announcing`, blank lines
 * between at most: "Recommendations to the Ministry:" / "1. …" / "Recommendations to parents:" / "1. …".
 */
function nextGroups(doc: Doc, announcing: Line, items: Item[], marker: RegExp): Item[] {
  const first = firstWord(announcing.text);
  const more: Item[] = [];
  let last = items.at(-1)!;
  for (;;) {
    let i = doc.point(last.end).line; // the index of the line after the last item's
    while (i < doc.lines.length && doc.lines[i]!.text.trim() === '') i++;
    const line = doc.lines[i];
    if (!line || line.text.length > MAX_GROUP_HEADING || firstWord(line.text) !== first || !trimTrailing(line.text, '*_').endsWith(':') || marker.test(line.text)) break;
    if (!hasWordIn(doc, { start: line.start, end: line.start + line.text.length }, doc.lexicon.cues.suggestion)) break;
    const group = listAfter(doc, i + 1);
    if (group.length === 0) break;
    more.push(...group);
    last = group.at(-1)!;
  }
  return more;
}

/**
 * Whether a table's heading cell is, as a whole, a suggestions label or cue word ("Recommendations", "Proposal",
 * "Рекомендация"; not "Proposed by", nor an item noun as general as "Item").
 */
function headsSuggestions(doc: Doc, cell: Span): boolean {
  const key = labelKey(trimTrailing(doc.text.slice(cell.start, cell.end), '*_:').replace(/^[*_]+/, ''));
  return doc.lexicon.labels.suggestions.includes(key) || doc.lexicon.cues.suggestion.includes(key);
}

/**
 * The items of the lists under each later line that is the same label as `announcing` and its colon alone: a protocol
 * decides under each point of its agenda ("1. HEARD: …" / "DECIDED:" / "1. …" / "2. HEARD: …" / "DECIDED:" / "1. …").
 */
function laterSections(doc: Doc, announcing: Line, items: Item[]): Item[] {
  const hits = findLabels(doc, doc.lexicon.labels.suggestions);
  const label = hits.find((hit) => hit.line === announcing)?.label;
  if (label === undefined) return [];
  const key = labelKey(label);
  const more: Item[] = [];
  let after = doc.point(items.at(-1)!.end).line;
  for (const hit of hits) {
    if (hit.line.number <= after || labelKey(hit.label) !== key || !isBareLabelLine(doc, hit.line)) continue;
    const group = listAfter(doc, hit.line.number);
    if (group.length === 0) continue;
    group[0]!.section = true;
    more.push(...group);
    after = doc.point(group.at(-1)!.end).line;
  }
  return more;
}

/** The suggestions of `items`, with their spans; undefined when no item holds text. */
function recordOf(doc: Doc, items: Item[]): Extracted<Suggestion[]> | undefined {
  const value: Suggestion[] = [];
  const spans: Record<string, Span> = {};
  for (const item of items) {
    const text = cleanItem(textWithout(doc.text, item), doc.lexicon);
    // (An item left as a dash, "2. —", suggests nothing.)
    if (!hasLetterOrDigit(text)) continue;
    spans[`/${value.length}`] = trimSpan(doc.text, item.start, item.end);
    value.push({ number: item.number, text });
  }
  if (value.length === 0) return undefined;
  spans[''] = { start: items[0]!.start, end: items.at(-1)!.end };
  if (!items.some((item) => item.section)) return { value, spans };
  // (Each section's list is claimed apart: what stands between them is other fields', "2. HEARD:" / "Information of Name".)
  const claims: Span[] = [];
  for (const item of items) {
    if (item.section || claims.length === 0) claims.push({ start: item.start, end: item.end });
    else claims.at(-1)!.end = item.end;
  }
  return { value, spans, claims };
}

/**
 * With no announcing line, a run of lines each opening with a suggestion's noun and its number
 * announces itself ("Proposal 1: Open …" / "Proposal 2: Train …"): two at least, numbered 1, 2, ….
 */
function nounItems(doc: Doc): Extracted<Suggestion[]> {
  const lex = doc.lexicon;
  const noun = memoRegExp(lex, 'suggestions.nounItem', () => {
    const nouns = alternation(caseVariants(lex.itemNouns.filter((n) => hasWord(n, lex.cues.suggestion))));
    return new RegExp(String.raw`^[ \t]*(?:\*\*|__)?(?:${nouns})[ \t]+${NUMBER_SIGN}?[ \t]*1[.:)]?(?=[ \t])`, 'u');
  });
  for (let i = 0; i < doc.lines.length; i++) {
    if (!noun.test(doc.lines[i]!.text)) continue;
    const items = listAfter(doc, i);
    const found = items.length >= 2 && items.every((item, n) => item.number === n + 1) ? recordOf(doc, items) : undefined;
    if (found) return found;
  }
  return { value: [] };
}

/**
 * Whether the item on line `at` ends with a colon and bullets follow on the next line
 * ("3. Proposals. The residents proposed:" / "- to repair the road;"), or a list numbered from 1 and indented deeper
 * ("7. Suggestions:" / "   1) to publish …", a form's numbered fields): the item announces them.
 */
function bulletsUnder(doc: Doc, at: number, item: RegExpExecArray, marker: RegExp): boolean {
  const line = doc.lines[at]!;
  const next = doc.lines[at + 1];
  const bullet = next && marker.exec(next.text);
  if (item[4] !== undefined || !bullet || !trimTrailing(line.text, '*_').endsWith(':')) return false;
  return bullet[4] !== undefined || ((bullet[1] ?? bullet[2]) === '1' && indentOf(next.text) > indentOf(line.text));
}

/**
 * Whether the list item on line index `at` is a few words alone, colon or not ("4. Recommendations", "IV. Decisions:",
 * "3. Recommendations of the participants": a section numbered as an item; the caller asks for a suggestion's word), with
 * a list right under it, a blank line between or not, that starts again at 1 or is of bullets: that list is the
 * suggestions ("4. Recommendations" / "1. Hold …" / "2. Create …").
 */
function labelOverList(doc: Doc, at: number, item: RegExpExecArray, marker: RegExp): boolean {
  const next = doc.lines[at + 1]?.text.trim() === '' ? doc.lines[at + 2] : doc.lines[at + 1];
  const sub = next && marker.exec(next.text);
  return sub != null && (sub[4] !== undefined || (sub[1] ?? sub[2]) === '1') && LABEL_ALONE.test(doc.lines[at]!.text.slice(item[0].length)) && !inAgenda(doc, at);
}

/**
 * Whether the item on line index `at` is a point of an agenda, in a run of items right under its label ("AGENDA" / "1.
 * Opening of the meeting." / … / "4. Adoption of recommendations."): it names what the meeting would do, no section.
 */
function inAgenda(doc: Doc, at: number): boolean {
  const agenda = keysOf(doc.lexicon.labels.agenda);
  const isAgenda = (line: Line | undefined) => line !== undefined && lineLabelKeys(doc, line).some((key) => agenda.has(key));
  // (Up its lines, wrapped points too, to a blank line and the one over it; a few lines at most: an agenda has a few
  // points, and a list of many such items stays linear.)
  for (let i = at - 1; i >= 0 && at - i <= MAX_AGENDA_LINES; i--) {
    const line = doc.lines[i]!;
    if (line.text.trim() === '') return isAgenda(doc.lines[i - 1]);
    if (isAgenda(line)) return true;
  }
  return false;
}

/** The most lines of an agenda inAgenda reads up. */
const MAX_AGENDA_LINES = 30;

/**
 * A line announces a list when it ends with a colon, is a heading or label, or is short; or
 * when a colon in it opens a numbered run ("… the participants proposed: 1) …; 2) …", "…: first, …; second, …"),
 * or ends a short sentence with a cue ("The participants proposed: to ban …; to build …").
 */
function announces(doc: Doc, line: Line): boolean {
  const t = trimTrailing(line.text, '*_');
  if (t.endsWith(':') || /^\s*#/.test(t) || isLabelLine(doc, line) || t.split(/\s+/).length <= 4 || /:\s*\(?1[.)]\s/.test(t) || firstAfterColon(doc.lexicon).test(t)) return true;
  // Or a short sentence with a cue before its colon: "The participants proposed: to ban …; to build …".
  const colon = t.indexOf(':');
  return colon > 0 && announcesBeforeColon(doc, t.slice(0, colon));
}

/** A colon, then the first ordinal word as an item opens with it: "The participants proposed: first, …". */
function firstAfterColon(lex: Lexicon): RegExp {
  return memoRegExp(lex, 'suggestions.firstAfterColon', () => ignoreCase(`:\\s*(?:${alternation(lex.ordinals[0] ?? [])})[ \\t]*[,:]`));
}

/**
 * The line that ends an announcement wrapped on to the next line or two of its paragraph
 * ("Suggestions concerning inclusion to the resolution were" / "included:"), or `at` itself.
 */
function wrappedAnnouncement(doc: Doc, at: number, marker: RegExp): number {
  for (let i = at + 1; i <= at + 2 && i < doc.lines.length; i++) {
    const line = doc.lines[i]!;
    if (line.text.trim() === '' || marker.test(line.text) || doc.blockOn(line.number)) break;
    if (trimTrailing(line.text, '*_').endsWith(':')) return i;
  }
  return at;
}

/**
 * A table right after the announcing line (a blank line between at most), one suggestion per row:
 * "| No | Suggestion | Responsible |" over "| 1 | Build a school | Mayor's office |". The number is
 * the first cell's where it is one (else the row's place); the text is the cell under a heading
 * with a suggestion word, else the first cell that is no number.
 */
function tableAfter(doc: Doc, from: number): Item[] {
  if (!doc.text.includes('|')) return [];
  // The first table whose head is at `from` or after (by halves: the tables are in document order), right there or a
  // blank line away.
  const tables = findTables(doc);
  const table = tables[bisect(tables.length, (i) => tables[i]!.head.number - 1 < from)];
  if (!table || table.head.number - 1 > from + 1 || !doc.lines.slice(from, table.head.number - 1).every((l) => l.text.trim() === '')) return [];
  const headings = cells(table.head).map((c) => doc.text.slice(c.start, c.end));
  return tableItems(doc, table, headings.findIndex((h) => hasWord(h, doc.lexicon.cues.suggestion)));
}

/** A table's rows as items: the number from the first cell, the text from `column`, else from the first cell that is no number. */
function tableItems(doc: Doc, table: Table, column: number): Item[] {
  const items: Item[] = [];
  for (const row of table.rows) {
    const spans = cells(row);
    const first = doc.text.slice(spans[0]?.start ?? 0, spans[0]?.end ?? 0);
    const numbered = ROW_NUMBER.test(first);
    const cell = column >= 0 ? spans[column] : spans.find((c, i) => !(i === 0 && numbered) && c.end > c.start);
    if (!cell || cell.end <= cell.start) continue;
    items.push({ number: numbered ? parseInt(first, 10) : items.length + 1, start: cell.start, end: cell.end });
  }
  return items;
}

/**
 * Items of the list that starts at line `from` (blank lines between items allowed); `grouped`, the first word of
 * the group heading right above it, if one is; `field`, the number of the form's field that announces it, if it is one.
 */
function listAfter(doc: Doc, from: number, grouped?: string, field?: number): Item[] {
  const MARKER = markerOf(doc.lexicon);
  const items: Item[] = [];
  let blank = false;
  let numberedAt: number | undefined; // the indentation of the last item's number, if it has one
  let sub = false; // inside a numbered sub-list of the last item
  let bulletsOnly = true; // every item so far a bullet
  let bareOnly = true; // every item so far numbered with no mark ("1 To …"): only such a list takes another
  let aside = false; // inside a paragraph between two items that is neither's
  let colonBullets = false; // inside bullets at the number's indent under a numbered item that ends with a colon
  let nestsBullets = false; // bullets under an item have been followed by the next number: bullets under items are theirs
  let bulletsRunTo = -1; // where the last look past a run of bullets for the next number stopped without finding it
  // (`grouped`: the first word of the group heading the list opened under, if it did.)
  for (let i = from; i < doc.lines.length; i++) {
    const line = doc.lines[i]!;
    if (line.text.trim() === '') {
      blank = true;
      aside = false;
      continue;
    }
    if (aside) continue;
    // A page's number at the margin, alone between blank lines, where a page break cut the list: no part of it.
    if (blank && items.length > 0 && PAGE_NUMBER.test(line.text) && (doc.lines[i + 1]?.text.trim() ?? '') === '') {
      (items.at(-1)!.cuts ??= []).push({ start: line.start, end: line.start + line.text.length });
      continue;
    }
    const m = MARKER.exec(line.text);
    // "1 To create …": a number with no mark after it opens an item only where it goes on the list ("2021 Results" does not).
    const bare = m || sub || !bareOnly ? null : BARE_ITEM.exec(line.text);
    if (bare && +bare[1]! === items.length + 1) {
      numberedAt = bare[0].length - bare[0].trimStart().length;
      items.push({ number: +bare[1]!, start: line.start + bare[0].length, end: line.start + line.text.length, indent: numberedAt });
      blank = false;
      continue;
    }
    // A Roman numeral counts only where it goes on from the one before ("V. Ivanov" is a name).
    const roman = m?.[5] ? romanValue(m[5]) : 0;
    const number = !m ? 0 : writtenNumber(m) || (m[3] ? doc.lexicon.listLetters.indexOf(m[3].toLowerCase()) + 1 : roman || items.length + 1);
    // A bullet indented under a numbered item is part of it ("1. Education:" / "   - build schools;"), and so
    // is a numbered sub-list there, which starts again ("1. To approve the plan:" / "   1.1. publish it;").
    const indent = indentOf(line.text);
    const deeper = numberedAt !== undefined && indent > numberedAt;
    // (So is a bullet right under a numbered item that ends with a colon, at the number's indent: "1. To the Ministry:" /
    // "- open courses;" / "2. …", as a text editor leaves it.)
    // (Or with no colon, where the numbers go on right after the bullets: "1. To create a concept" / "- for the region;" /
    // "- for the country." / "2. …"; and then under each item after it.)
    // (Blank lines may part them there.)
    if (m?.[4] !== undefined && numberedAt !== undefined && items.length > 0 && !colonBullets) {
      const ends = !blank && doc.text.slice(items.at(-1)!.start, items.at(-1)!.end).trimEnd().endsWith(':');
      if (!ends && !nestsBullets && i > bulletsRunTo) {
        const after = numberAfterBullets(doc, i, MARKER, items.length + 1);
        if (after === true) nestsBullets = true;
        else bulletsRunTo = after;
      }
      colonBullets = ends || nestsBullets;
    }
    // (And so, at any indent, is a number of two levels that goes on the item's own: "1. To approve the plan:" / "1.1. publish it;".)
    const twoLevels = m !== null && items.length > 0 ? TWO_LEVELS.exec(line.text) : null;
    const nested = twoLevels !== null && +twoLevels[1]! === items.at(-1)!.number;
    const under = m !== null && (nested || (deeper && (m[4] !== undefined || sub || number !== items.length + 1)) || (m[4] !== undefined && colonBullets));
    if (m && under && m[4] === undefined) {
      sub = true;
      const item = items.at(-1)!;
      (item.cuts ??= []).push({ start: line.start + indent, end: line.start + (nested ? twoLevels![0].length : m[0].length) });
    }
    // An item set out of the list's indent whose number does not go on it is the list's outer one's ("4. Suggestions:" /
    // "   1) …" / "   2) …" / "5. Next meeting: …").
    if (m && !under && items.length > 0 && indent < (items[0]!.indent ?? 0) && number !== items.length + 1) break;
    // And, under a form's numbered field, an item numbered as the field after it, where that does not go on the list
    // ("6. Suggestions made:" / "1) …" / "2) …" / "7. Prepared by: …").
    if (m && !under && field !== undefined && items.length > 0 && number === field + 1 && number !== items.length + 1) break;
    // And so is an item whose number does not go on the list and that one of the report's other labels opens, its
    // signature's or a note's ("1. …" / "2. …" / "" / "6. Prepared by: Name"; the lexicon's `labels.other`); or a bullet
    // after numbered items that one opens ("- Report prepared by: Name").
    if (m && !under && items.length > 0 && (number !== items.length + 1 || (m[4] !== undefined && !bulletsOnly)) && lineLabelKeys(doc, line).some((key) => doc.lexicon.labels.other.includes(key))) break;
    // So is an item that is a label and its colon alone, a section of its own ("DECIDED:" / "1. …" / "2. HEARD:").
    if (m && !under && items.length > 0 && isBareLabelLine(doc, line)) break;
    // And so is a numbered item after bullets that does not start a list of its own, the announcing line's next field
    // ("6. Recommendations:" / "- to open a centre;" / "- …" / "7. Next meeting: June.").
    if (m && !under && bulletsOnly && items.length > 0 && m[4] === undefined && writtenNumber(m) > 1) break;
    if (m && !under && (writtenNumber(m) || m[3] || m[4] || roman === items.length + 1)) {
      bulletsOnly &&= m[4] !== undefined;
      numberedAt = m[4] ? undefined : indent;
      bareOnly = false;
      sub = false;
      colonBullets = false;
      items.push({ number, start: line.start + m[0].length, end: line.start + line.text.length, indent });
      blank = false;
      continue;
    }
    // A line that is not an item goes on the item before it while in its paragraph, or when it opens a
    // paragraph markdown keeps in the item (a loose item's second one), or a paragraph after which
    // the numbers go on ("1. …" / "The district will pay." / "2. …"); otherwise it ends the list.
    // (A line inside an item's block after a blank line goes on it: the item was broken off mid-sentence, as a page break
    // leaves it, and its block goes on past the blank line.)
    const opens = doc.blockOn(line.number);
    if (!opens && blank && !under && items.length > 0 && spanAround(doc.blocks, line.start, line.start)?.kind === 'listItem') {
      items.at(-1)!.end = line.start + line.text.length;
      blank = false;
      continue;
    }
    // A line that heads the items under it by whom they address ("For the Ministry of Labour:" / "1. …"):
    // before the first item, or where the numbers go on after it.
    if (!under && isGroupHeading(doc, i, items.length + 1, MARKER, grouped)) {
      if (items.length === 0) grouped = firstWord(line.text);
      blank = false;
      continue;
    }
    // A labelled line indented under an item is its own field, no part of it ("1. Open a centre" / "   Responsible: …").
    if (items.length > 0 && deeper && !blank && isLabelLine(doc, line)) {
      (items.at(-1)!.cuts ??= []).push({ start: line.start, end: line.start + line.text.length });
      continue;
    }
    if (items.length === 0 || /^\s*#/.test(line.text) || isLabelLine(doc, line)) break;
    // A paragraph after the last item, whose number stands alone on its line, is that item's text, as a PDF's export
    // leaves it ("3." / "" / "To open a centre."); not after numbers that all stand alone, a form's blanks ("1." / "2." /
    // "The meeting was closed."). (The last item first: most have text, and the rest are looked at only when it has none.)
    const empty = (item: Item) => doc.text.slice(item.start, item.end).trim() === '';
    const numberAlone = empty(items.at(-1)!) && !items.slice(0, -1).some(empty);
    if (!under && !numberAlone && (opens ? opens.kind !== 'listItem' : blank) && !(opens?.kind === 'paragraph' && numbersGoOn(doc, opens, items.length + 1))) break;
    // Such a paragraph after an item closed with ";", as items before another are, is an aside between
    // them, no part of either ("1. To build roads;" / "The participants also noted …" / "2. …").
    if (blank && opens?.kind === 'paragraph' && /;\s*$/.test(doc.text.slice(items.at(-1)!.start, items.at(-1)!.end))) {
      aside = true;
      continue;
    }
    if (!under && !blank && afterList(doc, items.at(-1)!, i, MARKER)) break;
    items.at(-1)!.end = line.start + line.text.length;
  }
  return items;
}

/**
 * Whether the run of bullets from line `i` (with the lines they run on to, blank lines between) is followed by the item
 * numbered `next`: true, or the line where the look stopped (a paragraph, another number, the end).
 */
function numberAfterBullets(doc: Doc, i: number, marker: RegExp, next: number): true | number {
  let blank = false;
  let k = i;
  for (; k < doc.lines.length; k++) {
    const text = doc.lines[k]!.text;
    if (text.trim() === '') {
      blank = true;
      continue;
    }
    const m = marker.exec(text);
    if (m && m[4] === undefined) return writtenNumber(m) === next ? true : k;
    // (Blank lines may part the items, "- b." / "" / "2. …"; not a paragraph after them.)
    if (!m && blank) return k;
    blank = false;
  }
  return k;
}

/**
 * Whether line `i`, which markdown runs on from `item`, is text after the list instead: it opens a sentence in
 * capitals after one the item ended ("2. Repair the school." / "The meeting was closed by the moderator."), and no
 * line of its paragraph goes on with the numbers (a note between two items stays the one's before).
 */
function afterList(doc: Doc, item: Item, i: number, marker: RegExp): boolean {
  const line = doc.lines[i]!;
  if (!OPENS_CAPITAL.test(line.text)) return false;
  const before = doc.text.slice(item.start, line.start).trimEnd();
  const period = before.length - 1;
  // (The lexicon's sentence end: not an initial or a short word's period, "Asanov B." / "Prof.")
  if (!/[.!?]/.test(before[period] ?? '') || sentenceEnd(`${before} ${line.text.trimStart()}`, period, doc.lexicon) !== period) return false;
  for (let k = i + 1; k < doc.lines.length && doc.lines[k]!.text.trim() !== ''; k++) {
    const m = marker.exec(doc.lines[k]!.text);
    if (m && (writtenNumber(m) || m[4] !== undefined)) return false;
  }
  return true;
}

const OPENS_CAPITAL = new RegExp(`^[ \\t]*(?:\\*\\*|__)?[${UPPER}]`, 'u');

/** The longest line that may head a group of items. */
const MAX_GROUP_HEADING = 80;

/**
 * Whether line `i` heads a group of items: short, no label, ending with a colon, and over item
 * number `next` (or any first item, if the list has none yet) on the next line that is not blank;
 * or over item 1 again when it opens with the word of the heading over the list's first group, `first`
 * ("To the Ministry:" / "1. …" / "2. …" / "To local authorities:" / "1. …"; not "Next steps:").
 */
function isGroupHeading(doc: Doc, i: number, next: number, marker: RegExp, first: string | undefined): boolean {
  const line = doc.lines[i]!;
  const text = line.text.replace(/[*_]+/g, '').trim();
  if (text.length > MAX_GROUP_HEADING || !text.endsWith(':') || isLabelLine(doc, line)) return false;
  const m = markerFrom(doc, i + 1, marker);
  if (!m) return false;
  // (Bullets too, under a heading of the first group's word: "For the Ministry:" / "- …" / "For the mayor's office:" / "- …".)
  const again = first !== undefined && firstWord(text) === first && (writtenNumber(m) === 1 || m[4] !== undefined);
  return next === 1 || writtenNumber(m) === next || again;
}

/** The first word of `line` where it may head a group of items (short, ending with a colon), else undefined. */
function groupWord(line: Line): string | undefined {
  const text = line.text.replace(/[*_]+/g, '').trim();
  return text.length <= MAX_GROUP_HEADING && text.endsWith(':') ? firstWord(text) : undefined;
}

/** The first word of a line, in lower case, without emphasis marks. */
function firstWord(text: string): string {
  return text.replace(/[*_]+/g, '').trim().split(/[\s:]/, 1)[0]!.toLowerCase();
}

/** The list marker of the first line from index `i` that is not blank, if it opens with one. */
function markerFrom(doc: Doc, i: number, marker: RegExp): RegExpExecArray | null {
  while (i < doc.lines.length && doc.lines[i]!.text.trim() === '') i++;
  const line = doc.lines[i];
  return line ? marker.exec(line.text) : null;
}

/**
 * Whether the line after `paragraph` (past blank lines) is item number `next` of the list, or a line inside it
 * (markdown runs a "2." on into a paragraph: only a "1." may interrupt one).
 */
function numbersGoOn(doc: Doc, paragraph: Block, next: number): boolean {
  const marker = markerOf(doc.lexicon);
  const end = doc.point(paragraph.end).line;
  for (let i = paragraph.line; i < end; i++) {
    const m = marker.exec(doc.lines[i]!.text);
    if (m && writtenNumber(m) === next) return true;
  }
  const m = markerFrom(doc, end, marker);
  return !!m && writtenNumber(m) === next;
}

/** The number a marker writes in digits ("1.", "(1)", "Suggestion 1:"), or 0 when it writes none. */
function writtenNumber(m: RegExpExecArray): number {
  const digits = m[1] ?? m[2] ?? m[6] ?? m[7] ?? m[8] ?? m[9] ?? m[10];
  return digits ? +digits : 0;
}

// A number of two levels that opens a line, and the white space after it: "1.1. ", "2.3 ".
const TWO_LEVELS = /^[ \t]*(\d{1,3})\.\d{1,3}\.?[ \t]+/;

// A line of one number and nothing else.
const PAGE_NUMBER = /^[ \t]*\d{1,3}[ \t]*$/;

// A number that opens a line with only white space before a letter: "1 To create a concept".
const BARE_ITEM = /^[ \t]*(\d{1,2})[ \t]+(?=\p{L})/u;

/**
 * Items numbered inside running text: "Suggestions: 1) create …; 2) raise …", or lettered, "a) create …; b) raise …",
 * or by the lexicon's ordinal words opening a clause: "first, create …; second, raise …".
 */
function inline(doc: Doc, within: Span): Item[] {
  const text = doc.text.slice(within.start, within.end);
  const numbered: Item[] = itemsAt(allMatches(ITEM_MARK, text), within, (m) => +m[1]!);
  if (numbered.length > 0) endWithSentence(doc, numbered);
  if (numbered.length > 0) return numbered;
  const lex = doc.lexicon;
  // (Or by the lexicon's letters in a run a, b, c: "Suggestions: a) create …; b) raise …", "(a) …; (b) …".)
  const letter = memoRegExp(lex, 'suggestions.inlineLetter', () => new RegExp(String.raw`(?:^|[\s:;,])\(?([${escapeRegExp(lex.listLetters + lex.listLetters.toUpperCase())}])\)(?=\s)`, 'gu'));
  const lettered: Item[] = itemsAt(allMatches(letter, text), within, (m) => lex.listLetters.indexOf(m[1]!.toLowerCase()) + 1);
  if (lettered.length > 0) endWithSentence(doc, lettered);
  if (lettered.length > 0 || lex.ordinals.length === 0) return lettered;
  const ordinal = memoRegExp(lex, 'suggestions.ordinal', () => ignoreCase(`(?:^|[:;.][ \\t]*|\\n[ \\t]*)(${alternation(lex.ordinals.flat())})[ \\t]*[,:][ \\t]*`, 'g'));
  return itemsAt(allMatches(ordinal, text), within, (m) => lex.ordinals.findIndex((forms) => forms.includes(m[1]!.toLowerCase())) + 1);
}

/**
 * Where the items before the last each end with a semicolon, the last ends with its sentence: "1) …; 2) to stop
 * migration. At the end the conclusions were summed up." (the sentence after it is no part of the item).
 */
function endWithSentence(doc: Doc, items: Item[]): void {
  if (!items.slice(0, -1).every((item) => /;[\s*_]*$/.test(doc.text.slice(item.start, item.end)))) return;
  const last = items.at(-1)!;
  last.end = last.start + sentenceEnd(doc.text.slice(last.start, last.end), 0, doc.lexicon);
}

/**
 * Items with no numbers after a label on its own line, parted by semicolons: "Suggestions made:
 * to create a concept; to stop migration; to raise personnel issues." They are numbered 1, 2, 3,
 * as bullets are. Two at least, and only after a label or a short sentence that announces them as one does
 * ("The participants proposed: …"): a sentence with semicolons is no list.
 */
function semicolonItems(doc: Doc, line: Line): Item[] {
  const colon = line.text.indexOf(':');
  if (colon === -1 || !(isLabelLine(doc, line) || announcesBeforeColon(doc, line.text.slice(0, colon)))) return [];
  const from = line.start + colon + 1;
  const items: Item[] = [];
  // Semicolons outside quotes and brackets part the items ("… (see annex; page 2)" is one); commas do not.
  for (const piece of splitTopLevel(line.text.slice(colon + 1), { dashes: false })) {
    const span = { start: from + piece.start, end: from + piece.end };
    const last = items.at(-1);
    if (last && piece.sep !== ';') last.end = span.end;
    else if (piece.text.trim() !== '') items.push({ number: items.length + 1, ...span });
  }
  return items.length >= 2 ? items : [];
}

/** The most words of a sentence that announces suggestions before its colon, in place of a label ("The participants proposed:"). */
const ANNOUNCEMENT_WORDS = 10;

/**
 * Whether `head`, what opens a line before its colon, is a short sentence of its own that holds a suggestion's cue:
 * "The participants proposed: to ban …; to build …" announces as a label does ("Many spoke. They proposed:" does not,
 * nor a clause about one, "The proposal was discussed: it was useful; …": the lexicon's `clauseVerbs`).
 */
function announcesBeforeColon(doc: Doc, head: string): boolean {
  const lex = doc.lexicon;
  const words = head.trim().split(/\s+/);
  return words.length <= ANNOUNCEMENT_WORDS && !/[.!?]\s/.test(head) && hasWord(head, lex.cues.suggestion) && !hasWord(head, lex.words.clauseVerbs);
}

/**
 * Under an announcement that ends with a colon, a paragraph of two lines or more with no markers, each
 * line a sentence of its own (ending with "." or ";"), the first right under it or a blank line away:
 * "Suggestions made:" / "To create a migration service." / "To strengthen the borders." Numbered 1, 2, ….
 * Hard-wrapped prose, whose lines end mid-sentence, is no such list; nor are lines numbered in a way the
 * markers do not take ("Suggestion 1 create;"), which are left unread rather than guessed.
 */
function lineItems(doc: Doc, from: number): Item[] {
  const first = doc.lines[from]?.text.trim() === '' ? from + 1 : from;
  const numbered = numberedLine(doc.lexicon);
  const lines: Line[] = [];
  // (Up to the first line that is no item: a long paragraph under many announcements is not read to its end for each.)
  for (let i = first; i < doc.lines.length && doc.lines[i]!.text.trim() !== ''; i++) {
    const line = doc.lines[i]!;
    if (!ITEM_LINE.test(line.text) || numbered.test(line.text)) return [];
    lines.push(line);
  }
  if (lines.length < 2) return [];
  return numberedInOrder(lines);
}

/**
 * The paragraphs from line index `from` on, each one line that is a sentence of its own (as lineItems reads lines):
 * "Suggestions made:" / "" / "To create a concept." / "" / "To stop migration." Numbered 1, 2, …; two at least, up to
 * the first that is no such line or a label's, one that reports speech, or one that closes the meeting ("The meeting was closed …").
 */
function paragraphItems(doc: Doc, from: number): Item[] {
  const lex = doc.lexicon;
  const numbered = numberedLine(lex);
  const lines: Line[] = [];
  let i = from;
  // (At most MAX_PARAGRAPH_ITEMS: a text of many lines that announce and are items too stays linear.)
  while (lines.length < MAX_PARAGRAPH_ITEMS) {
    while (doc.lines[i]?.text.trim() === '') i++;
    const line = doc.lines[i];
    if (!line || (doc.lines[i + 1] !== undefined && doc.lines[i + 1]!.text.trim() !== '')) break;
    if (!ITEM_LINE.test(line.text) || numbered.test(line.text) || isLabelLine(doc, line)) break;
    // (Nor a report of speech or the meeting's close: "Asanov noted that …", "The meeting was closed by the moderator.")
    const span = { start: line.start, end: line.start + line.text.length };
    if (hasWordIn(doc, span, lex.cues.closing) || hasWordIn(doc, span, lex.cues.speech)) break;
    lines.push(line);
    i++;
  }
  if (lines.length < 2) return [];
  return numberedInOrder(lines);
}

/** A line numbered in a way the item markers do not take ("Suggestion 1 create;", "No. 1"): lineItems and paragraphItems leave such lines unread. */
function numberedLine(lex: Lexicon): RegExp {
  return memoRegExp(lex, 'suggestions.numberedLine', () => ignoreCase(String.raw`^[ \t*_]*(?:(?:${alternation(lex.itemNouns)})[ \t]+)?${NUMBER_SIGN}?[ \t]*\d`));
}

/** Lines that are items with no numbers of their own, numbered 1, 2, … in order, each without its indentation. */
function numberedInOrder(lines: readonly Line[]): Item[] {
  return lines.map((l, n) => ({ number: n + 1, start: l.start + l.text.length - l.text.trimStart().length, end: l.start + l.text.trimEnd().length }));
}

// A line of four words at most, a heading's marks and emphasis around them: a label alone ("## Recommendations").
const LABEL_ALONE = /^[ \t#*_]*[^\s:#*_]+(?:[ \t]+[^\s:#*_]+){0,3}[ \t*_:]*$/u;

/** The most suggestions paragraphItems reads, one to a paragraph. */
const MAX_PARAGRAPH_ITEMS = 60;

/**
 * The paragraph at line index `from` (or a blank line below), when it opens with the first ordinal word and goes on
 * with the next ones, each opening a sentence or a clause: "First, build a pipe. Second, train staff." (A paragraph
 * that mentions "second" without opening with "First" is prose.)
 */
function ordinalParagraph(doc: Doc, from: number): Item[] {
  const first = doc.lines[from]?.text.trim() === '' ? from + 1 : from;
  const block = doc.blockOn(first + 1);
  const lex = doc.lexicon;
  if (block?.kind !== 'paragraph' || lex.ordinals.length === 0) return [];
  const opens = memoRegExp(lex, 'suggestions.firstOrdinal', () => ignoreCase(`^[ \\t*_]*(?:${alternation(lex.ordinals[0]!)})[ \\t]*[,:]`));
  return opens.test(block.text) ? inline(doc, block) : [];
}

// A line that is a sentence of its own: it opens with a letter and ends with "." or ";" (maybe bold).
const ITEM_LINE = new RegExp(String.raw`^[ \t]*(?:\*\*|__)?[${LETTER}].*[.;](?:\*\*|__)?[ \t]*$`, 'u');

/**
 * The items of a list right under the paragraph that ends at `end` whose first is numbered `last` + 1: an inline list
 * whose line was wrapped or cut before its next item ("… 2) to introduce fines;" / "3) to hold the next meeting …").
 */
function numberedOn(doc: Doc, end: number, last: number): Item[] {
  const at = doc.point(end).line;
  const next = doc.lines[at];
  const marker = next && markerOf(doc.lexicon).exec(next.text);
  if (!marker || writtenNumber(marker) !== last + 1) return [];
  const items = listAfter(doc, at);
  const run = items.findIndex((item, i) => item.number !== last + 1 + i);
  return run < 0 ? items : items.slice(0, run);
}

/** The end of the paragraph `line` is in (the end of the line when it is in none). */
function paragraphEnd(doc: Doc, line: Line): number {
  const end = line.start + line.text.length;
  // (By halves: the blocks are in order.)
  const block = doc.blocks[firstEndingAfter(doc.blocks, end - 1)];
  return block && block.start < end && end <= block.end ? block.end : end;
}

/** The item's text without the markers of its sub-list. */
function textWithout(text: string, item: Item): string {
  let out = '';
  let from = item.start;
  for (const cut of item.cuts ?? []) {
    // (A cut past the item's end is of a line after it that nothing carried on: "   Responsible: …" last.)
    if (cut.start >= item.end) break;
    out += text.slice(from, cut.start);
    from = cut.end;
  }
  return out + text.slice(from, item.end);
}

/** An item's text: no trailing ";", "." or "; and" (nor "and" before the next number: "(2) train staff and (3) …"). */
function cleanItem(text: string, lex: Lexicon): string {
  const joiner = memoRegExp(lex, 'suggestions.joiner', () => ignoreCase(`(?:[;,]\\s*|\\s)(?:${alternation(lex.words.conjunctions)})$`));
  // The bullets of lines under a numbered item go; their words stay ("Education: build schools; train teachers").
  // A task list's box goes too ("- [ ] To repair the road").
  return cleanValue(cleanValue(text.replace(/\n[ \t]*[-*+•][ \t]+/g, '\n').replace(/^\s*\[[ xX]\][ \t]+/, '')).replace(joiner, ''));
}
