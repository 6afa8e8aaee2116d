/** Shared test helpers: fixture discovery and a subset comparison. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** Every fixture with an expected record: [name, minutes path, expected object]. */
export function fixtures(dir = 'minutes', expectedDir = 'expected'): [string, string, Record<string, unknown>][] {
  const minutes = readdirSync(join(FIXTURES, dir));
  return readdirSync(join(FIXTURES, expectedDir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const name = basename(f, '.json');
      const file = minutes.find((m) => basename(m, extname(m)) === name);
      if (!file) throw new Error(`fixture ${name} has an expected record but no minutes file`);
      return [name, join(FIXTURES, dir, file), JSON.parse(readFileSync(join(FIXTURES, expectedDir, f), 'utf8'))];
    });
}

/** `actual` restricted to the keys `expected` names (recursively into plain objects), for toEqual. */
export function pick(expected: unknown, actual: unknown): unknown {
  if (expected === null || typeof expected !== 'object' || Array.isArray(expected)) return actual;
  if (actual === null || typeof actual !== 'object') return actual;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(expected)) out[key] = pick((expected as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key]);
  return out;
}
