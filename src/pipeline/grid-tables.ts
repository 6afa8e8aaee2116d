/**
 * pandoc writes a word processor's table as a grid when a cell holds more than
 * a line ("+------+------+" borders, "| Moderator | Name, director of PF “Youth |"
 * / "|           | Initiative” |", "+======+" under a header row). The
 * document reads tables by line (`tableBody` in src/text.ts), one row a line, so
 * each row of the grid is written as one markdown row on its first line, its
 * cells' lines joined by a space; its other lines and the borders become rows
 * with empty cells, which give no item; the border under a header becomes a
 * delimiter row, the top border a blank line (or, with no header, a row of
 * empty cells, so that the first row is no header). Lines stay those of the source;
 * columns in those rows shift. A grid whose lines do not all have its number of
 * cells (a "|" inside a cell) is left as it is.
 */

import { delimiterRow, emptyRow, joinedRow } from './table-rows.js';

/** `text` with each grid table written as markdown table rows, one for each row of the grid. */
export function gridTablesAsRows(text: string): string {
  // Cheap test first: most minutes have no grid.
  if (!text.includes('+-') && !text.includes('+=')) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (!BORDER.test(lines[i]!)) continue;
    let end = i + 1;
    while (end < lines.length && (BORDER.test(lines[end]!) || ROW.test(lines[end]!))) end++;
    const rewritten = asRows(lines.slice(i, end));
    if (rewritten) {
      lines.splice(i, end - i, ...rewritten);
      changed = true;
    }
    i = end - 1;
  }
  return changed ? lines.join('\n') : text;
}

// A grid's border: "+" between runs of "-" or "=" (":" marks alignment), nothing else on the line.
const BORDER = /^[ \t]*\+(?:[-=:]+\+)+[ \t]*$/;
// A grid's row line: it opens and ends with a bar.
const ROW = /^[ \t]*\|.*\|[ \t]*$/;

/** The lines of one grid (its first a border) as markdown rows, line for line; undefined where it is no grid of rows. */
function asRows(grid: string[]): string[] | undefined {
  const columns = grid[0]!.trim().split('+').length - 2;
  const last = grid.findLastIndex((line) => BORDER.test(line));
  // (A grid has a row between two borders; the lines after its last border are not its.)
  if (last <= 0 || grid.slice(0, last).every((line) => BORDER.test(line))) return undefined;
  const cellsOf = (line: string) => line.trim().slice(1, -1).split('|').map((cell) => cell.trim());
  if (grid.slice(0, last).some((line) => !BORDER.test(line) && cellsOf(line).length !== columns)) return undefined;
  const empty = emptyRow(columns);
  // (The top border opens the table: a blank line over a header row, else a row of empty cells, so that the first
  // row is no header. The lines after the last border are not the grid's.)
  const header = grid.some((line, k) => k <= last && BORDER.test(line) && line.includes('='));
  const out = grid.map((line, k) => (k === 0 ? (header ? '' : empty) : k > last ? line : BORDER.test(line) && line.includes('=') ? delimiterRow(columns) : empty));
  // Each row of the grid: the lines between two borders.
  for (let from = 1; from < last; ) {
    let to = from;
    while (!BORDER.test(grid[to]!)) to++;
    const row = joinedRow(grid.slice(from, to).map(cellsOf), columns);
    // A header row is written on its last line, right over the delimiter, and its other lines are blank (a row
    // of empty cells there would start the table above it); a body row on its first line.
    if (grid[to]!.includes('=')) {
      for (let k = from; k < to - 1; k++) out[k] = '';
      out[to - 1] = row;
    } else out[from] = row;
    from = to + 1;
  }
  return out;
}
