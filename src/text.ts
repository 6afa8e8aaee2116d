/**
 * Small text utilities shared by the extractors: patterns built from word
 * lists, quote- and bracket-aware splitting, and the value-cleaning rules of
 * the record spec ("text as written", minus emphasis, wrapping quotes and
 * trailing punctuation).
 */
import type { Doc, Span } from './document.js';
import { DIGIT, LETTER, LOWER, UPPER } from './letters.js';
import type { Lexicon } from './lexicon/types.js';

/** Escape a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A RegExp alternation of words, longest first, spaces matching any run of white space.
 *
 * Written as a trie of the words' words ("the head|the head of|the chair" becomes
 * "the\s+(?:chair|head(?:\s+of)?)"): it matches the same texts, and where several
 * words match at one place it tries them in the same order, longest first, so every pattern
 * built from it matches as the flat list would. V8 compiles a flat list of phrases to machine
 * code that grows with every letter of every phrase: for the 128 words that may open an
 * English role, 781 KB against 125 KB as a trie, compiled in 19 ms against 8 and run four
 * times faster. A list whose words differ only in case at one step ("The" and "the", as
 * caseVariants makes) stays flat: in a case-insensitive pattern the two would be tried one
 * after the other, not longest first.
 */
export function alternation(words: readonly string[]): string {
  // A lexicon's list goes into several patterns (half of a cold parse's ~200 calls repeat one): built once per list.
  let source = alternations.get(words);
  if (source === undefined) alternations.set(words, (source = alternationOf(words)));
  return source;
}

const alternations = new WeakMap<readonly string[], string>();

/** The alternation of `words`, built: a trie of their words, or a flat list where a trie would not try them longest first. */
function alternationOf(words: readonly string[]): string {
  if (words.length === 0) return '(?!)';
  const unique = [...new Set(words)];
  const trie = wordTrie(unique);
  return trie ? trieSource(trie) : unique.sort(longestFirst).map((w) => escapeRegExp(w).replace(/ +/g, '\\s+')).join('|');
}

const longestFirst = (a: string, b: string) => b.length - a.length || (a < b ? -1 : 1);

/** A step of a word trie: the words that may follow (by their lower case too), and whether a listed phrase may end here. */
interface TrieNode {
  next: Map<string, TrieNode>;
  lower: Set<string>;
  end: boolean;
}

const trieNode = (): TrieNode => ({ next: new Map(), lower: new Set(), end: false });
// Runs of spaces, or white space other than spaces (matched as written): kept as a flat list.
const AWKWARD_SPACE = / {2}|[^\S ]/;

/**
 * The trie of `phrases` split at their spaces, or undefined where it would not try them
 * longest first (see alternation). Built on every cold start, so kept to a plain loop.
 */
function wordTrie(phrases: readonly string[]): TrieNode | undefined {
  const root = trieNode();
  for (const phrase of phrases) {
    if (AWKWARD_SPACE.test(phrase)) return undefined;
    let node = root;
    for (const word of phrase.split(' ')) {
      let child = node.next.get(word);
      if (child === undefined) {
        const lower = word.toLowerCase();
        // Two words at one step that differ only in case.
        if (node.lower.has(lower)) return undefined;
        node.lower.add(lower);
        node.next.set(word, (child = trieNode()));
      }
      node = child;
    }
    node.end = true;
  }
  return root;
}

/**
 * The pattern of a trie: at each step the longer words first, and after each the longer
 * continuations before the phrase that ends there. Two words that match at one place share a
 * beginning, and the longer's letters past it are no space, so the shorter can then only end a
 * phrase: the first match tried is the longest, as in the flat list.
 */
function trieSource(node: TrieNode): string {
  const words = [...node.next.keys()].sort(longestFirst);
  let out = '';
  for (let i = 0; i < words.length; i++) {
    const child = node.next.get(words[i]!)!;
    let part = escapeRegExp(words[i]!);
    if (child.next.size > 0) {
      // One way on needs no group: "of\s+the", not "of\s+(?:the)".
      const rest = child.next.size > 1 ? `\\s+(?:${trieSource(child)})` : `\\s+${trieSource(child)}`;
      part += child.end ? `(?:${rest})?` : rest;
    }
    out += i === 0 ? part : `|${part}`;
  }
  return out;
}

/**
 * A word list in lower case, Capitalised and UPPER case: for patterns that must
 * stay case-sensitive elsewhere (a name must be capitalised) but take a marker
 * word in any case ("Osh region", "Osh Region", "OSH REGION").
 */
export function caseVariants(words: readonly string[]): string[] {
  return words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]);
}

// JavaScript's \b only knows ASCII letters; these know Latin, Cyrillic and Greek (src/letters.ts).
export const WORD_START = `(?<![${LETTER}${DIGIT}])`;
export const WORD_END = `(?![${LETTER}${DIGIT}])`;
/** "No." or "№" before a number that names a thing or an item ("school No. 5", "Proposal № 3"). */
export const NUMBER_SIGN = String.raw`(?:№|\bNo\.?)`;

