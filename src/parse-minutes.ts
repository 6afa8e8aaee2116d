/**
 * parseMinutes: minutes in, validated record out. The pipeline, one named
 * step each: decode → a whole HTML document as markdown, or else HTML references → normalise → blank front matter →
 * tab-separated rows as table rows → number Roman, dashed and sub-numbered
 * items → detect language → number lettered and ordinal ("First, …") items →
 * numbered section headings as headings → mdast → extract → assemble →
 * validate. It never throws: a failing step becomes an error diagnostic.
 */
import { createHash } from 'node:crypto';
import { CORE_FIELDS, diagnostic, missing, sortDiagnostics } from './diagnostic.js';
import { createDoc, type Doc, type Span } from './document.js';
import { date } from './extractors/date.js';
import { discussion } from './extractors/discussion.js';
import { moderator } from './extractors/moderator.js';
import { participants } from './extractors/participants.js';
import { presentations } from './extractors/presentations.js';
import { purpose } from './extractors/purpose.js';
import { region } from './extractors/region.js';
import { speakers } from './extractors/speakers.js';
import { suggestions } from './extractors/suggestions.js';
import { title } from './extractors/title.js';
import { topic } from './extractors/topic.js';
import { type } from './extractors/type.js';
import { venue } from './extractors/venue.js';
import type { Extracted, ExtractOptions, Extractor, Found } from './extractors/types.js';
import { detectLanguage, lexiconFor } from './lexicon/index.js';
import { numberDashItems } from './pipeline/dash-items.js';
import { withLinesOf, withoutDoubleSpacing } from './pipeline/double-spacing.js';
import { gridTablesAsRows } from './pipeline/grid-tables.js';
import { pandocTablesAsRows } from './pipeline/pandoc-tables.js';
import { decode } from './pipeline/decode.js';
import { withoutFrontMatter } from './pipeline/front-matter.js';
import { htmlDocumentAsText } from './pipeline/html-document.js';
import { withoutHtml } from './pipeline/html-text.js';
import { tabTablesAsRows } from './pipeline/tab-tables.js';
import { numberLetterItems } from './pipeline/letter-items.js';
import { numberOrdinalItems } from './pipeline/ordinal-items.js';
import { dashesOpeningLines, normalize } from './pipeline/normalize.js';
import { withoutPageLabels, withoutPageNumbers, withoutRunningHeads } from './pipeline/page-numbers.js';
import { numberRomanItems } from './pipeline/roman-items.js';
import { numberSections } from './pipeline/section-headings.js';
import { numberSubItems } from './pipeline/sub-items.js';
import { toTree } from './pipeline/tree.js';
import { checkRecord, MinutesRecord, SCHEMA_VERSION, type Diagnostic, type Position } from './schema.js';

export interface ParseOptions extends ExtractOptions {
  /** The path to record in `source.path` (null for stdin or a string). */
  path?: string | null;
  /** Force a language ("en") instead of detecting it. */
  lang?: string;
  /** Force an encoding for byte input ("utf-8", "windows-1251", …). */
  encoding?: string;
  /** Add `positions`: the source span of each value, keyed by JSON Pointer. */
  positions?: boolean;
}

type FieldName = 'title' | 'type' | 'region' | 'topic' | 'purpose' | 'moderator' | 'date' | 'venue' | 'participants' | 'speakers' | 'presentations' | 'discussion' | 'suggestions';

// Extraction order: a field comes after those it reads (type after title, speakers after moderator and presentations).
const EXTRACTORS: [FieldName, Extractor<unknown>][] = [
  ['title', title],
  ['type', type],
  ['topic', topic],
  ['purpose', purpose],
  ['moderator', moderator],
  ['date', date],
  ['venue', venue],
  ['region', region],
  ['participants', participants],
  ['suggestions', suggestions],
  ['presentations', presentations],
  ['speakers', speakers],
  ['discussion', discussion],
];

const LIST_FIELDS = new Set<FieldName>(['speakers', 'presentations', 'discussion', 'suggestions']);

/** What the steps before extraction give: the record's source, their diagnostics, and the document unless the input has none. */
export interface ReadDocument {
  source: MinutesRecord['source'];
  diagnostics: Diagnostic[];
  doc?: Doc;
}

/**
 * Every step before extraction: decode, normalise, number items, detect the language, hash,
 * parse to mdast and index the document. Never throws: empty, binary or unparseable input
 * gives no `doc` and an error diagnostic.
 */
