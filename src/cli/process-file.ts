/**
 * One file through the pipeline: read → parse → serialise. An exception here
 * becomes a fatal diagnostic on that file, never a crashed batch. Runs in the
 * main thread or in a worker, with the same result.
 */
import { formatRecord, type Format } from '../format.js';
import { parseMinutes, unreadableRecord, type ParseOptions } from '../parse-minutes.js';
import type { Diagnostic } from '../schema.js';
import { readInput, readProblem } from './read-input.js';

export interface FileTask {
  index: number;
  /** The path to record and report. */
  path: string;
  /** Absolute path to read; null means the bytes are given. */
  absolute: string | null;
  bytes?: Uint8Array;
  format: Format;
  inStream: boolean;
  options: Omit<ParseOptions, 'path'>;
}

export interface FileResult {
  index: number;
  path: string;
  /** The serialised record. */
  body: string;
  diagnostics: Diagnostic[];
}

/** Read, parse and serialise one file. Never throws. */
export async function processFile(task: FileTask): Promise<FileResult> {
  const path = task.path === '-' ? null : task.path;
  let record;
  try {
    const bytes = task.bytes ?? readInput(task.absolute!);
    record = parseMinutes(bytes, { ...task.options, path });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    record = unreadableRecord(path, 'unreadable', readProblem(e));
  }
  let body: string;
  try {
    body = formatRecord(record, task.format, task.inStream);
  } catch (error) {
    record = unreadableRecord(path, 'output-failed', `Could not serialise the record: ${(error as Error).message}`);
    body = formatRecord(record, task.format, task.inStream);
  }
  return { index: task.index, path: task.path, body, diagnostics: record.diagnostics };
}