/**
 * Every match of the global pattern `re` in `text`. `String.prototype.matchAll`
 * copies its pattern on every call, and the copy costs as much as the pattern
 * is large: the patterns built from word lists and letter classes run to
 * kilobytes, so this walks the shared pattern instead.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match would match again at the same place.
    if (m[0] === '') re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return out;
}

/**
 * A case-insensitive RegExp of `source` with `flags` besides, in unicode mode only where the
 * source needs it (`\p{…}`, `\u{…}`, a character past the Basic Multilingual Plane).
 *
 * V8 compiles a case-insensitive pattern in unicode mode about half again as slowly (it folds
 * every letter by Unicode's case rules), and a cold `dialogue parse` of one file compiles some
 * 100 of these, built from the lexicons' word lists: without the mode it counts 12% fewer
 * instructions (callgrind). Our patterns hold only letters of the Basic Multilingual Plane
 * (the classes of src/letters.ts are written out), whose upper and lower case V8 pairs the same
 * way in either mode. What the mode would change: a few letters minutes do not hold (ſ, K), and a
 * character past that plane (an emoji) is read as two halves, which these patterns, ending their
 * matches at spaces, punctuation and word bounds, do not part (same records on 3,370 files).
 */
export function ignoreCase(source: string, flags = ''): RegExp {
  return new RegExp(source, `i${flags}${NEEDS_UNICODE.test(source) ? 'u' : ''}`);
}

