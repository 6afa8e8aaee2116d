/**
 * Every fixture against its hand-written expected record: each field the
 * expected record names must match exactly, and the set of diagnostic codes
 * must be exactly the expected one (no extra warnings).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../src/index.js';
import { fixtures, pick } from './helpers.js';

describe.each(fixtures())('fixture %s', (name, path, expected) => {
  const record = parseMinutes(readFileSync(path), { path: `fixtures/minutes/${name}` });
  const { diagnosticCodes, ...fields } = expected as { diagnosticCodes?: string[] };

  for (const [field, want] of Object.entries(fields)) {
    it(field, () => {
      expect(pick(want, (record as Record<string, unknown>)[field])).toEqual(want);
    });
  }

  it('diagnostics', () => {
    const codes = [...new Set(record.diagnostics.map((d) => d.code))].sort();
    expect(codes).toEqual([...(diagnosticCodes ?? [])].sort());
  });
});
