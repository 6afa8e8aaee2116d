/**
 * Keep a long batch's heap near its live size.
 *
 * Parsing a report leaves about 25 KB of short-lived garbage in V8's old
 * generation (bare remark-parse does the same). V8 lets the old generation grow
 * to about four times the live heap before collecting it, and the live heap of
 * a batch is ~20 MB (code, the lexicons, the compiled patterns), so peak RSS
 * climbed from 130 MB at 1,000 files to ~195 MB at 10,000. Growing by half the
 * live size instead kept it near 145 MB, but as the extractors grew it reached
 * 148–151 MB; growing by a quarter keeps it at 144–145 MB, at no cost in CPU time
 * that four runs of each could tell apart (a mark-compact of a 20 MB heap takes ~5 ms).
 *
 * The setting only changes when V8 collects, never how much it may hold: a
 * report with a large live heap still gets all the memory it needs.
 *
 * Used for batches parsed in the main thread (--jobs 1). Workers are bounded
 * by their own resource limits instead (WORKER_HEAP in pool.ts): a V8 flag is
 * process-wide, and V8 refuses a code cache made under other flags, so
 * workers started after it would compile the bundle from source.
 */
import { setFlagsFromString } from 'node:v8';

/** V8's heap growing factor for batches: 1 + HEAP_GROWING_PERCENT / 100 times the live heap. */
export const HEAP_GROWING_PERCENT = 25;

let tuned = false;

/** Make V8 collect the old generation once it grows by a quarter of its live size (process-wide, for all threads; idempotent). */
export function keepHeapSmall(): void {
  if (tuned) return;
  tuned = true;
  // Read by V8 each time it sets the next collection limit, so it applies mid-run.
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