// What only unicode mode reads as written: property classes, code point escapes, surrogate pairs.
const NEEDS_UNICODE = /\\[pPu]\{|[\ud800-\udfff]/;

const memos = new WeakMap<object, Map<string, RegExp>>();

/**
 * A RegExp built once per owner (a lexicon) and key. Patterns built from word
 * lists are large; compiling them once per run instead of once per call is
 * most of the difference between a slow and a fast extractor.
 */
export function memoRegExp(owner: object, key: string, build: () => RegExp): RegExp {
  let map = memos.get(owner);
  if (!map) memos.set(owner, (map = new Map()));
  let re = map.get(key);
  if (!re) map.set(key, (re = build()));
  return re;
}

const lowered = new WeakMap<readonly string[], string[]>();
const WORD_CHAR = new RegExp(`[${LETTER}${DIGIT}]`, 'u');
/** Whether `text` holds a letter or a digit (not only dashes, quotes or other marks). */
export const hasLetterOrDigit = (text: string): boolean => WORD_CHAR.test(text);

/** A letter anywhere in a text. */
export const HAS_LETTER = new RegExp(`[${LETTER}]`, 'u');
const isWordChar = (c: string | undefined) => c !== undefined && (c >= 'a' && c <= 'z' ? true : c >= '0' && c <= '9' ? true : c > '\x7f' && WORD_CHAR.test(c));

/** A word list in the form searched: lower case, white space as single spaces. */
function foldedWords(words: readonly string[]): string[] {
  let list = lowered.get(words);
  if (!list) lowered.set(words, (list = words.map((w) => fold(w))));
  return list;
}

const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

/** Whether `word` stands at `i` of folded text `lower` as a whole word (a non-letter at either end needs no edge). */
function wholeWordAt(lower: string, i: number, word: string): boolean {
  const wordStart = isWordChar(word[0]);
  const wordEnd = isWordChar(word[word.length - 1]);
  return (!wordStart || !isWordChar(lower[i - 1])) && (!wordEnd || !isWordChar(lower[i + word.length]));
}

/**
 * Whether `text` contains any of `words` as a whole word, case-insensitively.
 * A plain scan rather than a regex: a case-insensitive pattern per word list
 * costs more to compile than a run spends searching. For a block or line of a
 * document, `hasWordIn` gives the same answer and searches each list once.
 */
export function hasWord(text: string, words: readonly string[]): boolean {
  const lower = fold(text);
  for (const word of foldedWords(words)) {
    for (let i = lower.indexOf(word); i !== -1; i = lower.indexOf(word, i + 1)) if (wholeWordAt(lower, i, word)) return true;
  }
  return false;
}

/** A document's text folded as `hasWord` folds it, and where each list's words stand in it. */
interface FoldedDoc {
  lower: string;
  /** Folded offsets where a run of 2+ white space characters was folded to one space, and the characters dropped up to each. */
  runs: number[];
  dropped: number[];
  /** Per word list: each whole-word occurrence as [start, end) source offsets, in order of start. */
  hits: Map<readonly string[], Int32Array>;
}

const foldedDocs = new WeakMap<Doc, FoldedDoc | null>();

/**
 * `hasWord(doc.text.slice(span.start, span.end), words)`, for a span that
 * starts and ends beside a line break, space or markup (a block or a line):
 * the text is folded once per document and each word list searched once, so
 * asking of every block costs a lookup each.
 */
export function hasWordIn(doc: Doc, span: Span, words: readonly string[]): boolean {
  let folded = foldedDocs.get(doc);
  if (folded === undefined) foldedDocs.set(doc, (folded = foldDoc(doc.text)));
  // Lower case that changes the length ("İ") would shift every offset: search the span itself.
  if (folded === null) return hasWord(doc.text.slice(span.start, span.end), words);
  let hits = folded.hits.get(words);
  if (!hits) folded.hits.set(words, (hits = findHits(folded, words)));
  // The first occurrence starting in the span, then on while they start inside it.
  const lo = bisect(hits.length / 2, (k) => hits[2 * k]! < span.start);
  for (let k = lo; k < hits.length / 2 && hits[2 * k]! < span.end; k++) if (hits[2 * k + 1]! <= span.end) return true;
  return false;
}

function foldDoc(text: string): FoldedDoc | null {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return null;
  const runs: number[] = [];
  const dropped: number[] = [];
  let total = 0;
  // Each run of white space becomes one space: record where, to map offsets back.
  const out = lower.replace(/\s+/g, (run, at: number) => {
    if (run.length > 1) {
      total += run.length - 1;
      runs.push(at - (total - (run.length - 1)) + 1);
      dropped.push(total);
    }
    return ' ';
  });
  return { lower: out, runs, dropped, hits: new Map() };
}

/** The source offset of folded offset `f`. */
function sourceOffset(folded: FoldedDoc, f: number): number {
  const lo = bisect(folded.runs.length, (i) => folded.runs[i]! <= f);
  return f + (lo === 0 ? 0 : folded.dropped[lo - 1]!);
}

// Per word list: its folded words as one literal alternation, to find where any of them may stand.
const listPatterns = new WeakMap<readonly string[], RegExp>();

function findHits(folded: FoldedDoc, words: readonly string[]): Int32Array {
  const list = foldedWords(words);
  let any = listPatterns.get(words);
  if (!any) listPatterns.set(words, (any = new RegExp(list.map(escapeRegExp).join('|') || '(?!)', 'g')));
  const found: number[] = [];
  const lower = folded.lower;
  any.lastIndex = 0;
  for (let m = any.exec(lower); m; m = any.exec(lower)) {
    const i = m.index;
    // Every word of the list that stands here, not only the one matched: one may fail its edges where another does not.
    for (const word of list) {
      if (lower.startsWith(word, i) && wholeWordAt(lower, i, word)) found.push(sourceOffset(folded, i), sourceOffset(folded, i + word.length - 1) + 1);
    }
    // On from the next character: an occurrence may start inside this one.
    any.lastIndex = i + 1;
  }
  return Int32Array.from(found);
}

/** Opening quote → the characters that may close it. */
// (A double quote of one kind may close one of another, as an edited or translated text mixes them: “Title", "Title”,
// «Title".)
const QUOTES: Record<string, string> = { '“': '”“"', '„': '“”"', '«': '»"', '"': '"”»', '‹': '›', '‘': '’', "'": "'" };

/** Whether `open` and `close` are the marks of one quotation ("“" and "”", "«" and "»"). */
export function isQuotePair(open: string | undefined, close: string | undefined): boolean {
  return open !== undefined && close !== undefined && (QUOTES[open]?.includes(close) ?? false);
}

/** A quoted span: `start`/`end` include the quote marks. */
export interface Quoted extends Span {
  inner: string;
}

/**
 * Find the quoted spans of `text`, outermost only: quotations may nest ("the Law “On local
 * self-government”" inside a topic's quotes, «Закон «О …»»), so each closing quote pairs with the
 * nearest open quote it closes, and a quote that never closes is left alone rather than swallowing
 * the rest of the text (what it holds is still found). Linear: one pass over the quote marks.
 */
export function quotedSpans(text: string): Quoted[] {
  // Open quotes, innermost last, each with the spans closed inside it so far (made when the first one is).
  const stack: OpenQuote[] = [];
  const top: Quoted[] = [];
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(text); m; m = QUOTE_MARK.exec(text)) {
    const i = m.index;
    const c = m[0];
    const k = closerOf(stack, c, text, i);
    if (k >= 0) {
      // Quotes left open inside this one never close: what they hold is this one's, and this one is kept whole.
      stack.length = k + 1;
      const { at } = stack.pop()!;
      const span = { start: at, end: i + 1, inner: text.slice(at + 1, i) };
      if (stack.length === 0) top.push(span);
      else (stack[stack.length - 1]!.inside ??= []).push(span);
    } else if (opens(c, text, i)) {
      // Quotations nest a few deep at most: an opener that deep under others is one that never closes.
      if (stack.length === MAX_OPEN) release(stack.shift()!, top);
      stack.push({ at: i, mark: c, inside: undefined });
    }
  }
  // Those never closed give what they held to the top level.
  for (const open of stack) release(open, top);
  return top.length > 1 ? top.sort((a, b) => a.start - b.start) : top;
}

interface OpenQuote {
  at: number;
  mark: string;
  inside: Quoted[] | undefined;
}

/** Add what a quote that never closed held to `to`. */
function release(open: OpenQuote, to: Quoted[]): void {
  if (open.inside) for (const span of open.inside) to.push(span);
}

