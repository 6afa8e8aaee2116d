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
 * The young generation is the other part of the peak: V8 doubles it, as reports
 * keep it busy, up to two 16 MB semi-spaces, a size fixed when the heap is made.
 * Two 8 MB semi-spaces cost ~1% more time in scavenges (0.31 s against 0.27 s
 * over 2,000 reports) and ~20 MB less memory; 4 MB cost three times the
 * scavenging, 1 MB (V8's start) 3.5 times, and 1.6 times the CPU on reports of
 * 160 KB. So a batch stops V8 growing it once it holds 16 MB
 * (capYoungGeneration, after each file), as the growth factor is read each
 * time V8 grows it. Listing a folder of 10,000 files keeps all it allocates,
 * and V8 grew the young generation to the full 32 MB before the first was
 * parsed: the listing holds it at its start-up size (holdYoungGeneration).
 * Over those 10,000 files scavenging then took 1.0 s instead of 2.4, and the
 * peak was 132–133 MB instead of 148–150.
 *
 * The old generation's setting and the cap are for batches parsed in the main
 * thread (--jobs 1); the hold is for every listing, and is released before any
 * worker starts. Workers are bounded by their own resource limits instead
 * (WORKER_HEAP in pool.ts): a V8 flag is process-wide, and V8 refuses a code
 * cache made under other flags, so workers started under one would compile the
 * bundle from source.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

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

/** The young generation's size (both semi-spaces) past which a batch in the main thread lets V8 grow it no more. */
export const YOUNG_GENERATION_CAP = 16 * 1024 * 1024;

/** What the young generation's controls read and set: V8 itself, or a stand-in in tests. */
export interface YoungGenerationControl {
  /** Bytes the young generation holds now (its two semi-spaces). */
  size(): number;
  /** Set V8 flags, as `v8.setFlagsFromString`. */
  setFlags(flags: string): void;
}

const v8Young: YoungGenerationControl = {
  size: () => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0,
  setFlags: setFlagsFromString,
};

let held = false;

function hold(control: YoungGenerationControl, value: boolean): void {
  if (value === held) return;
  held = value;
  // 1: V8 keeps the size it has. 2 is V8's default (doubling), so a code cache made after a release still matches.
  control.setFlags(`--semi-space-growth-factor=${value ? 1 : 2}`);
}

/** Keep V8's young generation at the size it has until released (process-wide). */
export function holdYoungGeneration(control: YoungGenerationControl = v8Young): void {
  hold(control, true);
}

/** Let V8 grow the young generation again as it does by default. */
export function releaseYoungGeneration(control: YoungGenerationControl = v8Young): void {
  hold(control, false);
}

/** After each file of a batch in this thread: hold the young generation once it reaches YOUNG_GENERATION_CAP, and release it if V8 shrank it. */
export function capYoungGeneration(control: YoungGenerationControl = v8Young): void {
  hold(control, control.size() >= YOUNG_GENERATION_CAP);
}
