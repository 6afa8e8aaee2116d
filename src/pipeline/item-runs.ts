/**
 * Item numbers markdown does not know, rewritten one for one so that it reads
 * them as a list (src/pipeline/roman-items.ts, dash-items.ts, sub-items.ts,
 * letter-items.ts, ordinal-items.ts) or as headings (section-headings.ts). Only
 * a run that starts at 1 and goes on one by one, two items at least, is
 * rewritten: a lone "I. Ivanov", "25 - 26 February" or "1.5 million" opening a
 * line is no item.
 */
import { allMatches } from '../text.js';

/** The text that replaces [start, end) of the source, as long as it. */
export interface Rewrite {
  start: number;
  end: number;
  text: string;
}

/** What one match becomes: its number, and its rewrite, or null if it cannot be rewritten (that ends the run). */
export interface ItemMatch {
  value: number;
  rewrite: Rewrite | null;
  /** A mark for `accept` to read ("this heading is a label"). */
  mark?: boolean;
}

/**
 * `text` with every match of the global `pattern` that belongs to a run 1, 2, 3 … rewritten as
 * `item` says. `item` is given the run's last rewrite (none for its first item); `accept`, when
 * given, decides whether a finished run is rewritten. With `lone`, a run of one item is
 * rewritten too where the text has a run of two or more ("1.1", "1.2", "2.1": the "2.1" of a
 * point with one sub-item).
 */
export function rewriteRuns(
  text: string,
  pattern: RegExp,
  item: (m: RegExpExecArray, previous: Rewrite | undefined) => ItemMatch,
  { accept = () => true, lone = false }: { accept?: (run: ItemMatch[]) => boolean; lone?: boolean } = {},
): string {
  let rewrites: Rewrite[] = [];
  const singles: Rewrite[] = [];
  let run: ItemMatch[] = [];
  const keep = () => {
    if (run.length >= 2 && accept(run)) rewrites.push(...run.map((r) => r.rewrite!));
    else if (lone && run.length === 1 && accept(run)) singles.push(run[0]!.rewrite!);
    run = [];
  };
  for (const m of allMatches(pattern, text)) {
    const match = item(m, run.at(-1)?.rewrite ?? undefined);
    if (match.value === 1) keep();
    if (match.value !== run.length + 1) continue;
    // A number that cannot take its place ends the run.
    if (!match.rewrite) keep();
    else run.push(match);
  }
  keep();
  if (rewrites.length > 0 && singles.length > 0) rewrites = [...rewrites, ...singles].sort((x, y) => x.start - y.start);
  let out = '';
  let last = 0;
  for (const r of rewrites) {
    out += text.slice(last, r.start) + r.text;
    last = r.end;
  }
  return out + text.slice(last);
}
