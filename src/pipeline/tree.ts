/**
 * Markdown to mdast with unified + remark-parse (positions kept).
 *
 * micromark's time grows with the square of container nesting: a line of
 * 8,000 "1. " markers (a list nested 8,000 deep) takes seconds. Real minutes
 * nest lists a few levels at most, so markers past MAX_DEPTH on a line are
 * replaced by letters of the same length before parsing. Extractors read
 * text from the original by offset, so values and positions are unchanged.
 *
 * It also grows with the square of the number of lists: closing each one
 * rewrites every event before it, so 12,000 short "Label:" + "- item" pairs
 * (240 KB) take 37 s. A text over 16 KB is therefore parsed in segments of
 * about 8 KB, cut only where nothing can carry over: before a line that
 * follows a blank line, opens no list, quote or table, and is indented less
 * than the content of any list item that may still be open (so a line at the
 * margin, or, with no list open, at any indentation: a text exported with every
 * line indented by a space), outside code fences and HTML comments. The
 * segments' trees are joined with their positions shifted, so the result reads
 * as one tree of the whole text.
 */
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * A unified plugin: indentation is not code. Text exported from a word
 * processor often indents every line, or the first line of each paragraph;
 * in markdown four spaces or a tab would make that a code block, and its
 * headings, labels and lists would be lost. micromark then also reads a list,
 * heading or quote marker at any indentation (MDX does the same).
 */
function indentIsText(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } });
}

const processor = unified().use(remarkParse).use(indentIsText).freeze();

/** Container markers deeper than this on one line are read as plain text. */
export const MAX_DEPTH = 8;

// One container marker at the start of what is left of a line: ">", "-", "*", "+", "1." or "1)", then white space
// (at any indentation: indentation is not code, see indentIsText).
const MARKER = /[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$)[ \t]?/y;

/** Texts longer than this are parsed in segments. (At 64 KB, 62 KB of headings each over a short list took 4.5 s.) */
export const SEGMENTED = 16 * 1024;
/** The least size of a segment: small enough that its lists cost little, whatever their number. */
export const SEGMENT = 8 * 1024;

/** Parse `text` as markdown; plain text minutes come out as paragraphs. */
export function toTree(text: string): Root {
  const flat = shallow(text);
  if (flat.length <= SEGMENTED) return processor.parse(flat);
  const root: Root = { type: 'root', children: [] };
  for (const segment of segments(flat)) {
    const part = shifted(processor.parse(flat.slice(segment.start, segment.end)), segment.start, segment.line - 1);
    root.children.push(...part.children);
    root.position = { start: { line: 1, column: 1, offset: 0 }, end: part.position!.end };
  }
  return root;
}

export interface Segment {
  start: number;
  end: number;
  /** 1-based line number of `start`. */
  line: number;
}

// Where a segment may start, after its indentation: a line, after a blank line, that opens no list
// ("-", "*", "+", "1.", "1)"), quote, table row, fence or HTML.
const BOUNDARY = /^(?![-*+>|<`~]|\d{1,9}[.)](?:\s|$))/;

// A list item's marker after the indentation: its content starts at least one column after it.
const ITEM = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/** Columns of `line`'s leading spaces and tabs (a tab to the next multiple of 4, as CommonMark counts), and where its text starts. */
function indentOf(line: string): { columns: number; end: number } {
  let columns = 0;
  let end = 0;
  for (; end < line.length; end++) {
    const c = line.charCodeAt(end);
    if (c === 32) columns++;
    else if (c === 9) columns += 4 - (columns % 4);
    else break;
  }
  return { columns, end };
}

/** Cut `text` into segments of at least SEGMENT characters at lines where no block carries over. */
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  let startLine = 1;
  let line = 1;
  let blank = false;
  let fence: string | undefined; // the marker of an open code fence
  let comment = false; // inside an HTML comment
  // The least column at which the content of a list item that may still be open starts: a line after a blank
  // line indented that far or more may continue it. A lower bound (marker + one space), so a cut never splits an item.
  let itemContent = Infinity;
  for (let at = 0; at < text.length; line++) {
    const next = text.indexOf('\n', at);
    const end = next === -1 ? text.length : next;
    const content = text.slice(at, end);
    const indent = indentOf(content);
    const rest = content.slice(indent.end);
    const item = ITEM.exec(rest);
    // After a blank line, a line set back from every open item's content, and no item itself, closes them all.
    if (blank && rest !== '' && !item && indent.columns < itemContent) itemContent = Infinity;
    if (!fence && !comment && blank && rest !== '' && at - start >= SEGMENT && itemContent === Infinity && BOUNDARY.test(rest)) {
      out.push({ start, end: at, line: startLine });
      start = at;
      startLine = line;
    }
    if (item) itemContent = Math.min(itemContent, indent.columns + item[0].length + 1);
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(content)?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) fence = fence ? undefined : marker;
    if (!fence) {
      const opens = content.lastIndexOf('<!--');
      const closes = content.lastIndexOf('-->');
      if (opens > closes) comment = true;
      else if (closes !== -1) comment = false;
    }
    blank = content.trim() === '';
    at = end + 1;
  }
  out.push({ start, end: text.length, line: startLine });
  return out;
}

/** `tree` with every position moved by `offset` characters and `lines` lines (segments start at a line). */
function shifted<T extends Nodes>(tree: T, offset: number, lines: number): T {
  const move = (node: Nodes) => {
    if (node.position) {
      for (const point of [node.position.start, node.position.end]) {
        point.line += lines;
        if (point.offset !== undefined) point.offset += offset;
      }
    }
    if ('children' in node) for (const child of node.children) move(child as Nodes);
  };
  move(tree);
  return tree;
}

/** `text` with container markers past MAX_DEPTH replaced by same-length letters. */
export function shallow(text: string): string {
  let out: string[] | undefined;
  let last = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let at = lineStart;
    let depth = 0;
    MARKER.lastIndex = at;
    for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
      depth++;
      at = MARKER.lastIndex;
      if (depth > MAX_DEPTH) {
        (out ??= []).push(text.slice(last, m.index), m[0].replace(/\S/g, 'x'));
        last = at;
      }
    }
    const end = text.indexOf('\n', lineStart);
    if (end === -1) break;
    lineStart = end + 1;
  }
  if (!out) return text;
  out.push(text.slice(last));
  return out.join('');
}
