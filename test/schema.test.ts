/**
 * The record schema: checkRecord validates with the schema compiled by
 * z.compile from a run's second record on; it must answer as the schema does,
 * issue for issue, on good records and on every kind of broken one.
 */
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../src/parse-minutes.js';
import { checkRecord, MinutesRecord, recordJsonSchema } from '../src/schema.js';
import { fixtures } from './helpers.js';

const good = fixtures().map(([, path]) => parseMinutes(readFileSync(path), { positions: true }));

/** A record with one thing broken, and the path its issue must name. */
const broken: [string, (r: Record<string, any>) => void][] = [
  ['a month of 13', (r) => (r.date = { text: 'x', year: 2021, month: 13, day: 1, iso: null })],
  ['an iso date in the wrong form', (r) => (r.date = { text: 'x', year: 2021, month: 1, day: 1, iso: '1.1.2021' })],
  ['an empty role', (r) => (r.speakers = [{ name: { full: 'A B', given: 'A', patronymic: null, family: 'B' }, roles: [''] }])],
  ['a negative count', (r) => (r.participants = { total: -1, women: null, men: null, groups: [] })],
  ['a count that is no integer', (r) => (r.participants = { total: 1.5, women: null, men: null, groups: [] })],
  ['a diagnostic code not in kebab case', (r) => (r.diagnostics = [{ severity: 'warning', code: 'Bad_Code', message: 'm', line: 1, column: 1 }])],
  ['an unknown severity', (r) => (r.diagnostics = [{ severity: 'fatal', code: 'x', message: 'm', line: 1, column: 1 }])],
  ['a missing field', (r) => delete r.title],
  ['a sha256 that is no hash', (r) => (r.source.sha256 = 'abc')],
  ['another schema version', (r) => (r.schemaVersion = 2)],
  ['a position without its end', (r) => (r.positions = { '/title': { start: { line: 1, column: 1 } } })],
];

describe('checkRecord', () => {
  it('accepts every fixture’s record, as the schema does, first call and compiled', () => {
    for (const record of [good[0], ...good]) {
      expect(checkRecord(record)).toEqual(MinutesRecord.safeParse(record));
    }
  });

  for (const [what, breakIt] of broken) {
    it(`rejects ${what} with the schema’s own issues`, () => {
      const record = structuredClone(good[0]) as Record<string, any>;
      breakIt(record);
      const expected = MinutesRecord.safeParse(record);
      expect(expected.success).toBe(false);
      const actual = checkRecord(record);
      expect(actual.success).toBe(false);
      expect(actual.error!.issues).toEqual(expected.error!.issues);
    });
  }

  it('is compiled: the schema has no check z.compile refuses', () => {
    expect(() => z.compile(MinutesRecord, { strict: true })).not.toThrow();
  });

  it('keeps the descriptions in the JSON Schema', () => {
    const schema = recordJsonSchema() as { description?: string; properties: Record<string, { description?: string }> };
    expect(schema.description).toBe('Structured record of the minutes of one public meeting');
    expect(JSON.stringify(schema)).toContain('Stable kebab-case rule id');
    expect(JSON.stringify(schema)).toContain('Only with --positions');
  });
});
