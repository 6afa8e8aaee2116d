/**
 * One file through the pipeline: read → parse → serialise. An exception here
 * becomes a fatal diagnostic on that file, never a crashed batch. Runs in the
 * main thread or in a worker, with the same result.
 */
import { readFileSync, statSync } from 'node:fs';
import { formatRecord, type Format } from '../format.js';
import { parseMinutes, unreadableRecord, type ParseOptions } from '../parse-minutes.js';
import type { Diagnostic } from '../schema.js';

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

/**
 * Synchronous on purpose: one file at a time per thread, from the page cache,
 * a sync read costs less than the thread-pool round trips of an async one.
 */
function readInput(absolute: string): Uint8Array {
  const info = statSync(absolute);
  if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  // A FIFO or device would block or never end: only regular files are read.
  if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
  return readFileSync(absolute);
}

function readProblem(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'Cannot read the file: it does not exist (was it moved during the run?)';
    case 'EACCES':
    case 'EPERM':
      return 'Cannot read the file: permission denied';
    case 'EISDIR':
      return 'Cannot read the file: it is a folder; pass the folder itself to convert the files inside';
    case 'ENOTREG':
      return 'Cannot read the file: it is not a regular file (a FIFO, socket or device)';
    default:
      return `Cannot read the file: ${e.message}`;
  }
}
