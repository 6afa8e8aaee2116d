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
 * cells are a row only as a label without its colon and its value ("Date<tab>14
 * October 2021" / "Venue<tab>Talas city", read as labels down a table's first
 * column): "Date:<tab>18 March 2021" / "Venue:<tab>Osh city" are labels as they
 * are, and "<tab>Aibek Tashiev, head of X" is an indented line. Nor is a list item a
 * word processor indents with tabs ("<tab>1.<tab>Open a centre"): a marker and its text. A label's row alone,
 * as a table copied with blank lines between its rows leaves it ("Purpose<tab>to discuss water"), has its tab
 * read as the label's colon.
 */

import { labelKey } from '../labels.js';
import { LEXICONS } from '../lexicon/index.js';
import { markdownRow } from './table-rows.js';

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
    while (j < lines.length && counts[j]! >= 2 && counts[j] === counts[i]) j++;
    // (A run of two cells a row is one of labels where half its first cells at least are a label of a lexicon, not a
    // list numbered in its first cells, "1<tab>Open a centre", "First<tab>Train staff".)
    if (j - i >= 2 && (counts[i] !== 2 || 2 * lines.slice(i, j).filter(labelFirst).length >= j - i)) {
      for (let k = i; k < j; k++) lines[k] = asRow(lines[k]!);
      changed = true;
    } else if (j - i === 1 && counts[i] === 2 && labelFirst(lines[i]!)) {
      // (A label's row alone, as blank lines between the rows leave it: its tab is its colon, "Purpose:to discuss water",
      // the line's length and columns kept.)
      lines[i] = lines[i]!.replace('\t', ':');
      changed = true;
    }
    i = Math.max(j, i + 1);
  }
  return changed ? lines.join('\n') : text;
}

/**
 * The cells of a line split at tabs (a tab that opens it ends an empty first cell), or 0 when it has none or is a row
 * already. Two cells count only as a label without its colon and a value ("Date<tab>14 October 2021"): a short first
 * cell, not empty, that ends with no colon (with one, the line is a label as it is).
 */
function cellCount(line: string): number {
  const inner = trimmed(line);
  // (Not a list item a word processor indents with tabs: "<tab>1.<tab>Open a centre", "<tab>•<tab>Train staff".)
  if (!inner.includes('\t') || inner.includes('|') || TAB_ITEM.test(inner)) return 0;
  const cells = inner.split('\t');
  if (cells.length >= MIN_CELLS) return cells.length;
  const first = cells[0]!.trim();
  return cells.length === 2 && first !== '' && first.length <= MAX_LABEL && !/[:：]$/.test(first) && cells[1]!.trim() !== '' ? 2 : 0;
}

/** The longest first cell of a row of two read as a label and its value. */
const MAX_LABEL = 40;

let labelWords: Set<string> | undefined;

/** Whether the first cell of a tab-separated line is a label of one of the lexicons ("Date", "Модератор"). */
function labelFirst(line: string): boolean {
  labelWords ??= new Set(LEXICONS.flatMap((lex) => Object.values(lex.labels).flat().map(labelKey)));
  return labelWords.has(labelKey(trimmed(line).split('\t')[0]!.trim()));
}

/** A list item's marker and its text, with tabs before and between them and none after. */
const TAB_ITEM = /^\t*(?:\d{1,3}[.)]|\(\d{1,3}\)|\p{L}[.)]|[•●▪■◦○►➢✓*–—-])\t+[^\t]+$/u;

/** A tab-separated line as a markdown table row. */
function asRow(line: string): string {
  return markdownRow(trimmed(line).split('\t').map((cell) => cell.trim()));
}

/** A line without the spaces that open it and the white space that ends it. */
function trimmed(line: string): string {
  // (trimEnd, not a pattern anchored at the end: that one is retried from every space of a long run.)
  return line.replace(/^ +/, '').trimEnd();
}
