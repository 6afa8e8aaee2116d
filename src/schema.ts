/**
 * The minutes record, version 1: the executable form of `spec/record.md`.
 *
 * Every schema sits beside its inferred type; the key order of each `z.object`
 * is the key order of the emitted JSON, so consumers can diff records.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Diagnostic = z
  .object({
    severity: Severity,
    code: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).describe('Stable kebab-case rule id'),
    message: z.string().min(1),
    line: z.number().int().min(1),
    column: z.number().int().min(1),
  })
  .describe('Something the parser noticed and could not settle');
export type Diagnostic = z.infer<typeof Diagnostic>;

export const PersonName = z.object({
  full: z.string().min(1).describe('The name exactly as written, honorifics removed'),
  given: z.string().nullable(),
  patronymic: z.string().nullable(),
  family: z.string().nullable(),
});
export type PersonName = z.infer<typeof PersonName>;

export const Person = z.object({
  name: PersonName,
  roles: z.array(z.string().min(1)).describe('Titles and positions given with the name'),
});
export type Person = z.infer<typeof Person>;

export const MeetingDate = z.object({
  text: z.string().min(1).describe('The date as written'),
  year: z.number().int().nullable(),
  month: z.number().int().min(1).max(12).nullable(),
  day: z.number().int().min(1).max(31).nullable(),
  iso: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .describe('YYYY-MM-DD, only when year, month and day are all known'),
});
export type MeetingDate = z.infer<typeof MeetingDate>;

export const Venue = z.object({
  text: z.string().min(1),
  city: z.string().nullable(),
  name: z.string().nullable().describe('The named place without quotes or the word "hotel"'),
  room: z.string().nullable(),
});
export type Venue = z.infer<typeof Venue>;

export const Participants = z.object({
  total: z.number().int().min(0).nullable(),
  women: z.number().int().min(0).nullable(),
  men: z.number().int().min(0).nullable(),
  groups: z.array(z.string().min(1)),
});
export type Participants = z.infer<typeof Participants>;

export const Suggestion = z.object({
  number: z.number().int().min(0),
  text: z.string().min(1),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const Source = z.object({
  path: z.string().nullable().describe('The path as the user gave it, or null for stdin and library calls'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().min(0),
  language: z.string().describe('Language of the lexicon used, e.g. "en"'),
  encoding: z.string().describe('Encoding the bytes were decoded from, e.g. "utf-8"'),
});
export type Source = z.infer<typeof Source>;

export const Position = z.object({
  start: z.object({ line: z.number().int().min(1), column: z.number().int().min(1) }),
  end: z.object({ line: z.number().int().min(1), column: z.number().int().min(1) }),
});
export type Position = z.infer<typeof Position>;

export const MinutesRecord = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: Source,
    title: z.string().nullable(),
    type: z.string().nullable(),
    region: z.string().nullable(),
    topic: z.string().nullable(),
    purpose: z.string().nullable(),
    moderator: Person.nullable(),
    date: MeetingDate.nullable(),
    venue: Venue.nullable(),
    participants: Participants.nullable(),
    speakers: z.array(Person),
    presentations: z.array(z.string().min(1)),
    discussion: z.array(z.string().min(1)),
    suggestions: z.array(Suggestion),
    diagnostics: z.array(Diagnostic),
    positions: z
      .record(z.string(), Position)
      .optional()
      .describe('Only with --positions: source span of each value, keyed by JSON Pointer'),
  })
  .describe('Structured record of the minutes of one public meeting');
export type MinutesRecord = z.infer<typeof MinutesRecord>;

/** The record's JSON Schema (draft 2020-12), generated from the zod schema. */
export function recordJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(MinutesRecord, { target: 'draft-2020-12' }),
    $id: 'https://github.com/dialogue/dialogue/schema/record-v1.json',
    title: 'Minutes record, version 1',
  };
}