const QUOTE_MARK = /[“”„«»"‹›‘’']/g;
// The most quotes left open at once; each closing quote looks through these only, so a text of a million
// opening quotes stays linear.
const MAX_OPEN = 8;
// What may stand before a quote that opens: a space, a bracket, a dash or another quote.
const SPACE_BEFORE = /[\s([{«“„‹‘"'—–-]/;
/** Whether `c` may follow a quote that opens: a word, another quote or bracket that opens, or bold ("“**Title**”"). */
const opensWord = (c: string | undefined) => isLetterOrDigit(c) || (c !== undefined && '«“„‹‘"\'(*_'.includes(c));
const isLetterOrDigit = (c: string | undefined) => isLetter(c) || (c !== undefined && c >= '0' && c <= '9');

/**
 * The index in `stack` of the open quote that `c` at `i` closes, or -1. A mark that both opens and closes
 * ('"', "“" as some write it closed) opens a quotation inside another where it stands after a space and
 * before a word ("the Law "On …""), and closes one otherwise; a single quote closes only where no letter
 * follows it (not "mayor’s").
 */
function closerOf(stack: readonly { mark: string }[], c: string, text: string, i: number): number {
  if ((c === '’' || c === "'") && isLetterOrDigit(text[i + 1])) return -1;
  if (c === "'" && /\s/.test(text[i - 1] ?? ' ')) return -1;
  let k = stack.length - 1;
  while (k >= 0 && !QUOTES[stack[k]!.mark]!.includes(c)) k--;
  if (k < 0) return -1;
  if (c in QUOTES && (i === 0 || SPACE_BEFORE.test(text[i - 1]!)) && opensWord(text[i + 1])) return -1;
  return k;
}

/** Whether the quote mark `c` at `i` opens a quotation (a straight single one only before a word, with none before it: not "mayor's"). */
function opens(c: string, text: string, i: number): boolean {
  if (!(c in QUOTES)) return false;
  if (c === "'") return !isLetterOrDigit(text[i - 1]) && isLetterOrDigit(text[i + 1] === ' ' ? text[i + 2] : text[i + 1]);
  return true;
}

/** Whether `text` ends inside a round bracket it opened ("Total: 35 (women"). */
export function leavesBracketOpen(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 40) depth++;
    else if (ch === 41 && depth > 0) depth--;
  }
  return depth > 0;
}

/** Spans inside balanced round brackets (outermost only), in one pass. */
export function bracketSpans(text: string): Span[] {
  const spans: Span[] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') open.push(i);
    else if (c === ')' && open.length > 0) {
      const start = open.pop()!;
      if (open.length === 0) spans.push({ start, end: i + 1 });
    }
  }
  return spans;
}

/**
 * Of `spans`, sorted and disjoint (as quotedSpans and bracketSpans give them), the one that holds
 * start to end; by binary search, so that asking it of every name or quotation of a text stays
 * linear in the text, not quadratic.
 */
export function spanAround<T extends Span>(spans: readonly T[], start: number, end: number): T | undefined {
  const span = spans[firstEndingAfter(spans, start)];
  return span && span.start <= start && end <= span.end ? span : undefined;
}

/** Of `spans`, sorted and disjoint, those that overlap `from` to `to`; by binary search, as spanAround. */
export function spansOverlapping<T extends Span>(spans: readonly T[], from: number, to: number): readonly T[] {
  const first = firstEndingAfter(spans, from);
  let k = first;
  while (k < spans.length && spans[k]!.start < to) k++;
  return spans.slice(first, k);
}

/** The index of the first of `spans` (sorted and disjoint, so they end in the order they start) that ends after `at`. */
export function firstEndingAfter(spans: readonly Span[], at: number): number {
  return bisect(spans.length, (i) => spans[i]!.end <= at);
}

/** How many characters of emphasis, space and a stop may stand around a title on a line of its own ("“Title”."). */
export const LINE_MARKS = 8;

/** The first index below `length` where `before` is false, by halves: `before` must hold for a run of indexes from 0 and then never. */
export function bisect(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A piece of a split text; `sep` is the separator that came before it ('' first). */
export interface Piece extends Span {
  text: string;
  sep: '' | ',' | ';' | '-' | '.';
}

/** A text that opens with a capital letter ("Osh", "NGO", "Ministry"; not "ayil", "«Nur»"). */
export const OPENS_CAPITAL = new RegExp(`^[${UPPER}]`, 'u');

/**
 * How long a line must be to be a full one, which a wrap ended mid-sentence rather than a title's or a label's end: a
 * paragraph broken off by a blank line (src/document.ts), a double-spaced text's lines (src/pipeline/double-spacing.ts).
 */
export const FULL_LINE = 40;

/** A text that opens with a small letter ("economy programme;", a line a hard wrap carried on; not "Osh", "«nur»"). */
export const OPENS_LOWER = new RegExp(`^[${LOWER}]`, 'u');
/** A spaced dash that opens a line before a word in lower case: "– member of the council", "– about the roads;". */
export const DASH_BEFORE_LOWER = new RegExp(`^[ \\t]*[-–—][ \\t]+[${LOWER}]`, 'u');

/** A word capitalised as names are: a capital, then a small letter ("Osh"; not "NGOs", "ayil"). */
export const TITLE_CASE = new RegExp(`^[${UPPER}][${LOWER}]`, 'u');

// A period that may end a sentence: after a word of three letters or digits, an acronym of three
// capitals ("… expert of IOM.") or its plural ("… and NGOs."), or a capitalised word of three letters ("… made by Sergei Kim."; the
// lexicon's honorifics and abbreviations, "Mrs.", "Col.", are left out where sentences are read); not
// "г." or the initials "A.B.", "Sh."; a closing quote or bracket between, and markdown's bold marks
// ("… **Mamatov Bakyt Asanovich**. Then …", "“**Title**”."); or a number of one or two digits inside a line
// ("… мужчин – 20. В работе …"), not one that opens it, an item's number ("1. To repair …").
// (The period first, then the lookbehind: see below.)
// (The marks as one run of a class: optional groups in a row made V8 compile the letter classes after them once per
// path, 30 million instructions of a cold parse.)
const SENTENCE_PERIOD = String.raw`\.(?<=(?:[${LOWER}\d]{3}|[${UPPER}]{3}|[${UPPER}]{2}s|${WORD_START}[${UPPER}][${LOWER}]{2}|[^\s\d][ \t]+\d{1,2})[)”»"*_]{0,5}\.)`;

// A comma (not one that groups a number's thousands, "more than 5,000 residents") or semicolon (or a middle dot or bullet before a space, "30 June 2021 · Batken", read as one); a dash with white space on at least one side
// ("Republic - Name", "Osh- Name", "Republic –" at a line's end), but not a hyphen
// inside a word ("2021-2030", "Kara-" wrapped on to "Balta");
// a line break before a line that opens with a short label ("Speaker:", "2nd speaker:");
// a sentence end (SENTENCE_PERIOD, so not "Ms." or "T.Sh.").
// (No pattern here starts with a run of white space: on a long run that fails
// at its end, the engine would retry from every position of it. Each alternative
// opens with its own character and looks behind only after it: a lookbehind
// first is tried at every position of the text, eight times the cost.)
const SEPARATOR = new RegExp(String.raw`,(?!(?<=\d,)\d{3}(?!\d))|[;|]|[·•](?=[ \t])|\n(?=[ \t]*[${UPPER}\d][${LETTER} ]{0,30}:[ \t])|[-–—]+[ \t\u00a0]+\n?|[-–—](?<=[ \t\u00a0][-–—])[-–—]*(?:(?=[^\s\d])|[ \t]*\n)|${SENTENCE_PERIOD}[ \t\n]+(?=[${UPPER}«“"„*])`, 'gu');

// A markdown table: "| Date | Venue |", then "| --- | --- |", then rows. (remark-parse reads no
// tables, a GFM extension: the whole table is one paragraph of text, read by line.)
export const TABLE_ROW = /^\s*\|.*\|\s*$/;
/** A table row with no text in any cell ("|  |  |"), as a grid's border or a cell's further line is written (src/pipeline/grid-tables.ts). */
export const EMPTY_ROW = /^\s*\|[\s|]*\|\s*$/;
export const TABLE_DELIMITER = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?)?\s*$/;
/** A table cell that only numbers its row ("1", "2.", "3)"). */
export const ROW_NUMBER = /^\d{1,3}[.)]?$/;

/** The fewest cells of a table written without its delimiter row whose first row is its header; with fewer, a row is a label and its value. */
const MIN_BARE_CELLS = 3;

/**
 * Where the body rows start of a table whose header is line `i` of `lines`, or -1 where no table starts.
 * A header over a delimiter row ("| --- | --- |") starts one; so does the first of two rows with the same
 * number of cells and no delimiter: a table written without one, or copied from a word processor with tabs
 * between its cells (src/pipeline/tab-tables.ts writes those as rows). With three cells or more its first row
 * is its header; with two, each row is a label and its value ("| Date | 14 October 2021 |" / "| Venue | … |"),
 * the first too, and the body starts at `i` itself.
 */
export function tableBody(lines: readonly { text: string }[], i: number): number {
  const head = lines[i]?.text;
  const next = lines[i + 1]?.text;
  if (head === undefined || next === undefined || !TABLE_ROW.test(head)) return -1;
  if (TABLE_DELIMITER.test(next)) return i + 2;
  if (i > 0 && TABLE_ROW.test(lines[i - 1]!.text)) return -1;
  const cells = cellCount(head);
  if (cells < 2 || !TABLE_ROW.test(next) || cellCount(next) !== cells) return -1;
  return cells >= MIN_BARE_CELLS ? i + 1 : i;
}

/** The number of cells of a table row: the bars between its first and last, plus one. */
function cellCount(row: string): number {
  let bars = 0;
  for (let at = row.indexOf('|'); at !== -1; at = row.indexOf('|', at + 1)) bars++;
  return bars - 1;
}

/** Parts of a line without their item markers, when every part (two at least) has one ("Topics: 1) A; 2) B", "a) …, b) …", "- A, - B"). */
export function withoutItemMarkers<T extends Span & { text: string }>(parts: T[], lex: Lexicon): T[] {
  // An item's number, one of the lexicon's item letters, or a bullet, that opens a part ("1) ", "2. ", "(3) ", "a) ", "б) ", "- ").
  const marker = memoRegExp(lex, 'text.inlineMarker', () => new RegExp(`^\\s*(?:\\(?\\d{1,2}[.)]|\\(?[${escapeRegExp(lex.listLetters)}]\\)|[-–—•])\\s+`, 'u'));
  if (parts.length < 2 || !parts.every((p) => marker.test(p.text))) return parts;
  return parts.map((p) => {
    const length = marker.exec(p.text)![0].length;
    return { ...p, start: p.start + length, text: p.text.slice(length) };
  });
}

/** A short line wholly in bold ("**Presentations**"): it stands as a heading. */
export const BOLD_LINE = /^[ \t]*(\*\*|__)[^*_\n]{1,80}\1[ \t]*$/;

/** A line that opens a list item with a bullet, not a number ("- Asanov Bolot", "• …"). */
export const BULLET_LINE = /^[ \t]*[-*+•–—][ \t]/;

// An item number inside a line: "1)", "(2)", "3." after a space or punctuation.
export const ITEM_MARK = /(?:^|[\s:;,])\(?(\d{1,2})[.)](?=\s)/g;

/** The items the marks of a run 1, 2, 3 … open in `within`, each up to the next; two at least. */
export function itemsAt(marks: RegExpExecArray[], within: Span, value: (m: RegExpExecArray) => number): { number: number; start: number; end: number }[] {
  const items: { number: number; start: number; end: number }[] = [];
  for (const m of marks) {
    const number = value(m);
    if (number !== items.length + 1) continue;
    const start = within.start + m.index + m[0].length;
    if (items.length > 0) items.at(-1)!.end = within.start + m.index;
    items.push({ number, start, end: within.end });
  }
  return items.length >= 2 ? items : [];
}

/** A joining word that opens the last item of a list after its last comma ("and journalists", "а также журналисты"), with the space after it. */
export function leadingJoin(lex: Lexicon): RegExp {
  return memoRegExp(lex, 'text.leadingJoin', () => ignoreCase(`^\\s*(?:${alternation(lex.words.conjunctions)})\\s+(?=\\S)`));
}

/**
 * Split `text` at commas, semicolons, spaced dashes and (with `sentences`, the lexicon that
 * reads them) sentence ends outside quotes and brackets.
 */
export function splitTopLevel(text: string, options: { dashes?: boolean; sentences?: Lexicon } = {}): Piece[] {
  const dashes = options.dashes ?? true;
  const sentences = options.sentences;
  const protectedSpans = [...quotedSpans(text), ...bracketSpans(text)].sort((a, b) => a.start - b.start);
  const pieces: Piece[] = [];
  let from = 0;
  let sep: Piece['sep'] = '';
  let p = 0;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(text); m; m = SEPARATOR.exec(text)) {
    const at = m.index;
    while (p < protectedSpans.length && protectedSpans[p]!.end <= at) p++;
    const guard = protectedSpans[p];
    if (guard && guard.start <= at && at < guard.end) continue;
    // A table's cell border ("Aida Bekova | lawyer") parts as a comma does.
    // So does, between sentences, a line break before a labelled line ("Asanov Bolot" / "Position: head of …").
    const kind = m[0] === '|' || m[0] === '\n' || m[0] === '·' || m[0] === '•' ? ',' : m[0].trim()[0];
    if (m[0] === '\n' && (!sentences || wrappedBeforeColon(text, at, sentences))) continue;
    if (kind === '.' ? !sentences || closesShortWord(text, at, sentences) : !dashes && kind !== ',' && kind !== ';') continue;
    pieces.push({ start: from, end: at, text: text.slice(from, at), sep });
    sep = kind === ',' ? ',' : kind === ';' ? ';' : kind === '.' ? '.' : '-';
    from = at + m[0].length;
  }
  pieces.push({ start: from, end: text.length, text: text.slice(from), sep });
  return pieces;
}

