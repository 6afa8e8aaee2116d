/**
 * A table copied from a word processor as text has a tab between its cells and
 * a line per row ("№<tab>Full name<tab>Position" / "1<tab>Aibek Tashiev<tab>head
 * of …"). Markdown reads such rows as one paragraph, and a name would run on
 * into the next cell. A run of two such lines or more, each with the same number
 * of cells, three at least, is written as markdown table rows ("| № | Full name |
 * Position |"), which the document reads as a table without a delimiter row
 * (`tableBody` in src/text.ts). Lines stay those of the source; columns in those
 * rows shift.
 *
 * One tab is a cell's end, so an empty cell is two tabs in a row ("<tab>40<tab>24"
 * under "Participants<tab>Total<tab>Women<tab>Men" has an empty first cell). Two
 * cells are not enough: "Date:<tab>18 March 2021" / "Venue:<tab>Osh city" are
 * labels, and "<tab>Aibek Tashiev, head of X" is an indented line. Nor is a list item a
 * word processor indents with tabs ("<tab>1.<tab>Open a centre"): a marker and its text.
 */

/** The fewest cells of a row copied with tabs. */
const MIN_CELLS = 3;

/** `text` with each run of tab-separated rows written as markdown table rows. */
export function tabTablesAsRows(text: string): string {
  // Cheap test first: most minutes have no tab.
  if (!text.includes('\t')) return text;
  const lines = text.split('\n');
  const counts = lines.map(cellCount);
  let changed = false;
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && counts[j]! >= MIN_CELLS && counts[j] === counts[i]) j++;
    if (j - i >= 2) {
      for (let k = i; k < j; k++) lines[k] = asRow(lines[k]!);
      changed = true;
    }
    i = Math.max(j, i + 1);
  }
  return changed ? lines.join('\n') : text;
}

/** The cells of a line split at tabs (a tab that opens it ends an empty first cell), or 0 when it has none or is a row already. */
function cellCount(line: string): number {
  const inner = trimmed(line);
  // (Not a list item a word processor indents with tabs: "<tab>1.<tab>Open a centre", "<tab>•<tab>Train staff".)
  return inner.includes('\t') && !inner.includes('|') && !TAB_ITEM.test(inner) ? inner.split('\t').length : 0;
}

/** A list item's marker and its text, with tabs before and between them and none after. */
const TAB_ITEM = /^\t*(?:\d{1,3}[.)]|\(\d{1,3}\)|\p{L}[.)]|[•●▪■◦○►➢✓*–—-])\t+[^\t]+$/u;

/** A tab-separated line as a markdown table row. */
function asRow(line: string): string {
  return `| ${trimmed(line).split('\t').map((cell) => cell.trim()).join(' | ')} |`;
}

/** A line without the spaces that open it and the white space that ends it. */
function trimmed(line: string): string {
  // (trimEnd, not a pattern anchored at the end: that one is retried from every space of a long run.)
  return line.replace(/^ +/, '').trimEnd();
}
