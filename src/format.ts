/**
 * Serialising records: JSON (2-space indent, schema key order), YAML (no
 * anchors, aliases or custom tags) and NDJSON (one record per line). A batch
 * is written as a stream: separator, body, separator, body, …, close.
 */
import { lazy } from './lazy.js';

const yaml = lazy<typeof import('yaml')>('yaml');
import type { MinutesRecord } from './schema.js';

export type Format = 'json' | 'yaml' | 'ndjson';
export const FORMATS: readonly Format[] = ['json', 'yaml', 'ndjson'];

/** One record in `format`: a whole document, or (`inStream`) an element of a JSON array / YAML stream. */
export function formatRecord(record: MinutesRecord, format: Format, inStream = false): string {
  switch (format) {
    case 'json':
      return inStream ? JSON.stringify(record, null, 2).replace(/^/gm, '  ') : `${JSON.stringify(record, null, 2)}\n`;
    case 'ndjson':
      return `${JSON.stringify(record)}\n`;
    case 'yaml': {
      // The 1.1 schema quotes every string a YAML 1.1 reader would turn into something else
      // ("2021-11-02" into a date, "yes" into true); the result reads back the same in 1.1 and 1.2.
      const text = yaml().stringify(record, { aliasDuplicateObjects: false, lineWidth: 0, version: '1.1' });
      return inStream ? `---\n${text}` : text;
    }
  }
}

/** What goes before the record at `index` of a stream. */
export function streamSeparator(format: Format, index: number): string {
  if (format !== 'json') return '';
  return index === 0 ? '[\n' : ',\n';
}

/** What closes a stream of `count` records. */
export function closeStream(format: Format, count: number): string {
  if (format !== 'json') return '';
  return count === 0 ? '[]\n' : '\n]\n';
}

/** The file extension for records in `format`. */
export function extensionFor(format: Format): string {
  return format === 'yaml' ? '.yaml' : format === 'ndjson' ? '.ndjson' : '.json';
}
