/**
 * The document model every extractor reads: the normalised text, its lines,
 * the mdast blocks (headings, paragraphs, list items) and the bold spans, all
 * with offsets into the text so any value can be traced back to its place.
 */
import type { Root, Nodes } from 'mdast';
import type { Lexicon } from './lexicon/types.js';
import type { Point } from './diagnostic.js';
import { isBareLabelLine, isLabelLine } from './labels.js';
import { findNames, opensWithPatronymic } from './names.js';
import { LETTER, LOWER, UPPER } from './letters.js';
import { BOLD_LINE, BULLET_LINE, DASH_BEFORE_LOWER, EMPTY_ROW, FULL_LINE, NUMBER_SIGN, OPENS_CAPITAL, OPENS_LOWER, TABLE_ROW, alternation, bisect, hasWord, ignoreCase, indentOf, memoRegExp, leavesQuoteOpen, sentenceEnd, tableBody, trimSpan, trimTrailing } from './text.js';

/** One line of the text: `start` is the offset of its first character. */
export interface Line {
  /** 1-based line number. */
  number: number;
  start: number;
  text: string;
}

/** A block of the mdast tree, flattened: the text of a heading, a paragraph or a list item. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'listItem' | 'other';
  start: number;
  end: number;
  text: string;
  /** 1-based line number of `start`. */
  line: number;
}

/** A half-open range of offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}

export interface Doc {
  text: string;
  lines: Line[];
  blocks: Block[];
  /** Offsets of `**bold**` runs (the content, without the markers). */
  strong: Span[];
  /** The blank lines that broke a paragraph off mid-sentence, in text order (see joinBrokenParagraphs): no paragraph ends there. */
  breaks: Span[];
  lexicon: Lexicon;
  /** 1-based line and column of an offset. */
  point(offset: number): Point;
  /**
   * 1-based line and column in the input as given of an offset, for diagnostics and positions: `point`, but for an
   * HTML document read as text, whose lines are not the file's.
   */
  source(offset: number): Point;
  /** The block that starts on line `number` (1-based), if any. */
  blockOn(number: number): Block | undefined;
}

/**
 * Build the document model from normalised text and its mdast tree; `source` gives the offset and the text of the input
 * as given, where the text is not (an HTML document read as markdown).
 */
export function createDoc(text: string, tree: Root, lexicon: Lexicon, source?: { text: string; offset(offset: number): number }): Doc {
  const lines = splitLines(text);
  const blocks: Block[] = [];
  const strong: Span[] = [];
  const continued: Block[] = [];
  collect(tree, text, lines, blocks, strong, continued);
  const doc: Doc = {
    text,
    lines,
    blocks,
    strong,
    breaks: [],
    lexicon,
    point: (offset) => pointAt(lines, offset),
    source(offset) {
      if (!source) return pointAt(lines, offset);
      sourceLines ??= splitLines(source.text);
      return pointAt(sourceLines, source.offset(offset));
    },
    blockOn(number) {
      byLine ??= new Map(doc.blocks.map((block) => [block.line, block]));
      return byLine.get(number);
    },
  };
  // Built on first use, once the blocks below are final.
  let byLine: Map<number, Block> | undefined;
  let sourceLines: Line[] | undefined;
  endItemsAtParagraphs(doc, continued);
  splitRunOnParagraphs(doc);
  joinBrokenParagraphs(doc);
  linesAsItems(doc);
  tableRowsAsItems(doc);
  return doc;
}

/**
 * A list typed without markers: a line that ends with a colon and speaks of speeches or
 * presentations ("Speeches:", "Reports were made by:") over lines that each open with a capital,
 * a quote or a digit, and end with ";" or "." but for the last ("Keldibekov Nurlan, head physician
 * – “Staffing …”;"), two at least. Each of those lines is an item, as if it had a dash before it.
 * They are the rest of its paragraph; in minutes typed one paragraph per line, the one-line
 * paragraphs right under it, up to one that ends the list (with no ";"). A labelled line ends it.
 * So are such lines of a paragraph right under a heading that speaks of talks ("## Speakers", "4. Speakers").
 * A line may wrap on to the next (a line in lower case, or in capitals with no name first, under one that ends no
 * item, or any after a town's short word, goes on it).
 */
function linesAsItems(doc: Doc): void {
  const blocks = doc.blocks;
  // Built only once a list is found: most minutes have none.
  let out: Block[] | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    // (The head may close a paragraph's wrapped prose, "The platform was opened by …, who introduced the" / "participants
    // to the agenda. Then the following persons made speeches:" / "Name, role – on X;" / …: the prose down to it is the
    // paragraph.)
    const head = block.kind === 'paragraph' ? headLine(doc, block) : doc.lines[block.line - 1]!;
    // (Or a speakers or presentations label alone on its line with no colon, as a plain-text heading: "Speakers".)
    const items = block.kind === 'paragraph' && (endsWithColon(head.text) || labelsTalksAlone(doc, head.text)) ? unmarkedItems(doc, blocks, i, head) : undefined;
    // (Or the lines of a paragraph right under a heading that speaks of talks: "4. Speakers" / "Name, role – on X;" / "Name2, …".)
    const headed = !items && block.kind === 'paragraph' && blocks[i - 1]?.kind === 'heading' && block.text.includes('\n') ? linesUnderHeading(doc, block, blocks[i - 1]!) : undefined;
    if (headed) {
      out ??= blocks.slice(0, i);
      for (const line of headed) out.push(lineItem(doc, line, 0));
      continue;
    }
    if (!items) {
      out?.push(block);
      continue;
    }
    out ??= blocks.slice(0, i);
    out.push(paragraph(doc, block.start, head.start + head.text.length, block.line));
    for (const line of items.lines) {
      // (A programme's time is no part of its item: "10:15–10:45 “Title” – Name".)
      const time = items.timed ? (OPENS_WITH_TIME.exec(line.text)?.[0].length ?? 0) : 0;
      out.push(lineItem(doc, line, time));
    }
    if (items.after) out.push(paragraph(doc, items.after.start, items.after.start + items.after.text.length, items.after.number));
    i = items.next - 1;
  }
  if (out) doc.blocks = out;
}

/**
 * The line of a paragraph that heads a list typed without marks: its first, or a later one that ends with a colon under
 * lines of prose that end no clause (a hard wrap's: "… who introduced the" / "participants to the agenda. Then the
 * following persons made speeches:").
 */
function headLine(doc: Doc, block: Block): Line {
  const first = doc.lines[block.line - 1]!;
  if (endsWithColon(first.text) || !block.text.includes('\n')) return first;
  for (let n = block.line; n < doc.lines.length && doc.lines[n]!.start < block.end; n++) {
    const line = doc.lines[n]!;
    if (ENDS_CLAUSE.test(doc.lines[n - 1]!.text)) return first;
    if (endsWithColon(line.text)) return line;
  }
  return first;
}

/** The text after the last sentence's end in `text` (a stop, "!" or "?" before white space), or all of it. */
function lastSentence(text: string): string {
  const ends = [...text.matchAll(/[.!?]\s/g)];
  return ends.length > 0 ? text.slice(ends.at(-1)!.index + 2) : text;
}

