/**
 * pandoc writes a word processor's table, when it can, as a simple or multiline
 * table: cells set in columns by spaces, the columns given by a line of dash
 * groups ("-------- ------------"), under a header or above and below the rows,
 * a multiline table's rows parted by blank lines and a cell's lines under each
 * other:
 *
 *     --------------------------------------
 *     No   Full name      Position
 *     ---- -------------- ------------------
 *     1    Asanov Bolot   head of the pasture
 *                         committee
 *
 *     2    Isakova Aida   lawyer
 *     --------------------------------------
 *
 * Markdown reads such a table as paragraphs of words. The document reads tables
 * by line (`tableBody` in src/text.ts), so each row is written as one markdown
 * row on its first line, a cell's lines joined by a space, its other lines and
 * the blank lines between rows as rows of empty cells (which give no item); a
 * header row is written on its last line, over a delimiter row where the dash
 * groups were. With no header, the dash groups above the rows become a row of
 * empty cells, so that the first row is no header. Lines stay those of the
 * source; columns in those rows shift. This step reads the text as written,
 * before anything else moves its columns (an escape or an HTML reference).
 */

import { delimiterRow, emptyRow, joinedRow } from './table-rows.js';

/** `text` with each pandoc simple or multiline table written as markdown table rows. */
export function pandocTablesAsRows(text: string): string {
  // Cheap test first: most minutes have no dash groups. (Anchored at a line's start: unanchored, a run of dashes
  // would be read to its end again from each of its dashes.)
  if (!/^[ \t]*-{3,}[ \t]+-{3,}/m.test(text)) return text;
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const columns = columnsOf(lines[i]!);
    if (!columns) continue;
    const end = rewrite(lines, i, columns);
    if (end !== -1) {
      changed = true;
      i = end;
    }
  }
  return changed ? lines.join('\n') : text;
}

// A line of two dash groups or more, each of three dashes at least, parted by spaces.
const GROUPS = /^[ \t]*-{3,}(?:[ \t]+-{3,})+[ \t]*$/;
// A line of one run of dashes: a multiline table's top or bottom rule.
const RULE = /^[ \t]*-{3,}[ \t]*$/;

/** The most lines of a header row (pandoc wraps a long heading over a few). */
const MAX_HEADER_LINES = 4;

/** Where each column starts, from a line of dash groups; undefined for any other line. */
function columnsOf(line: string): number[] | undefined {
  if (!GROUPS.test(line)) return undefined;
  const starts: number[] = [];
  for (const m of line.matchAll(/-{3,}/g)) starts.push(m.index);
  return starts;
}

/**
 * Rewrites in `lines` the table whose dash groups are line `at`, if it is one; returns the index of its
 * last line, or -1 (and leaves `lines` as they are) where it is none.
 */
function rewrite(lines: string[], at: number, columns: number[]): number {
  // The header: the lines right above the dash groups, up to a blank line or a rule.
  let top = at;
  while (top > 0 && lines[top - 1]!.trim() !== '' && !RULE.test(lines[top - 1]!) && !GROUPS.test(lines[top - 1]!)) top--;
  const header = top < at;
  // (A paragraph of prose over a line of dash groups is no header.)
  if (at - top > MAX_HEADER_LINES) return -1;
  const ruled = header && top > 0 && RULE.test(lines[top - 1]!);
  // Where the rows end: a multiline table at its bottom rule, a table with no header at its second line of dash
  // groups (or a rule), a simple table with a header at a blank line.
  let end = at + 1;
  if (header && !ruled) {
    while (end < lines.length && lines[end]!.trim() !== '') end++;
  } else {
    while (end < lines.length && !RULE.test(lines[end]!) && !GROUPS.test(lines[end]!)) end++;
    if (end === lines.length) return -1;
  }
  const body = lines.slice(at + 1, end);
  if (body.every((line) => line.trim() === '')) return -1;
  // Rows parted by blank lines where there are any between them (a multiline table), else a row a line.
  const inner = body.slice(body.findIndex((l) => l.trim() !== ''), body.findLastIndex((l) => l.trim() !== '') + 1);
  const multiline = inner.some((line) => line.trim() === '');
  const empty = emptyRow(columns.length);
  const cells = (line: string) => columns.map((start, c) => line.slice(c === 0 ? 0 : start, columns[c + 1]).trim());
  const row = (group: string[]) => joinedRow(group.map(cells), columns.length);
  if (header) {
    for (let k = top; k < at - 1; k++) lines[k] = '';
    lines[at - 1] = row(lines.slice(top, at));
    if (ruled) lines[top - 1] = '';
    lines[at] = delimiterRow(columns.length);
  } else lines[at] = empty;
  for (let k = at + 1; k < end; ) {
    if (lines[k]!.trim() === '') {
      lines[k++] = empty;
      continue;
    }
    let to = k + 1;
    if (multiline) while (to < end && lines[to]!.trim() !== '') to++;
    const group = lines.slice(k, to);
    lines[k] = row(group);
    for (let j = k + 1; j < to; j++) lines[j] = empty;
    k = to;
  }
  if (end < lines.length && lines[end]!.trim() !== '') lines[end] = '';
  return end;
}
