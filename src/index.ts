/**
 * dialogue: turn raw minutes of public meetings into structured, validated records.
 *
 * @example
 *   import { parseMinutes, MinutesRecord } from 'dialogue';
 *   const record = parseMinutes(text, { path: 'osh.txt' });
 */
export { parseMinutes, type ParseOptions } from './parse-minutes.js';
export {
  MinutesRecord,
  Diagnostic,
  Person,
  PersonName,
  MeetingDate,
  Venue,
  Participants,
  Suggestion,
  Source,
  Position,
  Severity,
  SCHEMA_VERSION,
  recordJsonSchema,
} from './schema.js';
export { LEXICONS, lexiconFor, detectLanguage, type Lexicon } from './lexicon/index.js';