/**
 * Whether the line break at `at`, before "Words:" on the next line, is a wrap inside a clause rather than a labelled line:
 * the line before is a full one that ends with no punctuation, and the words are none of the lexicon's labels
 * ("…, expert of the Mandatory Health" / "Insurance Fund: “Title”"; not "Asanov Bolot" / "Position: head of …").
 */
function wrappedBeforeColon(text: string, at: number, lex: Lexicon): boolean {
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at).trimEnd();
  if (line.length < FULL_LINE || !LETTER_OR_DIGIT_END.test(line)) return false;
  const words = text.slice(at + 1, text.indexOf(':', at)).replace(/[\s*_]+/g, ' ').trim().toLowerCase();
  return !labelWords(lex).has(words);
}

const LETTER_OR_DIGIT_END = new RegExp(`[${LETTER}${DIGIT}]$`, 'u');

const labelWordSets = new WeakMap<Lexicon, Set<string>>();

/** Every label of the lexicon and its words for a position's label ("position", "job title"), in lower case. */
function labelWords(lex: Lexicon): Set<string> {
  let words = labelWordSets.get(lex);
  if (!words) labelWordSets.set(lex, (words = new Set([...Object.values(lex.labels).flat(), ...lex.words.positionLabels].map((w) => w.toLowerCase()))));
  return words;
}

