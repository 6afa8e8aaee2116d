/** Reporters render diagnostics for stderr; each is one file and a pure function. */
import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../../schema.js';

export interface FileReport {
  path: string;
  diagnostics: Diagnostic[];
}

export interface Summary {
  files: number;
  records: number;
  errors: number;
  warnings: number;
  infos: number;
  seconds: number;
}

export interface Reporter {
  /** The text to write for one file's diagnostics ('' for none). */
  file(report: FileReport, chalk: ChalkInstance): string;
  /** The closing summary line. */
  summary(summary: Summary, chalk: ChalkInstance): string;
}

/** "1 warning", "2 errors". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The summary counts as words, shared by the text reporters. */
export function summaryText(s: Summary): string {
  return `${plural(s.files, 'file')}, ${plural(s.records, 'record')}, ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')} in ${s.seconds.toFixed(2)} s`;
}
