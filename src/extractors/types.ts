/** The contract every extractor follows. */
import type { Doc, Span } from '../document.js';
import type { Diagnostic } from '../schema.js';

/** What an extractor returns: the value, where each part of it came from, and what it noticed. */
export interface Extracted<T> {
  value: T;
  /** Source spans keyed by JSON Pointer relative to the field ('' is the field itself). */
  spans?: Record<string, Span>;
  diagnostics?: Diagnostic[];
  /** The text the value claims from other fields, where that is not its one span `''` (lists apart in a document). */
  claims?: Span[];
  /** Where a part of the value is written again (a talk's title given for two speakers): read, but no part of its own. */
  repeats?: Span[];
}

/** Options that change what an extractor does. */
export interface ExtractOptions {
  /** Complete a date without a year with this year (and say so in an info diagnostic). */
  assumeYear?: number;
}

/** Values found by the extractors that ran earlier, for those that build on them. */
export interface Found {
  title?: Extracted<string | null>;
  /** The kind of event, with its span in the title when it is there. */
  type?: Extracted<string | null>;
  region?: Extracted<string | null>;
  topic?: Extracted<string | null>;
  purpose?: Extracted<string | null>;
  moderator?: Extracted<{ name: { full: string } } | null>;
  date?: Extracted<unknown>;
  venue?: Extracted<{ text: string } | null>;
  /** The talk titles, with a span for each ('/0', '/1', …) and for each repeat: a title before a presenter's name is no role. */
  presentations?: Extracted<string[]>;
  /** Offsets of text that a field has claimed (a speaker list must not re-read the moderator line). */
  claimed: Span[];
}

/** An extractor: a pure function of the document, the earlier findings and the options. */
export type Extractor<T> = (doc: Doc, found: Found, options: ExtractOptions) => Extracted<T>;

/** Whether `span` overlaps text another field has claimed (but for the claims in `except`). */
export function isClaimed(found: Found, span: Span, except?: ReadonlySet<Span>): boolean {
  return found.claimed.some((c) => overlaps(c, span) && !except?.has(c));
}

/** Where the last claim that overlaps `span` ends, or `span.start` if none does (but for the claims in `except`). */
export function claimsEnd(found: Found, span: Span, except?: ReadonlySet<Span>): number {
  let end = span.start;
  for (const c of found.claimed) if (overlaps(c, span) && !except?.has(c)) end = Math.max(end, c.end);
  return end;
}

/** Whether two spans share a character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