/**
 * The lines under `head`, the head line of `blocks[i]`, that read as a list's items, and the index of the
 * block after them; undefined when there are fewer than two or the head does not speak of talks.
 * (`after`: the last line of an attendee list that counts the rest, a paragraph of its own.)
 */
function unmarkedItems(doc: Doc, blocks: Block[], i: number, head: Line): { lines: Line[]; next: number; timed?: boolean; after?: Line } | undefined {
  const block = blocks[i]!;
  // What the head says: its line, or under prose its last sentence, from the line before ("… Then the following persons
  // made" / "speeches:").
  const said = head.number === block.line ? head.text : lastSentence(doc.text.slice(doc.lines[head.number - 2]!.start, head.start + head.text.length));
  // A line that opens in lower case under one that ends no item is that item wrapped on to it, as a hard wrap leaves it
  // ("Name (Ministry of Economy) - green" / "economy programme;"): one item of the two lines; so is one in capitals that
  // opens with no name, quote or number ("… of the Community Based" / "Tourism association – on homestays;"; not the next
  // entry, "Jumabekov A.K. – …", "“Title” – Name", "10:15 …"), and any line under one that ends with a town's short word
  // ("… начальника УВД г." / "Ош;"). (Not an attendee list's last line that counts the rest, "… / teachers, parents – 37
  // persons in total", read below.)
  const counts = (text: string) => /\d/.test(text) && hasWord(text, doc.lexicon.words.people);
  // (So is a line that opens with a quotation under one that ends with a colon: the talk after its speaker, "Name (role):" /
  // "“Title”.")
  const wrapsOn = (last: Line, line: Line) =>
    endsWithTownWord(last.text, doc.lexicon) ||
    (endsWithColon(last.text) && OPENS_QUOTE.test(line.text)) ||
    (!ENDS_ITEM.test(last.text) && (OPENS_LOWER.test(line.text.trimStart()) || DASH_BEFORE_LOWER.test(line.text) || (OPENS_CAPITAL.test(line.text.trimStart()) && !opensWithName(doc, line.text))) && !counts(line.text));
  // Each item's first and last line.
  const runs: [Line, Line][] = [];
  for (let n = head.number; n < doc.lines.length && doc.lines[n]!.start < block.end; n++) {
    const line = doc.lines[n]!;
    const run = runs.at(-1);
    if (run && wrapsOn(run[1], line)) run[1] = line;
    else runs.push([line, line]);
  }
  // (Each item's text sliced once: a long run of wrapped lines stays linear.)
  const lines: Line[] = runs.map(([first, last]) => (first === last ? first : { ...first, text: doc.text.slice(first.start, last.start + last.text.length) }));
  // A programme, a line each opening with its time: "Programme:" / "10:00–10:15 Opening remarks – Name" / "10:15 “Title” – Name, role".
  if (lines.length >= 2 && lines.every((line) => OPENS_WITH_TIME.test(line.text))) return { lines, next: i + 1, timed: true };
  const reads = (line: Line, last: boolean) => readsAsItem(doc, line, last);
  if (!lines.every((line, k) => reads(line, k === lines.length - 1))) {
    // An attendee list a line each, with no end marks: "List of participants:" / "Abdyrov T.Sh. – Chairman of …" / "Jumabekov A.K. – deputy governor".
    const entry = (line: Line) => !isLabelLine(doc, line) && opensWithName(doc, line.text);
    // Its last line may count the rest, a paragraph of its own: "… / Kim L.V. – director of school No. 3" / "teachers and
    // parents – 37 persons in total (29 women, 8 men)".
    const last = lines.at(-1)!;
    const counts = lines.length >= 3 && /\d/.test(last.text) && hasWord(last.text, doc.lexicon.words.people) && !entry(last);
    const named = counts ? lines.slice(0, -1) : lines;
    if (named.length < 2 || !named.every(entry) || !namesPeople(doc, said)) return undefined;
    return counts ? { lines: named, next: i + 1, after: last } : { lines, next: i + 1 };
  }
  let j = i + 1;
  for (; j < blocks.length; j++) {
    const next = blocks[j]!;
    const line = doc.lines[next.line - 1]!;
    const above = lines.at(-1) ?? head;
    // (Or a paragraph of its own a blank line below, where it opens with a name or a quotation as an entry does, in
    // minutes with a blank line after every paragraph: "Speakers:" / "" / "Abdieva N., chief doctor …" / "" / "Dr. Petrov
    // I., epidemiologist".)
    const apart = next.line === above.number + 2 && doc.lines[above.number]!.text.trim() === '' && (opensWithName(doc, line.text) || OPENS_QUOTE.test(line.text));
    const under = next.line === above.number + 1 && (lines.length === 0 || GOES_ON.test(above.text));
    if (next.kind !== 'paragraph' || next.text.includes('\n') || !(apart || under) || !reads(line, true)) break;
    lines.push(line);
  }
  // (The words last: the costliest test, on the few heads left.)
  return lines.length >= 2 && speaksOfTalks(doc, said) ? { lines, next: j } : undefined;
}

/** A line as a list item, from `skip` characters into it, white space trimmed. */
function lineItem(doc: Doc, line: Line, skip: number): Block {
  const span = trimSpan(doc.text, line.start + skip, line.start + line.text.length);
  return { kind: 'listItem', start: span.start, end: span.end, text: doc.text.slice(span.start, span.end), line: line.number };
}

/** Whether a line reads as an item of a list typed without markers: it opens as one, labels nothing, and ends with ";" or "." unless `last`. */
function readsAsItem(doc: Doc, line: Line, last: boolean): boolean {
  return OPENS_ITEM.test(line.text) && !isLabelLine(doc, line) && (last || ENDS_ITEM.test(line.text));
}

/**
 * The lines of `block`, two or more, when each reads as an item and as a talk's entry, and the heading right above it
 * speaks of talks (linesAsItems).
 */
function linesUnderHeading(doc: Doc, block: Block, heading: Block): Line[] | undefined {
  const lines: Line[] = [];
  for (let n = block.line - 1; n < doc.lines.length && doc.lines[n]!.start < block.end; n++) lines.push(doc.lines[n]!);
  // (Each line an entry of a talk, opening with its presenter's name or its quoted title: lines of prose under
  // "## Presentations", "The roads were bad." / "The schools too.", stay a paragraph.)
  const entry = (line: Line) => opensWithName(doc, line.text) || OPENS_QUOTE.test(line.text);
  if (lines.length < 2 || !lines.every((line, k) => readsAsItem(doc, line, k === lines.length - 1) && entry(line))) return undefined;
  return speaksOfTalks(doc, heading.text) ? lines : undefined;
}

/** Whether a list's head line speaks of talks or of attendees ("List of participants:", "Attended:"). */
function namesPeople(doc: Doc, head: string): boolean {
  return hasWord(head, doc.lexicon.labels.participants) || speaksOfTalks(doc, head);
}

/** Whether a line opens with a person's name, after emphasis or an honorific at most ("Abdyrov T.Sh. – …", "**Ms. Aida Bekova**, …"). */
function opensWithName(doc: Doc, line: string): boolean {
  const name = findNames(line.slice(0, NAME_REACH), doc.lexicon)[0];
  if (!name) return false;
  const before = line.slice(0, name.start).replace(/[\s*_.]+/g, ' ').trim().toLowerCase();
  return before === '' || before.split(' ').every((w) => doc.lexicon.words.honorifics.includes(w));
}