/** Remove markdown emphasis markers (`**`, `__`, and a single `*` or `_` that opens or closes italics) and collapse white space. */
export function stripMarkup(text: string): string {
  let plain = text.includes('*') || text.includes('_') ? text.replace(/\*\*|__/g, '').replace(ITALIC_MARK, '') : text;
  // A word hyphenated at a line's end (PDF exports) is one word again: "migra-" / "tion" is "migration", and
  // "Kyzyl-" / "Kiya" keeps its hyphen, "Kyzyl-Kiya".
  plain = joinHyphenBreaks(plain);
  // Only runs that change: two or more white space characters, or one that is not a space.
  return plain.replace(/\s{2,}|[^\S ]/g, ' ');
}

/**
 * `text` with each hyphen right after a letter at a line's end joined to the letter on the next line: without
 * the hyphen before a lower-case letter ("migra-" / "tion"), with it before a capital ("Kyzyl-" / "Kiya").
 * (Walked by hand: a pattern of the letter classes is slow to compile, and a cold parse needs this rarely.)
 */
export function joinHyphenBreaks(text: string): string {
  if (!text.includes('\n') || !text.includes('-')) return text;
  let out = '';
  let from = 0;
  for (let i = text.indexOf('-'); i >= 0; i = text.indexOf('-', i + 1)) {
    if (!isLetter(text[i - 1])) continue;
    let j = i + 1;
    while (text[j] === ' ' || text[j] === '\t') j++;
    if (text[j] !== '\n') continue;
    j++;
    while (text[j] === ' ' || text[j] === '\t') j++;
    // (A letter has a case: a digit or a mark after the break has none.)
    const next = text[j];
    if (next === undefined) continue;
    const upper = next !== next.toLowerCase();
    if (!upper && next === next.toUpperCase()) continue;
    out += text.slice(from, i) + (upper ? '-' : '');
    from = j;
    i = j - 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

// (isWordChar reads lower-case text; this one any case.)
const isLetter = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\x7f' && WORD_CHAR.test(c)));

// A "*" or "_" that opens italics (before a character, no letter or digit before it) or closes them
// (after a character, no letter or digit after it): "*Chairman of …*", "_title_"; not "snake_case", a bullet "* ", or "2 * 3".
const ITALIC_MARK = new RegExp(`(?<![${LETTER}${DIGIT}*_])[*_](?=[^\\s*_])|(?<=[^\\s*_])[*_](?![${LETTER}${DIGIT}*_])`, 'gu');

/**
 * Whether `cleanValue(text)` is not empty, without cleaning all of a long text: cleaning never
 * drops a letter or digit, so the first one settles it. (Callers that peel pieces off the front
 * of a long text and ask this of the rest each time stay linear.)
 */
export function hasValue(text: string): boolean {
  return WORD_CHAR.test(text) || cleanValue(text) !== '';
}

/** The bracket that opens `text` ("(farmer) spoke …" → 0–8), found without reading past its end; none if it does not close. */
export function leadingBracket(text: string): Span | undefined {
  if (text[0] !== '(') return undefined;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return { start: 0, end: i + 1 };
  }
  return undefined;
}

/** Where the first closing bracket that `text` never opened ends ("expert of IOM) was made" gives 12), or -1. */
export function strayClosingBracket(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return i + 1;
  }
  return -1;
}

