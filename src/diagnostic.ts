/**
 * Diagnostics are data: a severity, a stable code, a message and a place.
 * Library code only creates them; the CLI's reporters render them.
 */
import type { Diagnostic, Severity } from './schema.js';

export type { Diagnostic, Severity };

/** A 1-based place in the source text. */
export interface Point {
  line: number;
  column: number;
}

/** The core fields that warn `missing-<field>` when the text does not give them. */
export const CORE_FIELDS = ['title', 'moderator', 'date', 'venue', 'participants', 'suggestions'] as const;
export type CoreField = (typeof CORE_FIELDS)[number];

/** Create a diagnostic at `place` (the start of the document when omitted). */
export function diagnostic(
  severity: Severity,
  code: string,
  message: string,
  place: Point = { line: 1, column: 1 },
): Diagnostic {
  return { severity, code, message, line: place.line, column: place.column };
}

/** The warning for a core field the text does not give. */
export function missing(field: CoreField): Diagnostic {
  return diagnostic('warning', `missing-${field}`, `No ${field} found: expected ${EXPECTED[field]}`);
}

const EXPECTED: Record<CoreField, string> = {
  title: 'a heading at the top of the report',
  moderator: 'a line such as "Moderator: Name, role" or "Chair: Name"',
  date: 'a line such as "Date and venue: 8 July 2021, ..." or a date in the title',
  venue: 'a line such as "Date and venue: ..., Osh city, the hotel “Name”" or "Venue: ..."',
  participants: 'a count such as "Totally: 40 participants, among them 24 women and 16 men"',
  suggestions: 'a numbered list after a line such as "Suggestions made:" or "Recommendations:"',
};

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sort diagnostics by place, then severity, then code, so output is stable. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      ORDER[a.severity] - ORDER[b.severity] ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