/** How far into a line its opening name is looked for. */
const NAME_REACH = 80;

/** Whether a line is only a label of the lexicon's speakers or presentations, emphasis aside ("Speakers", "**Presentations**"). */
function labelsTalksAlone(doc: Doc, line: string): boolean {
  const word = line.replace(/[*_]/g, '').trim().toLowerCase();
  return word.length > 0 && word.length <= MAX_TALKS_LABEL && (doc.lexicon.labels.speakers.includes(word) || doc.lexicon.labels.presentations.includes(word));
}

/** The longest line read as a talks label alone. */
const MAX_TALKS_LABEL = 40;

/** Whether a line ends with a colon, before any emphasis marks and white space. */
function endsWithColon(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && (line[i] === ' ' || line[i] === '\t' || line[i] === '*' || line[i] === '_')) i--;
  return line[i] === ':' || line[i] === '：';
}

// A time or a range of times that opens a line, and the white space after it ("10:00–10:15 ", "9.30 am ", "14:00 – 15:30 ").
const OPENS_WITH_TIME = /^[ \t]*[*_]*\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]*[-–—][ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?)?[*_]*[ \t]+(?:[-–—:][ \t]+)?/i;

// A line that ends an item before the next: ";" or ".", before any closing emphasis, quote or bracket.
const ENDS_ITEM = /[.;][*_»”"’)]*[ \t]*$/;
// A line after which the list goes on into the next paragraph: it ends with ";".
const GOES_ON = /;[*_»”"’)]*[ \t]*$/;
const OPENS_ITEM = new RegExp(`^[ \\t]*(?:[*_]*[«“"„]|[*_]*[${UPPER}\\d])`, 'u');

/** Whether a line ends with a town's short word and its period, the town's name to come ("… УВД г.", "… in c."). */
function endsWithTownWord(line: string, lex: Lexicon): boolean {
  const word = line.trimEnd().split(/[\s(]/).at(-1)!.toLowerCase();
  return word.endsWith('.') && lex.words.city.includes(word);
}

// A line that opens with a quotation, past emphasis: a talk's title first ("“Roads” – Name").
const OPENS_QUOTE = /^[ \t]*[*_]*[«“"„]/;

/**
 * Whether a list's head line speaks of speeches or presentations: a label's content on two lines
 * ("Moderator:" / "Name, role." / "Professor.") is one value, not a list.
 */
function speaksOfTalks(doc: Doc, head: string): boolean {
  const { cues, labels } = doc.lexicon;
  return [cues.speech, cues.presentation, labels.speakers, labels.presentations].some((words) => hasWord(head, words));
}

/**
 * remark-parse reads no tables (a GFM extension): a table is one paragraph of text. Its body
 * rows are read as the items of a list ("Speakers:" over "| Aida Bekova | lawyer |"): each row
 * a block of its cells' text, which "|" separates; the header and delimiter rows give none.
 */
function tableRowsAsItems(doc: Doc): void {
  if (!doc.text.includes('|')) return;
  doc.blocks = doc.blocks.flatMap((block) => (block.kind === 'paragraph' && block.text.includes('|') ? cutTableRows(doc, block) : [block]));
}

/** `block` with each table in it cut out: the text before and after as paragraphs, each body row an item. */
function cutTableRows(doc: Doc, block: Block): Block[] {
  const out: Block[] = [];
  // Whether line `n` (1-based) is there and in the block.
  const inBlock = (n: number) => n <= doc.lines.length && doc.lines[n - 1]!.start < block.end;
  let from = block.start;
  let first = block.line;
  let n = block.line;
  while (inBlock(n + 1)) {
    const head = doc.lines[n - 1]!;
    const body = tableBody(doc.lines, n - 1);
    if (body === -1) {
      n++;
      continue;
    }
    if (head.start > from) out.push(paragraph(doc, from, head.start, first));
    // The body rows, past the header and delimiter rows.
    for (n = body + 1; inBlock(n) && TABLE_ROW.test(doc.lines[n - 1]!.text); n++) {
      const row = doc.lines[n - 1]!;
      const inner = trimSpan(doc.text, row.start + row.text.indexOf('|') + 1, row.start + row.text.lastIndexOf('|'));
      if (inner.end > inner.start && !EMPTY_ROW.test(row.text)) out.push({ kind: 'listItem', start: inner.start, end: inner.end, text: doc.text.slice(inner.start, inner.end), line: row.number });
    }
    from = inBlock(n) ? doc.lines[n - 1]!.start : block.end;
    first = n;
  }
  if (out.length === 0) return [block];
  if (from < block.end) out.push(paragraph(doc, from, block.end, first));
  return out;
}

/** A paragraph block of `doc.text[start, end)` without the white space at its ends, that starts on line `line`. */
function paragraph(doc: Doc, start: number, end: number, line: number): Block {
  const text = doc.text.slice(start, end);
  const from = start + (text.length - text.trimStart().length);
  const to = end - (text.length - text.trimEnd().length);
  return { kind: 'paragraph', start: from, end: to, text: doc.text.slice(from, to), line };
}

/**
 * When the minutes indent the first line of every paragraph, markdown reads the paragraph after
 * a list as its last item's continuation (it is indented as deep as the items' text). A later
 * paragraph of an item (`continued`) is therefore a paragraph of its own if it is labelled
 * ("Attendance: 28"), introduces a list ("Speakers:"), or is indented in a text whose paragraphs
 * mostly are.
 */
function endItemsAtParagraphs(doc: Doc, continued: Block[]): void {
  const indented = (block: Block) => /^[ \t]/.test(doc.lines[block.line - 1]!.text);
  const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph');
  const indentStyle = paragraphs.length >= 2 && 2 * paragraphs.filter(indented).length >= paragraphs.length;
  for (const block of continued) {
    if (opensList(block) || isLabelLine(doc, doc.lines[block.line - 1]!) || (indentStyle && indented(block))) block.kind = 'paragraph';
  }
}

// A line that ends a sentence or a clause, before any closing emphasis, quote or bracket.
const ENDS_CLAUSE = /[.:;!?][*_»”"’)]*[ \t]*$/;
const BARE_LABEL_END = /[:：][*_ \t]*$/;

/**
 * Minutes typed one paragraph per line with no blank line between them (as a word processor
 * saves plain text) come out of markdown as one long paragraph. In a text with (almost) no blank
 * lines, a paragraph is therefore cut after a line that ends a sentence or clause ("…, professor.",
 * "Suggestions made:") and before a labelled line; a line that breaks off mid-sentence (a wrapped
 * line, "Open dialogue platform" over "in Osh region …") goes on.
 */
function splitRunOnParagraphs(doc: Doc): void {
  // Blank lines between filled ones: none before the first or after the last count.
  let filled = 0;
  let blank = 0;
  let pending = 0;
  for (const line of doc.lines) {
    if (line.text.trim() === '') {
      if (filled > 0) pending++;
      continue;
    }
    filled++;
    blank += pending;
    pending = 0;
  }
  // Whether most lines end a clause; and how the text was wrapped, if it was (looked for once, and in a text with blank
  // lines only where a paragraph has a line longer than an editor wraps: a PDF's lines may be, wrapped all the same).
  let manyClauses: boolean | undefined;
  const clauses = () => (manyClauses ??= 2 * doc.lines.filter((line) => ENDS_CLAUSE.test(line.text)).length >= filled);
  let found: { wrapped?: Wrapping } | undefined;
  const wrappedText = () => (found ??= { wrapped: wrapping(doc, clauses() ? 2 : 4) }).wrapped;
  if (filled < 3 || 8 * blank >= filled) {
    doc.blocks = doc.blocks.flatMap((block) =>
      !block.text.includes('\n') ? [block] : block.kind === 'paragraph' ? (unwrappedBlock(doc, block, wrappedText) ?? cutBeforeLabels(doc, block)) : block.kind === 'listItem' ? cutLazyLabels(doc, block) : [block],
    );
    return;
  }
  // A text not wrapped by an editor: a line longer than wrapping leaves, or most lines end a
  // clause. Then a line opening with a capitalised word starts a paragraph too.
  // (Unless its lines were broken where the next word would not fit, whether most end a clause or not, however long:
  // then a line that is not so broken ends its paragraph before a capitalised word, "… on the topic «…»" / "The meeting
  // took place …". Where most lines end no clause, three in four of the others must fill the width: lines wrapped more
  // unevenly are cut at no capitalised line.)
  const wrapped = wrappedText();
  const unwrapped = (clauses() || doc.lines.some((line) => line.text.length > WRAP)) && !wrapped;
  doc.blocks = doc.blocks.flatMap((block) => (block.kind === 'paragraph' || block.kind === 'listItem' ? cutAtLineEnds(doc, block, unwrapped, wrapped) : [block]));
  // (A list item is cut, too, before a line that opens a list of its own, a capitalised sentence that ends with a colon,
  // which markdown runs on into it: "* Nurmatov Aibek — farmer, Bakai-Ata district" / "The meeting adopted the following
  // resolutions:".)
  doc.blocks = doc.blocks.flatMap((block) => (block.kind === 'listItem' && block.text.includes('\n') ? cutLines(doc, block, (_, next) => !/^[ \t]/.test(next.text) && BARE_LABEL_END.test(next.text) && OPENS_WORD.test(next.text)) : [block]));
}

/**
 * A paragraph or list item broken off mid-sentence by a blank line, as a page break leaves one (its page number or
 * label blanked between, src/pipeline/page-numbers.ts) or a copy from a PDF does, goes on in the paragraph after it:
 * "… was presented by the inspector of the" / "" / "juvenile affairs department …, captain of police - Name." is one
 * paragraph, and a label's value goes on in it (src/labels.ts). Where, brokenOff says.
 */
function joinBrokenParagraphs(doc: Doc): void {
  const out: Block[] = [];
  // The run being joined: its first block and the last joined to it. (The joined block is made once a run ends, so a run
  // of thousands of broken paragraphs is copied once, not once per paragraph.)
  let first: Block | undefined;
  let last: Block | undefined;
  const close = () => {
    if (first && last && last !== first) out[out.length - 1] = { ...first, end: last.end, text: doc.text.slice(first.start, last.end) };
  };
  for (const block of doc.blocks) {
    if (last && block.kind === 'paragraph' && (last.kind === 'paragraph' || last.kind === 'listItem') && brokenOff(doc, first!, last, block)) {
      doc.breaks.push({ start: last.end, end: block.start });
      last = block;
      continue;
    }
    close();
    out.push(block);
    first = last = block;
  }
  close();
  doc.blocks = out;
}

/**
 * Whether paragraph `next` goes on paragraph or list item `last`, which a blank line or two broke off mid-sentence
 * (joinBrokenParagraphs; `first` is the block of its run that `last` was joined to, or `last` itself): where the last
 * line ends no clause and ends with a word that leads on (an article, a joining word, a preposition), or is a full line
 * (no title's, "Open dialogue platform" over "in Osh region …") and a name goes on over the break or `next` opens in lower
 * case; a list item only over a word that leads on or its tail. Not over a label's line, nor where a paragraph holds a
 * list's item (a list is read by its lines, which go on past a blank line).
 */
function brokenOff(doc: Doc, first: Block, last: Block, next: Block): boolean {
  const endLine = doc.point(last.end).line;
  if (!/^\s*$/.test(doc.text.slice(last.end, next.start)) || next.line - endLine > MAX_BREAK_LINES) return false;
  const end = doc.lines[endLine - 1]!;
  if (ENDS_CLAUSE.test(end.text)) return false;
  const opening = doc.lines[next.line - 1]!;
  // (Its last words only: the pattern of words that lead on is tried at every position of what it is given.)
  const tail = end.text.slice(-NAME_REACH);
  const opens = opening.text.trimStart();
  let goesOn: boolean;
  if (leadsOn(tail, doc.lexicon)) goesOn = true;
  // (A list item otherwise only over its tail, one short line in lower case: "… of Chui regional" / "" / "administration;";
  // a longer paragraph in lower case after a list may be a sentence of its own.)
  else if (first.kind === 'listItem') goesOn = !next.text.includes('\n') && next.text.length < FULL_LINE && OPENS_LOWER.test(next.text);
  // (A paragraph otherwise only under a full line: "Протокол" / "" / "Женщин: 18, …" would read as a name.)
  else if (end.text.trim().length < FULL_LINE) goesOn = false;
  else goesOn = OPENS_LOWER.test(opens) || (CAPITAL_END.test(tail) && OPENS_CAPITAL.test(opens) && !isLabelLine(doc, opening) && nameAcross(end.text, opening.text, doc.lexicon));
  // (Nor where a paragraph holds a list's item: a list is read by its lines, which go on past a blank line on their own.
  // A run's first block alone is looked at: no later one that holds an item is ever joined to it. Asked last: the
  // document's labels are looked up only where a paragraph may go on.)
  return goesOn && !(last === first && last.kind === 'paragraph' && ITEM_LINE.test(last.text)) && !ITEM_LINE.test(next.text) && !isLabelLine(doc, opening);
}

// A line that ends with a capitalised word, as a name's first part does (looked for before the names are: findNames is costly).
const CAPITAL_END = new RegExp(`(?:^|[ \\t(])[*_]*[${UPPER}][${LETTER}’'.-]*[*_,]*[ \\t]*$`, 'u');
/** The most line breaks between two paragraphs that a page break leaves (blank, page number, blank). */
const MAX_BREAK_LINES = 6;
// A line that opens with a list's mark, a number, or a word and a number ("- …", "2) …", "Proposal 2. …").
const ITEM_LINE = /^[ \t]*(?:[-*+•]|\d{1,3}[.)]|[^\s\d]+[ \t]+(?:No\.?[ \t]*)?\d{1,3}[.:)])[ \t]/m;

/** How a text was wrapped: at what width, lines measured in characters or, as `fold` counts them, in UTF-8 bytes. */
interface Wrapping {
  width: number;
  length: (text: string) => number;
  /**
   * The least a line broken mid-sentence (over a line in lower case) filled: its line, a space and the next word over
   * the width. Above 1 where an editor or `fold` wrapped it; below where lines were wrapped unevenly, a PDF's set in a
   * proportional font, where a line as full as that counts as broken to fit too.
   */
  floor: number;
}

/**
 * How the text's lines were wrapped, where those that end no clause were broken where the next word would not fit (an
 * editor's or `fold`'s wrapping, at the longest line's width, in characters or bytes, whichever more lines fill): two
 * such lines at least, and (share − 1) / share of those that end no clause and stand over no labelled line; else
 * undefined. (Short reports wrapped so may have half their lines end a clause, items and labelled lines; typed one
 * paragraph per line, a line that ends no clause is a heading or a label's, far from the width.)
 */
function wrapping(doc: Doc, share: number): Wrapping | undefined {
  let best: { wrapping: Wrapping; fit: number } | undefined;
  for (const length of [charLength, byteLength]) {
    let width = 0;
    for (const line of doc.lines) width = Math.max(width, length(line.text.trimEnd()));
    const wrapping: Wrapping = { width, length, floor: Infinity };
    for (let n = 0; n + 1 < doc.lines.length; n++) {
      const line = doc.lines[n]!;
      const next = doc.lines[n + 1]!;
      // (Not a line far shorter, a heading's that goes on to its next line: "OPEN DIALOGUE PLATFORM" / "in Jalal-Abad region …".)
      const full = line.text.trim() !== '' && !ENDS_CLAUSE.test(line.text) && LOWER_WORD.test(next.text) ? filled(line, next, wrapping) / width : 0;
      if (full >= UNEVEN) wrapping.floor = Math.min(wrapping.floor, full);
    }
    let open = 0;
    let fit = 0;
    for (let n = 0; n + 1 < doc.lines.length; n++) {
      const line = doc.lines[n]!;
      // (A line over a labelled one ends there however the text was typed: "Дата проведения: 02/12/2021" / "Место …".)
      if (line.text.trim() === '' || doc.lines[n + 1]!.text.trim() === '' || ENDS_CLAUSE.test(line.text) || isLabelLine(doc, doc.lines[n + 1]!)) continue;
      open++;
      if (fillsWidth(line, doc.lines[n + 1]!, wrapping)) fit++;
    }
    if (fit >= 2 && share * fit >= (share - 1) * open && fit > (best?.fit ?? 0)) best = { wrapping, fit };
  }
  return best?.wrapping;
}

/** The least a line wrapped unevenly fills of the width, its next word with it. */
const UNEVEN = 0.75;

/** A text's length in characters. */
function charLength(text: string): number {
  return text.length;
}

/** A text's length in UTF-8 bytes, as `fold` counts it. */
function byteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // (A surrogate pair's two halves are four bytes.)
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xe000 ? 2 : 3;
  }
  return bytes;
}

/** Whether a line was broken because the next line's first word would not fit on it (or, wrapped unevenly, it is as full as one that was). */
function fillsWidth(line: Line, next: Line, wrapping: Wrapping): boolean {
  const full = filled(line, next, wrapping);
  return full > wrapping.width || (wrapping.floor < 1 && full >= wrapping.floor * wrapping.width);
}

/** A line's length with a space and the next line's first word. */
function filled(line: Line, next: Line, wrapping: Wrapping): number {
  const word = FIRST_WORD.exec(next.text.trimStart())?.[0] ?? '';
  // (`fold -s`, which leaves the space at the line's end, breaks before a word that would end right at the width too.)
  const fold = FOLD_END.test(line.text) ? 1 : 0;
  return wrapping.length(line.text.trimEnd()) + 1 + wrapping.length(word) + fold;
}

/**
 * Whether a line that ends with a clause's mark, in wrapped text, was only broken there to fit: it fills the width,
 * and the next line goes on in lower case ("… 18 men:" / "representatives of …") or the line ends with a semicolon, as
 * a list inside a sentence goes on ("Speakers: Name, director of …;" / "Name2, ecologist.").
 */
function wrapsOn(line: Line, next: Line, wrapping: Wrapping): boolean {
  return fillsWidth(line, next, wrapping) && (LOWER_WORD.test(next.text) || GOES_ON.test(line.text));
}

// A word of two letters or more in lower case that opens a line (not an item's letter, "b) …").
const LOWER_WORD = new RegExp(`^[ \\t]*[${LOWER}]{2,}(?![${LETTER}]*\\))`, 'u');

// The space that `fold -s` leaves at a line's end.
const FOLD_END = /\S[ \t]$/;

// The first word of a line, with what is typed against it ("“Umut”.").
const FIRST_WORD = /^\S+/;

/**
 * A paragraph with a line longer than an editor wraps, in a text with blank lines: typed one paragraph per line where
 * its blank lines were left out ("Report on the round table in Karakol city" / "On 10 December 2021 a round table …
 * was held …"), it is cut as a text with none is (cutAtLineEnds); undefined for a wrapped one, one that opens with a
 * colon's line, or a speaker's entry, or in a text whose lines were broken where the next word would not fit (a PDF's
 * lines may be longer than an editor's).
 */
function unwrappedBlock(doc: Doc, block: Block, wrappedText: () => Wrapping | undefined): Block[] | undefined {
  // (Not lines under a colon that opens them, a list typed without marks: "Programme:" / "10:15–10:45 “Title” – Name, …".)
  const lines = block.text.split('\n');
  if (!lines.some((line) => line.length > WRAP) || BARE_LABEL_END.test(lines[0]!) || isEntry(block, doc.lexicon) || wrappedText()) return undefined;
  return cutAtLineEnds(doc, block, true);
}

/**
 * Whether a paragraph is a speaker's entry: a line of it labelled with a position ("Speaker 1: Name" / "Position: …" /
 * "Topic: “…”"), or a first line labelled with one person over a line labelled with a talk ("Speaker: Name, guide" /
 * "Topic: Safety in the mountains"), past a line or two that label nothing ("Session 1"). Its lines are one speaker's.
 */
export function isEntry(block: Block, lex: Lexicon): boolean {
  // (Once per block: a paragraph of thousands of labels asks for each.)
  let entry = entries.get(block);
  if (entry === undefined) {
    const lines = block.text.split('\n');
    // (Under a line or two that name the part of the meeting and label nothing: "Session 1" / "Presenter: Name" / "Topic: …".)
    const first = lines.findIndex((line, i) => i >= MAX_ENTRY_HEAD || !UNLABELLED.test(line));
    entry =
      lines.some((line) => opensWithLabel(line, lex.words.positionLabels)) ||
      (first >= 0 && lines.length > first + 1 && opensWithLabel(lines[first]!, lex.words.entryLabels) && lines.slice(first + 1).some((line) => opensWithLabel(line, lex.words.talkColumns)));
    entries.set(block, entry);
  }
  return entry;
}

/**
 * In a speaker's entry (isEntry), the text after the colon of each line labelled with a talk ("Topic: Safety in the
 * mountains"), as offsets in the document.
 */
export function entryTalks(block: Block, lex: Lexicon): Span[] {
  const out: Span[] = [];
  let at = block.text.indexOf('\n');
  while (at >= 0) {
    const next = block.text.indexOf('\n', at + 1);
    const line = block.text.slice(at + 1, next < 0 ? block.text.length : next);
    let last = next;
    if (opensWithLabel(line, lex.words.talkColumns)) {
      const colon = line.indexOf(':');
      const from = block.start + at + 1 + colon + 1;
      let end = from + line.length - colon - 1;
      // (On over the lines a wrap cut it on to, that label nothing and open in lower case or with a digit, where no stop
      // ends it: "Topic: Protection orders: practice in" / "2021."; not "Questions were asked.")
      for (let tail = line; last >= 0 && !TALK_END.test(tail); ) {
        const after = block.text.indexOf('\n', last + 1);
        const more = block.text.slice(last + 1, after < 0 ? block.text.length : after);
        if (!UNLABELLED.test(more) || !TALK_GOES_ON.test(more)) break;
        end = block.start + last + 1 + more.length;
        [tail, last] = [more, after];
      }
      out.push({ start: from, end });
    }
    at = last;
  }
  return out;
}

/** Whether a block is one line labelled with a speaker's entry label ("Speaker: Name, role", "Докладчик: …"): an agenda point's presenter. */
export function isPresenterLine(block: Block, lex: Lexicon): boolean {
  return block.kind === 'paragraph' && !block.text.includes('\n') && opensAsPresenter(block.text, lex);
}

/** Whether a line opens with a speaker's entry label and its colon or a spaced dash ("Speaker: Name", "Докладчик – Name"). */
export function opensAsPresenter(line: string, lex: Lexicon): boolean {
  return opensWithLabel(line, lex.words.entryLabels, PRESENTER_SEPARATOR);
}

// A label's colon, or a spaced dash after a presenter's label ("Speaker – Name").
const PRESENTER_SEPARATOR = /^[ \t]*(?:\*\*|__)?[ \t]*(?::|[–—]|-(?=[ \t]))/;

/** The index of the first block at or after `index` that is no presenter's line (isPresenterLine): "Speaker: …" / "Co-speaker: …" are passed. */
function presentersFrom(doc: Doc, index: number): number {
  let i = index;
  while (i < doc.blocks.length && isPresenterLine(doc.blocks[i]!, doc.lexicon)) i++;
  return i;
}

/** Whether `line` opens with one of `labels`, maybe numbered ("Speaker 1:", "Speaker No. 2:"), and its colon (or what `separator` reads). */
function opensWithLabel(line: string, labels: readonly string[], separator = NUMBERED_COLON): boolean {
  const lower = line.trimStart().replace(EMPHASIS_LEAD, '').toLowerCase();
  return labels.some((w) => lower.startsWith(w) && separator.test(lower.slice(w.length)));
}

const EMPHASIS_LEAD = /^(?:\*\*|__)/;
// (The number's sign as labels.ts reads a numbered label's: "No.", "№".)
const NUMBERED_COLON = new RegExp(String.raw`^(?:[ \t]+${NUMBER_SIGN}?[ \t]*\d{1,2})?[ \t]*(?:\*\*|__)?[ \t]*:`, 'i');

/** The most lines that label nothing above a speaker's entry's first line ("Session 1", "Day 2, morning"). */
const MAX_ENTRY_HEAD = 2;

// A line with no label: no colon followed by a space or the line's end ("10:00" is a time, not a label).
const UNLABELLED = /^(?!.*:(?:\s|$)).*$/;

// A stop or closing quote that ends a talk's line.
const TALK_END = /[.;!?"”»][ \t]*$/;

// A line that opens with a bracket, a digit or in lower case: what a talk's line before it did not end goes on.
const TALK_GOES_ON = new RegExp(`^[ \\t]*[(\\d${LOWER}]`, 'u');

const entries = new WeakMap<Block, boolean>();

/**
 * A paragraph of labelled lines in a text with blank lines ("Topic: …" / "Moderator: …" / "Speakers: …"):
 * cut before each labelled line after its first, as each field starts there; the lines that go on a
 * label's content stay with it. Not a speaker's entry (isEntry): its lines are one speaker's.
 */
function cutBeforeLabels(doc: Doc, block: Block): Block[] {
  const cut = cutLines(doc, block, (line, next) => isLabelLine(doc, next) || paragraphAfterLabel(doc, line, next));
  return cut.length > 1 && !isEntry(block, doc.lexicon) ? cut : [block];
}

/**
 * Whether `next` starts a paragraph typed right under a labelled line whose value ends a sentence, there or on a line
 * or two it was wrapped on to: it opens with a capitalised word that is no one's name ("**Количество участников:** 40
 * человек, …" / "С докладом выступила …", "Total: 27 …, 15 are" / "men." / "Welcoming speeches …"; not "Speakers: Asanov
 * Bolot, expert." / "Kim Oleg, lawyer.", nor a value wrapped on, nor a list under the label).
 */
function paragraphAfterLabel(doc: Doc, line: Line, next: Line): boolean {
  // (The cheap tests first: the patterns compile only where a labelled line ends a sentence.)
  // (A name opens it too where its line says what the person did: "Attendance: 28 participants (…)." / "Ms. Dzhaparova
  // opened the hearing. …".)
  return endsSentence(line.text, doc.lexicon) && OPENS_WORD.test(next.text) && inLabelValue(doc, line) && (!opensWithName(doc, next.text.trimStart()) || hasWord(next.text, doc.lexicon.words.actions));
}

/**
 * Whether a line is a labelled line, or one its value was wrapped on to, a line or two below it with no clause ended
 * between ("Total: 27 participants, of whom 12 are women and 15 are" / "men.").
 */
function inLabelValue(doc: Doc, line: Line): boolean {
  for (let n = line.number; n >= Math.max(1, line.number - 2); n--) {
    const above = doc.lines[n - 1]!;
    if (n < line.number && (above.text.trim() === '' || ENDS_CLAUSE.test(above.text))) return false;
    if (isLabelLine(doc, above)) return true;
  }
  return false;
}

/** Whether `line` ends a sentence: a period as sentenceEnd reads one (not "… 2021 г." / "Токмок", nor "Prof."), "!" or "?". */
function endsSentence(line: string, lex: Lexicon): boolean {
  const m = SENTENCE_MARK_END.exec(line);
  if (!m) return false;
  return m[1] !== '.' || sentenceEnd(line, m.index, lex) === m.index;
}

// A sentence's mark that ends a line, before any closing emphasis, quote or bracket.
const SENTENCE_MARK_END = /([.!?])[*_»”"’)]*[ \t]*$/;
// A capitalised word, or a capital that is a word before one in lower case ("С докладом", "A meeting"); no number or list mark.
const OPENS_WORD = new RegExp(`^[ \\t]*[*_«“"„]*[${UPPER}](?:[${LOWER}]|[ \\t]+[${LOWER}])`, 'u');

/**
 * A list item whose paragraph markdown ran on over labelled lines typed right under it, not indented ("- Erlan
 * Usenov, farmer" / "Moderator: …" / "Totally: 20 participants"): cut before each, as the fields start there. (Lines
 * indented under the item are its own; so are the lines of a speaker's entry, isEntry.)
 */
function cutLazyLabels(doc: Doc, block: Block): Block[] {
  // (And before a paragraph typed on one line right under the list, longer than an editor wraps: "2. Skills … (Name,
  // director …)" / "Nurlan Bekov, deputy mayor of Talas city, for his part, noted that …".)
  // (And before a line that opens a list of its own, a capitalised sentence that ends with a colon: "- доступа к кредитам." /
  // "По итогам встречи участники рекомендовали:".)
  const cut = cutLines(doc, block, (_, next) => !/^[ \t]/.test(next.text) && (isLabelLine(doc, next) || ((next.text.length > WRAP || BARE_LABEL_END.test(next.text)) && OPENS_WORD.test(next.text))));
  return cut.length > 1 && !isEntry(block, doc.lexicon) ? cut : [block];
}

/** Text wrapped by an editor or a PDF export has no line longer than this. */
const WRAP = 100;
// A capitalised word ("The", "Баткенская"), not one in capitals ("IN OSH REGION" goes on a title).
const OPENS_CAPITALISED = new RegExp(`^[ \\t]*[*_«“"„]*(?:[${UPPER}][${LOWER}]|\\d)`, 'u');

/**
 * `block` cut into one block per run of lines: after each line that ends a clause, before a
 * labelled line, and, in `unwrapped` text, before a line that opens with a capitalised word (in text `wrapped` at a
 * width, where the line above was not broken for that word to fit); never right after a label with nothing after its
 * colon. In wrapped text, a line that leaves a quotation open ends no clause ("… “Batken." / "Migration and Prospects”
 * …"), nor one broken to fit before a word in lower case or after a semicolon; and no line that opens with a
 * patronymic opens a paragraph ("… Ташиев Бакыт" / "Абдыкадырович.").
 */
function cutAtLineEnds(doc: Doc, block: Block, unwrapped: boolean, wrapped?: Wrapping): Block[] {
  return cutLines(
    doc,
    block,
    (line, next) =>
      (endsClause(doc, line.text) && !(!unwrapped && leavesQuoteOpen(line.text)) && !(wrapped !== undefined && wrapsOn(line, next, wrapped))) ||
      isLabelLine(doc, next) ||
      ((unwrapped || (wrapped !== undefined && !fillsWidth(line, next, wrapped))) &&
        OPENS_CAPITALISED.test(next.text) &&
        !itemWrapsOn(doc, block, line, next) &&
        !endsShortWord(doc, line.text) &&
        !opensWithPatronymic(next.text, doc.lexicon) &&
        !leadsOn(line.text, doc.lexicon) &&
        !nameAcross(line.text, next.text, doc.lexicon)),
  );
}

/**
 * Whether a line ends with the period of a short word that ends no sentence ("… and by Ms."): the next line goes on it.
 * (The sentence's pattern only after a short word: most lines end otherwise; an abbreviation in capitals ends one, "…
 * проекта ЕС." / "Количество …".)
 */
function endsShortWord(doc: Doc, line: string): boolean {
  return SHORT_WORD_END.test(line) && !ACRONYM_END.test(line) && !endsSentence(line, doc.lexicon);
}

/**
 * Whether a person's name runs from the end of a line on to the next ("… was presented by Temirova" / "Aigul, expert
 * of …"): read in the last words of the one and the first of the other, joined.
 */
function nameAcross(line: string, next: string, lex: Lexicon): boolean {
  // (Read within a name's reach of the break: a long line is not searched from each of its words.)
  const end = LAST_WORDS.exec(line.slice(-NAME_REACH))?.[0] ?? '';
  const start = FIRST_WORDS.exec(next.slice(0, NAME_REACH))?.[1] ?? '';
  if (end === '' || start === '') return false;
  const joint = end.length;
  return findNames(`${end} ${start}`, lex).some((name) => name.start < joint && name.end > joint + 1);
}

// A line's last three words and its first three, with what is typed against them.
const LAST_WORDS = /(?:\S+[ \t]+){0,2}\S+(?=[ \t]*$)/;
const FIRST_WORDS = /^[ \t]*(\S+(?:[ \t]+\S+){0,2})/;

/**
 * Whether a line ends with a word that needs more after it, an article, a joining word or a preposition ("… and Bermet
 * Alieva, head of the" / "Women's Council."): no paragraph ends there.
 */
function leadsOn(line: string, lex: Lexicon): boolean {
  return memoRegExp(lex, 'document.leadsOn', () => ignoreCase(`(?:^|[ \\t])(?:${alternation([...lex.words.articles, ...lex.words.conjunctions, ...lex.words.titleStops, ...lex.words.personWords])})[ \\t]*$`)).test(line);
}

/**
 * Whether a list item's line that ends no clause goes on to the capitalised line under it: one that ends as the
 * items do, with a semicolon ("1. Name – председатель" / "Таласского областного суда;"; not "1. Build a school" / "The
 * meeting was closed."). (Under a word that leads on, "1. Name – chairman of the" / "Talas Regional Court.", any line
 * goes on: leadsOn.)
 */
function itemWrapsOn(doc: Doc, block: Block, line: Line, next: Line): boolean {
  return block.kind === 'listItem' && !endsClause(doc, line.text) && ITEM_SEMICOLON_END.test(next.text);
}

const ITEM_SEMICOLON_END = /;[*_ \t]*$/;

/**
 * Whether a line ends a clause: a colon, semicolon or sentence's end, but not a period after a short word that ends no
 * sentence, an honorific's or an initial's ("… and by Ms." / "Cholpon Abdyrakhmanova, …").
 */
function endsClause(doc: Doc, line: string): boolean {
  return ENDS_CLAUSE.test(line) && !endsShortWord(doc, line);
}

// A word of up to four letters and its period that end a line ("Ms.", "Dr.", "T.Sh.", "г.").
const SHORT_WORD_END = new RegExp(`(?:^|[^${LETTER}])[${LETTER}]{1,4}\\.[*_ \\t]*$`, 'u');
// Two to four capitals and a period that end a line ("EU.", "КР.").
const ACRONYM_END = new RegExp(`(?:^|[^${LETTER}.])[${UPPER}]{2,4}\\.[*_ \\t]*$`, 'u');

/** `block` cut into one block per run of lines, between each line and the next that `cuts` parts; never right after a label alone on its line. */
function cutLines(doc: Doc, block: Block, cuts: (line: Line, next: Line) => boolean): Block[] {
  const out: Block[] = [];
  let from = block.start;
  let kind = block.kind;
  let first = block.line;
  for (let n = block.line; n < doc.lines.length; n++) {
    const line = doc.lines[n - 1]!;
    const next = doc.lines[n]!;
    const end = line.start + line.text.length;
    if (end >= block.end) break;
    // A label alone on its line ("**Moderator:**") has its content on the next.
    const bareLabel = BARE_LABEL_END.test(line.text) && isLabelLine(doc, line);
    if (bareLabel || !cuts(line, next)) continue;
    out.push({ kind, start: from, end, text: doc.text.slice(from, end), line: first });
    from = next.start + (next.text.length - next.text.trimStart().length);
    kind = 'paragraph';
    first = next.number;
  }
  out.push({ kind, start: from, end: block.end, text: doc.text.slice(from, block.end), line: first });
  return out;
}

/** Split text (already normalised to `\n`) into lines with their offsets. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let number = 1;
  for (;;) {
    const end = text.indexOf('\n', start);
    if (end === -1) {
      lines.push({ number, start, text: text.slice(start) });
      return lines;
    }
    lines.push({ number, start, text: text.slice(start, end) });
    start = end + 1;
    number++;
  }
}

/** Binary search for the line holding `offset`. */
function pointAt(lines: Line[], offset: number): Point {
  // The last line starting at or before `offset` (the first always does).
  const line = lines[Math.max(0, bisect(lines.length, (i) => lines[i]!.start <= offset) - 1)]!;
  return { line: line.number, column: Math.max(1, Math.min(offset - line.start, line.text.length) + 1) };
}

// `continued` gathers the paragraphs of list items after their first (see createDoc).
function collect(node: Nodes, text: string, lines: Line[], blocks: Block[], strong: Span[], continued: Block[]): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (node.type === 'strong' && start !== undefined && end !== undefined) {
    const first = node.children[0]?.position?.start.offset ?? start + 2;
    const last = node.children.at(-1)?.position?.end.offset ?? end - 2;
    strong.push({ start: first, end: last });
  }
  if ((node.type === 'heading' || node.type === 'paragraph') && start !== undefined && end !== undefined) {
    // A heading's text starts after its `#` markers: take its children's range.
    const from = node.type === 'heading' ? (node.children[0]?.position?.start.offset ?? end) : start;
    const to = node.type === 'heading' ? (node.children.at(-1)?.position?.end.offset ?? end) : end;
    blocks.push({ kind: node.type, start: from, end: to, text: text.slice(from, to), line: pointAt(lines, from).line });
  } else if ((node.type === 'code' || node.type === 'html') && start !== undefined && end !== undefined) {
    // Indented text becomes a code block in markdown; in minutes it is still prose.
    blocks.push({ kind: 'other', start, end, text: text.slice(start, end), line: pointAt(lines, start).line });
  }
  if ('children' in node) {
    for (const child of node.children) {
      if (node.type === 'listItem' && child.type === 'paragraph') {
        const s = child.position!.start.offset!;
        const e = child.position!.end.offset!;
        const block: Block = { kind: 'listItem', start: s, end: e, text: text.slice(s, e), line: pointAt(lines, s).line };
        blocks.push(block);
        if (child !== node.children[0]) continued.push(block);
        collect(child, text, lines, [], strong, continued);
      } else {
        collect(child as Nodes, text, lines, blocks, strong, continued);
      }
    }
  }
}

/**
 * A heading ("## Speakers"), a block that ends with a colon ("Presentations were:"), or a short line that stands as a
 * heading in plain text ("Presentations", "Speakers and topics": a few words, capitalised, no punctuation) introduces the
 * list after it.
 */
export function opensList(block: Block): boolean {
  return block.kind === 'heading' || trimTrailing(block.text, '*_').endsWith(':') || BOLD_LINE.test(block.text) || (PLAIN_HEADING.test(block.text) && block.text.trim().split(/\s+/).length <= 4);
}

// A short line, capitalised, with no punctuation: a heading in plain text.
const PLAIN_HEADING = new RegExp(`^[ \\t]*[${UPPER}][^.:;!?,()\\n]{0,40}$`, 'u');

/**
 * The bold runs inside [start, end), found by binary search: `doc.strong` is in text order, and
 * a text of thousands of cued paragraphs must not walk all of it for each.
 */
export function strongWithin(doc: Doc, start: number, end: number): Span[] {
  const runs = doc.strong;
  const lo = bisect(runs.length, (i) => runs[i]!.start < start);
  const out: Span[] = [];
  for (let i = lo; i < runs.length && runs[i]!.start < end; i++) if (runs[i]!.end <= end) out.push(runs[i]!);
  return out;
}

/**
 * `doc.text[start, end)` with each blank line that broke a paragraph off (`doc.breaks`) read as one line break, the same
 * length: a name cut by it reads as one ("… by the customs officer Dilshod" / "" / "Yusupov, who …").
 */
export function textAcrossBreaks(doc: Doc, start: number, end: number): string {
  const text = doc.text.slice(start, end);
  const breaks = doc.breaks;
  if (breaks.length === 0) return text;
  let out = '';
  let at = start;
  for (let i = bisect(breaks.length, (k) => breaks[k]!.start < start); i < breaks.length && breaks[i]!.end <= end; i++) {
    const gap = breaks[i]!;
    out += doc.text.slice(at, gap.start) + '\n' + ' '.repeat(Math.max(0, gap.end - gap.start - 1));
    at = gap.end;
  }
  return at === start ? text : out + doc.text.slice(at, end);
}

/** The list items right after line `lineNumber` (a label such as "Participants:" on its own line). */
export function listItemsAfter(doc: Doc, lineNumber: number): Block[] {
  // Blocks are in document order: find the first one after the line by bisection, so that
  // many labels in one document do not each walk every block before them.
  const lo = bisect(doc.blocks.length, (i) => doc.blocks[i]!.line <= lineNumber);
  const items: Block[] = [];
  const indent = (block: Block) => indentOf(doc.lines[block.line - 1]!.text);
  for (let i = lo; i < doc.blocks.length; i++) {
    const item = doc.blocks[i]!;
    // (An item's presenter on a line of its own under it is no end of the list: "1. On the budget." / "Speaker: Name" / "2. …".)
    if (item.kind !== 'listItem' && !(items.length > 0 && isPresenterLine(item, doc.lexicon) && doc.blocks[presentersFrom(doc, i)]?.kind === 'listItem')) break;
    if (item.kind !== 'listItem') continue;
    // An item set back out of the list's indent is its outer list's ("3. Participants:" / "   - women: 19" / "4. Topic: …"),
    // and so is a numbered item after bullets at its indent, as a text editor leaves them ("1. Topic:" / "- “…”" / "2. Date: …").
    if (items.length > 0 && indent(item) < indent(items[0]!)) break;
    if (items.length > 0 && BULLET_LINE.test(doc.lines[items[0]!.line - 1]!.text) && !BULLET_LINE.test(doc.lines[item.line - 1]!.text)) break;
    // Nor is an item that heads a section of its own ("DECIDED:" / "1. …" / "2. …" / "2. HEARD:" / "Information of …").
    if (items.length > 0 && isBareLabelLine(doc, doc.lines[item.line - 1]!)) break;
    // The last item ends before a labelled line that markdown read as its continuation
    // ("- media – 5." / "Total: 25 people (14 women, 11 men)." with no blank line between).
    const at = item.text.includes('\n') ? labelledLineIn(doc, item) : -1;
    if (at < 0) {
      items.push(item);
      continue;
    }
    const text = item.text.slice(0, at).trimEnd();
    items.push({ ...item, end: item.start + text.length, text });
    break;
  }
  return items;
}

/** The offset in `block.text` of the first line after its first that opens with a label, or -1; not a presenter's ("1. On the budget." / "   Speaker: Name"), the item's own. */
function labelledLineIn(doc: Doc, block: Block): number {
  let at = block.text.indexOf('\n');
  for (let n = block.line; at >= 0; n++) {
    const line = doc.lines[n];
    if (line && isLabelLine(doc, line) && !opensWithLabel(line.text, doc.lexicon.words.entryLabels)) return at + 1;
    at = block.text.indexOf('\n', at + 1);
  }
  return -1;
}