/** Whether `text` is one quotation and nothing more, white space aside ("“Title”"). */
export function isOneQuote(text: string): boolean {
  const inner = text.trim();
  const quotes = quotedSpans(inner);
  return quotes.length === 1 && quotes[0]!.start === 0 && quotes[0]!.end === inner.length;
}

/** If the whole of `text` is wrapped in one pair of quotes, return what is inside. */
export function unwrapQuotes(text: string): string {
  const t = text.trim();
  // Only a value that opens with a quote mark can be wrapped in one.
  if (!(t[0]! in QUOTES)) return t;
  const q = quotedSpans(t);
  if (q.length === 1 && q[0]!.start === 0 && q[0]!.end === t.length) return q[0]!.inner.trim();
  return t;
}

/**
 * Clean a value by the spec's rules: drop emphasis markers, collapse white
 * space, trim, drop leading separators and trailing `.`, `,`, `;`, `:`, and
 * unwrap quotes that wrap the whole value.
 */
export function cleanValue(text: string): string {
  let t = stripMarkup(text).trim();
  t = trimTrailing(t.replace(/^[,;:\s]+/, ''));
  const unwrapped = unwrapQuotes(t);
  if (unwrapped !== t) t = trimTrailing(unwrapped);
  return t;
}

/**
 * Drop trailing white space and `chars` in one backward pass. (A regex such as
 * /[\s.,;:]+$/ retries from every position of a long run that does not reach
 * the end, which is quadratic on adversarial input.)
 */
export function trimTrailing(text: string, chars = '.,;:'): string {
  let end = text.length;
  while (end > 0) {
    const c = text[end - 1]!;
    if (!chars.includes(c) && !/\s/.test(c)) break;
    end--;
  }
  return text.slice(0, end);
}

/** The span of `text` once leading and trailing white space (and `**`) are skipped. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /[\s*_]/.test(text[s]!)) s++;
  while (e > s && /[\s*_.,;:]/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/**
 * A sentence ends at such a period before a capital or a count that opens the next ("… hotel. 44
 * participants attended"; "г. Ош" does not end one), unless it closes a word the language writes
 * short before a name or a place ("Prof. Name", "Баткенская обл. Кадамжайский район"; the lexicon's
 * `honorifics` and `abbreviations`).
 */
