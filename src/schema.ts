/**
 * The minutes record, version 1: the executable form of `docs/record.md`.
 *
 * Every schema sits beside its inferred type; the key order of each `z.object`
 * is the key order of the emitted JSON, so consumers can diff records. The
 * schemas use `zod/mini`, zod's tree-shakable form: the same validation and
 * JSON Schema, a fifth of the start-up cost for the CLI.
 */
import * as z from 'zod/mini';

export const SCHEMA_VERSION = 1 as const;

/**
 * `schema` with a description for its JSON Schema. Registered as metadata, not
 * added as a `z.describe` check: z.compile cannot compile a schema with that
 * check, and the record is validated compiled (src/parse-minutes.ts).
 */
function described<T extends z.core.$ZodType>(schema: T, description: string): T {
  z.globalRegistry.add(schema, { description });
  return schema;
}

const text = (description?: string) => (description ? described(z.string().check(z.minLength(1)), description) : z.string().check(z.minLength(1)));
const count = () => z.int().check(z.minimum(0));

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Diagnostic = described(
  z.object({
    severity: Severity,
    code: described(z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)), 'Stable kebab-case rule id'),
    message: text(),
    line: z.int().check(z.minimum(1)),
    column: z.int().check(z.minimum(1)),
  }),
  'Something the parser noticed and could not settle',
);
export type Diagnostic = z.infer<typeof Diagnostic>;

export const PersonName = z.object({
  full: text('The name exactly as written, honorifics removed'),
  given: z.nullable(z.string()),
  patronymic: z.nullable(z.string()),
  family: z.nullable(z.string()),
});
export type PersonName = z.infer<typeof PersonName>;

export const Person = z.object({
  name: PersonName,
  roles: described(z.array(text()), 'Titles and positions given with the name'),
});
export type Person = z.infer<typeof Person>;

export const MeetingDate = z.object({
  text: text('The date as written'),
  year: z.nullable(z.int()),
  month: z.nullable(z.int().check(z.minimum(1), z.maximum(12))),
  day: z.nullable(z.int().check(z.minimum(1), z.maximum(31))),
  iso: described(z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))), 'YYYY-MM-DD, only when year, month and day are all known'),
});
export type MeetingDate = z.infer<typeof MeetingDate>;

export const Venue = z.object({
  text: text(),
  city: z.nullable(z.string()),
  name: described(z.nullable(z.string()), 'The named place without quotes or the word "hotel"'),
  room: z.nullable(z.string()),
});
export type Venue = z.infer<typeof Venue>;

export const Participants = z.object({
  total: z.nullable(count()),
  women: z.nullable(count()),
  men: z.nullable(count()),
  groups: z.array(text()),
});
export type Participants = z.infer<typeof Participants>;

export const Suggestion = z.object({
  number: count(),
  text: text(),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const Source = z.object({
  path: described(z.nullable(z.string()), 'The path as the user gave it, or null for stdin and library calls'),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  bytes: count(),
  language: described(z.string(), 'Language of the lexicon used, e.g. "en"'),
  encoding: described(z.string(), 'Encoding the bytes were decoded from, e.g. "utf-8"'),
});
export type Source = z.infer<typeof Source>;

const Point = z.object({ line: z.int().check(z.minimum(1)), column: z.int().check(z.minimum(1)) });
export const Position = z.object({ start: Point, end: Point });
export type Position = z.infer<typeof Position>;

export const MinutesRecord = described(
  z.object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: Source,
    title: z.nullable(z.string()),
    type: z.nullable(z.string()),
    region: z.nullable(z.string()),
    topic: z.nullable(z.string()),
    purpose: z.nullable(z.string()),
    moderator: z.nullable(Person),
    date: z.nullable(MeetingDate),
    venue: z.nullable(Venue),
    participants: z.nullable(Participants),
    speakers: z.array(Person),
    presentations: z.array(text()),
    discussion: z.array(text()),
    suggestions: z.array(Suggestion),
    diagnostics: z.array(Diagnostic),
    positions: z.optional(
      described(z.record(z.string(), Position), 'Only with --positions: source span of each value, keyed by JSON Pointer'),
    ),
  }),
  'Structured record of the minutes of one public meeting',
);
export type MinutesRecord = z.infer<typeof MinutesRecord>;

// z.compile turns the schema into generated code that validates a record ~7× faster, with the
// same results and the same issues; building it costs more than one validation, so a run that
// checks a single record never builds it.
let checks = 0;
let compiledRecord: typeof MinutesRecord | undefined;

/** `MinutesRecord.safeParse(value)`, compiled with z.compile from a run's second record on. */
export function checkRecord(value: unknown): ReturnType<typeof MinutesRecord.safeParse> {
  const schema = ++checks === 1 ? MinutesRecord : (compiledRecord ??= z.compile(MinutesRecord));
  return schema.safeParse(value);
}

/** The record's JSON Schema (draft 2020-12), generated from the zod schema. */
export function recordJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(MinutesRecord, { target: 'draft-2020-12' }),
    $id: 'https://github.com/dialogue/dialogue/schema/record-v1.json',
    title: 'Minutes record, version 1',
  };
}
