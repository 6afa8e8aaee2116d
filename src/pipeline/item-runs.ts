/**
 * Item numbers markdown does not know, rewritten one for one so that it reads
 * them as a list (src/pipeline/roman-items.ts, dash-items.ts, sub-items.ts).
 * Only a run that starts at 1 and goes on one by one, two items at least, is
 * rewritten: a lone "I. Ivanov", "25 - 26 February" or "1.5 million" opening a
 * line is no item.
 */
import { allMatches } from '../text.js';

/** What one match becomes: its number, and the text that replaces [start, end) (as long), or null if it cannot be rewritten. */
export interface ItemMatch {
  value: number;
  rewrite: { start: number; end: number; text: string } | null;
}

/** `text` with every match of the global `pattern` that belongs to a run 1, 2, 3 … rewritten as `item` says. */
export function rewriteRuns(text: string, pattern: RegExp, item: (m: RegExpExecArray) => ItemMatch): string {
  const rewrites: NonNullable<ItemMatch['rewrite']>[] = [];
  let run: typeof rewrites = [];
  const keep = () => {
    if (run.length >= 2) rewrites.push(...run);
    run = [];
  };
  for (const m of allMatches(pattern, text)) {
    const { value, rewrite } = item(m);
    if (value === 1) keep();
    if (value !== run.length + 1) continue;
    // A number that cannot take its place ends the run.
    if (!rewrite) keep();
    else run.push(rewrite);
  }
  keep();
  let out = '';
  let last = 0;
  for (const r of rewrites) {
    out += text.slice(last, r.start) + r.text;
    last = r.end;
  }
  return out + text.slice(last);
}
