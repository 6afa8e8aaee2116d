/**
 * Markdown to mdast with unified + remark-parse (positions kept).
 *
 * micromark's time grows with the square of container nesting: a line of
 * 8,000 "1. " markers (a list nested 8,000 deep) takes seconds. Real minutes
 * nest lists a few levels at most, so markers past MAX_DEPTH on a line are
 * replaced by letters of the same length before parsing. Extractors read
 * text from the original by offset, so values and positions are unchanged.
 */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).freeze();

/** Container markers deeper than this on one line are read as plain text. */
export const MAX_DEPTH = 8;

// One container marker at the start of what is left of a line: ">", "-", "*", "+", "1." or "1)", then white space.
const MARKER = /[ \t]{0,3}(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$)[ \t]?/y;

/** Parse `text` as markdown; plain text minutes come out as paragraphs. */
export function toTree(text: string): Root {
  return processor.parse(shallow(text));
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