export function readDocument(input: string | Uint8Array, options: ParseOptions = {}): ReadDocument {
  const decoded = decode(input, { encoding: options.encoding });
  const roman = new Set<number>();
  // A whole HTML document is read as the markdown it stands for (its references decoded); its lines are not the file's.
  const html = htmlDocumentAsText(decoded.text);
  // One form of text, lines kept: HTML references, normalised spaces and markers, no front matter, no page numbers or running heads, tab rows, pandoc's tables and grid tables as table rows.
  const cleaned = gridTablesAsRows(tabTablesAsRows(withoutRunningHeads(withoutPageNumbers(withoutFrontMatter(normalize(html ? html.text : withoutHtml(pandocTablesAsRows(decoded.text))))))));
  // A double-spaced text's blank lines, one of each run, taken out (offsets kept; its lines given back for diagnostics below).
  const spacing = html ? undefined : withoutDoubleSpacing(cleaned);
  const subItems = new Set<number>();
  const plain = numberSubItems(numberDashItems(numberRomanItems(spacing ? dashesOpeningLines(spacing.text) : cleaned, roman)), subItems);
  const diagnostics: Diagnostic[] = [...decoded.diagnostics];
  const forced = options.lang ? lexiconFor(options.lang) : undefined;
  if (options.lang && !forced) diagnostics.push(diagnostic('error', 'unknown-language', `No lexicon for language “${options.lang}”`));
  const lexicon = forced ?? detectLanguage(plain);
  const text = numberSections(numberOrdinalItems(numberLetterItems(withoutPageLabels(plain, lexicon), lexicon), lexicon), lexicon, roman, subItems);
  const source = {
    path: options.path ?? null,
    // A string is hashed and counted as its UTF-8 bytes, without copying it into a buffer.
    sha256: createHash('sha256').update(input).digest('hex'),
    bytes: typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength,
    language: lexicon.code,
    encoding: decoded.encoding,
  };
  if (text.trim() === '') {
    diagnostics.push(diagnostic('error', 'empty-input', 'The input is empty: expected the text of meeting minutes'));
    return { source, diagnostics };
  }
  if (decoded.binary) return { source, diagnostics };
  try {
    const lines = html ? { text: decoded.text, offset: html.sourceOffset } : spacing && { text: withLinesOf(text, spacing.joined), offset: sameOffset };
    return { source, diagnostics, doc: createDoc(text, toTree(text), lexicon, lines) };
  } catch (error) {
    diagnostics.push(diagnostic('error', 'parse-failed', `Could not parse the text as markdown: ${message(error)}`));
    return { source, diagnostics };
  }
}

/** The offset as given: a double-spaced text keeps its offsets, only its lines are not the file's. */
const sameOffset = (offset: number): number => offset;

/** Parse the minutes in `input` (text or raw bytes) into a validated record. Never throws. */
export function parseMinutes(input: string | Uint8Array, options: ParseOptions = {}): MinutesRecord {
  const { source, diagnostics, doc } = readDocument(input, options);
  if (!doc) return finish(emptyRecord(source), diagnostics, options, undefined, {});
  const record = emptyRecord(source);
  const found: Found = { claimed: [] };
  const spans: Record<string, Span> = {};
  for (const [field, extract] of EXTRACTORS) {
    let result: Extracted<unknown>;
    try {
      result = extract(doc, found, options);
    } catch (error) {
      diagnostics.push(diagnostic('error', 'extractor-failed', `The ${field} extractor failed: ${message(error)}`));
      continue;
    }
    (record as Record<string, unknown>)[field] = result.value;
    (found as unknown as Record<string, unknown>)[field] = result;
    diagnostics.push(...(result.diagnostics ?? []));
    // Keyed by JSON Pointer only for --positions: building the keys costs more than some extractors.
    if (options.positions) for (const [pointer, span] of Object.entries(result.spans ?? {})) spans[`/${field}${pointer}`] = span;
    const whole = result.spans?.[''];
    if (whole && result.value !== null && !LIST_FIELDS.has(field)) found.claimed.push(whole);
    if (whole && field === 'suggestions') found.claimed.push(...(result.claims ?? [whole]));
  }
  for (const field of CORE_FIELDS) {
    const value = record[field];
    const absent = value === null || (Array.isArray(value) && value.length === 0);
    const noCounts = field === 'participants' && value !== null && record.participants!.total === null && record.participants!.women === null && record.participants!.men === null;
    if (absent || noCounts) diagnostics.push(missing(field));
  }
  return finish(record, diagnostics, options, doc, spans);
}

/** A record for a file that could not be read: no fields, one error saying why. */
export function unreadableRecord(path: string | null, code: string, text: string): MinutesRecord {
  const record = emptyRecord({ path, sha256: createHash('sha256').digest('hex'), bytes: 0, language: 'und', encoding: 'none' });
  record.diagnostics = [diagnostic('error', code, text)];
  return record;
}

function emptyRecord(source: MinutesRecord['source']): MinutesRecord {
  return {
    schemaVersion: SCHEMA_VERSION,
    source,
    title: null,
    type: null,
    region: null,
    topic: null,
    purpose: null,
    moderator: null,
    date: null,
    venue: null,
    participants: null,
    speakers: [],
    presentations: [],
    discussion: [],
    suggestions: [],
    diagnostics: [],
  };
}

/** Attach diagnostics (and positions), then validate against the schema. */
function finish(
  record: MinutesRecord,
  diagnostics: Diagnostic[],
  options: ParseOptions,
  doc: Doc | undefined,
  spans: Record<string, Span>,
): MinutesRecord {
  record.diagnostics = sortDiagnostics(diagnostics);
  if (options.positions) record.positions = doc ? toPositions(doc, spans) : {};
  const checked = checkRecord(record);
  if (checked.success) return checked.data;
  // A record that fails its own schema is a bug in an extractor: say where, keep the data.
  const issue = checked.error.issues[0]!;
  record.diagnostics.push(
    diagnostic('error', 'invalid-record', `Internal error: /${issue.path.join('/')} ${issue.message}; please report this input`),
  );
  return record;
}

function toPositions(doc: Doc, spans: Record<string, Span>): Record<string, Position> {
  const out: Record<string, Position> = {};
  for (const pointer of Object.keys(spans).sort(comparePointers)) {
    const span = spans[pointer]!;
    out[pointer] = { start: doc.source(span.start), end: doc.source(span.end) };
  }
  return out;
}

/** Order pointers by field order, then numerically by index. */
function comparePointers(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (/^\d+$/.test(x) && /^\d+$/.test(y)) return Number(x) - Number(y);
    if (i === 1) return FIELD_ORDER.indexOf(x) - FIELD_ORDER.indexOf(y);
    return x < y ? -1 : 1;
  }
  return 0;
}

const FIELD_ORDER = Object.keys(MinutesRecord.shape);

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
