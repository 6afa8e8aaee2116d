#!/usr/bin/env node
// node --expose-gc scripts/live-heap.mjs DIR : parse the .txt and .md files below DIR, in order, with parseMinutes
// and print, after the first 1,000 and after all of them, the heap still in use after a full
// collection, as JSON on stdout: {"1000": MB, "N": MB}. Used by the benchmark to show that
// nothing accumulates from file to file (peak RSS also moves with when V8 collects).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMinutes } from '../dist/index.js';

const dir = process.argv[2];
const files = readdirSync(dir, { recursive: true })
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort()
  .map((f) => join(dir, f));
const live = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const out = {};
const marks = new Set([Math.min(1000, files.length), files.length]);
files.forEach((file, i) => {
  parseMinutes(readFileSync(file), { path: file });
  if (marks.has(i + 1)) out[i + 1] = live();
});
process.stdout.write(`${JSON.stringify(out)}\n`);
