/**
 * Markdown table rows as the steps that rewrite other tables write them (src/pipeline/tab-tables.ts,
 * grid-tables.ts, pandoc-tables.ts), for the document to read by line (`tableBody` in src/text.ts).
 */

/** A markdown row of `cells` ("| a | b |"). */
export function markdownRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** One row from the lines of a row that spans several, each given as its cells: a column's lines joined by a space. */
export function joinedRow(lines: readonly (readonly string[])[], columns: number): string {
  return markdownRow(Array.from({ length: columns }, (_, c) => lines.map((cells) => cells[c]).filter(Boolean).join(' ')));
}

/** A row of `columns` empty cells ("|  |  |"), which keeps a table going and gives no item (`EMPTY_ROW` in src/text.ts). */
export function emptyRow(columns: number): string {
  return `|${'  |'.repeat(columns)}`;
}

/** The delimiter row under a header of `columns` cells ("| --- | --- |"). */
export function delimiterRow(columns: number): string {
  return `|${' --- |'.repeat(columns)}`;
}