function sentenceEndPattern(lex: Lexicon): RegExp {
  return memoRegExp(lex, 'text.sentenceEnd', () => new RegExp(String.raw`${SENTENCE_PERIOD}(?<!${shortWordPeriod(lex)})(?=\s+[${UPPER}]|\s+\d+\s+[${LOWER}]|\s*$)`, 'gu'));
}

/**
 * Where the sentence ends in `text` at a period before a count that opens the next ("… hotel “Orto-Asia”. 40
 * participants"), as sentenceEnd reads a period (not "No. 2", "str. 5"), or at a line break before a line that opens
 * with a count of people, after a count's word or not ("… малый зал" / "Всего 30 участников …"; not "2 этаж"), or -1:
 * where a place ends, though a capital after a period ("hotel Dostuk. Conference hall") may still be the place's.
 */
export function periodBeforeCount(text: string, lex: Lexicon): number {
  const re = memoRegExp(lex, 'text.periodBeforeCount', () => new RegExp(String.raw`${SENTENCE_PERIOD}(?<!${shortWordPeriod(lex)})(?=\s+\d+\s+[${LOWER}])`, 'u'));
  const period = re.exec(text)?.index ?? -1;
  // (The line break's pattern, of every count word and people's word, is compiled only where a place holds one.)
  if (!text.includes('\n')) return period;
  const line = memoRegExp(lex, 'text.lineBeforeCount', () => {
    const count = alternation(caseVariants(lex.labels.count));
    return new RegExp(String.raw`\n(?=[ \t]*(?:(?:${count})[ \t]*:?[ \t]+)?\d+[ \t]+(?:${alternation(lex.words.people)})${WORD_END})`, 'u');
  }).exec(text)?.index ?? -1;
  return period < 0 ? line : line < 0 ? period : Math.min(period, line);
}

/**
 * The words a lexicon writes short before a name or a place, as a pattern's alternation, in any case; and the
 * letters of one sound that make one initial ("Asel Dzh. Toktosunova": "Dzh." ends no sentence, as "Kim." may).
 */
function shortWords(lex: Lexicon): string {
  return alternation(caseVariants([...lex.words.honorifics, ...lex.words.abbreviations, ...lex.names.initialDigraphs]));
}

/** Such a word and its period, bold or not ("Prof.", "**Mrs**."), as a pattern for a lookbehind. */
function shortWordPeriod(lex: Lexicon): string {
  return String.raw`${WORD_START}(?:${shortWords(lex)})[*_]{0,2}\.`;
}

/** Whether the period at `at` closes such a word ("Prof.", "Capt."). */
export function closesShortWord(text: string, at: number, lex: Lexicon): boolean {
  const re = memoRegExp(lex, 'text.closesShortWord', () => new RegExp(String.raw`\.(?<=${shortWordPeriod(lex)})`, 'uy'));
  re.lastIndex = at;
  return re.test(text);
}

/** Where the sentence holding offset `at` starts. */
export function sentenceStart(text: string, at: number, lex: Lexicon): number {
  // (In a long text, its sentence ends found once and searched: asked for many offsets of one paragraph, a scan from
  // its start each time would be quadratic.)
  if (at > LONG_TEXT) {
    const ends = sentenceEnds(text, lex);
    const next = bisect(ends.length, (i) => ends[i]! < at);
    return next === 0 ? 0 : ends[next - 1]! + 1;
  }
  const re = sentenceEndPattern(lex);
  let start = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m && m.index < at; m = re.exec(text)) start = m.index + 1;
  return start;
}

/** How far into a text sentenceStart scans from its start rather than read all its sentence ends. */
const LONG_TEXT = 2000;

let lastEnds: { text: string; lex: Lexicon; ends: number[] } | undefined;

/** The offsets of every sentence's end in `text`, for the text last asked about (a paragraph is asked about many times in a row). */
function sentenceEnds(text: string, lex: Lexicon): number[] {
  if (lastEnds && lastEnds.lex === lex && lastEnds.text === text) return lastEnds.ends;
  const re = sentenceEndPattern(lex);
  const ends: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) ends.push(m.index);
  lastEnds = { text, lex, ends };
  return ends;
}

/** Where the sentence going on at `from` ends: at its period, or the end of the text. */
export function sentenceEnd(text: string, from: number, lex: Lexicon): number {
  const re = sentenceEndPattern(lex);
  re.lastIndex = from;
  return re.exec(text)?.index ?? text.length;
}

/** The width of the white space that opens a line. */
export function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

/** Whether a line opens a quotation it does not close: more “ or « than ” or », or an odd number of straight quotes. */
export function leavesQuoteOpen(line: string): boolean {
  let curly = 0;
  let straight = 0;
  for (const ch of line) {
    if (ch === '“' || ch === '«') curly++;
    else if ((ch === '”' || ch === '»') && curly > 0) curly--;
    else if (ch === '"') straight++;
  }
  return curly > 0 || straight % 2 === 1;
}
