/**
 * The read step shared by `parse` and `validate`: only regular files are read,
 * and a failure becomes a sentence naming why, never a stack trace.
 */
import { lstatSync, readFileSync, readlinkSync, statSync } from 'node:fs';

/**
 * Read one file's bytes. Synchronous on purpose: one file at a time per thread,
 * from the page cache, a sync read costs less than the thread-pool round trips of an async one.
 */
export function readInput(absolute: string): Uint8Array {
  const info = statSync(absolute, { throwIfNoEntry: false });
  if (info === undefined) throw missing(absolute);
  if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  // A FIFO or device would block or never end: only regular files are read.
  if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
  return readFileSync(absolute);
}

/** Why a path gives no file: a link to nothing (a walked folder keeps those) or a file gone since it was listed. */
function missing(absolute: string): NodeJS.ErrnoException {
  const link = lstatSync(absolute, { throwIfNoEntry: false });
  if (link?.isSymbolicLink()) return Object.assign(new Error(readlinkSync(absolute)), { code: 'EBROKENLINK' });
  return Object.assign(new Error('no such file'), { code: 'ENOENT' });
}

/** The message of the `unreadable` error for an error thrown by `readInput`. */
export function readProblem(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'Cannot read the file: it does not exist (was it moved during the run?)';
    case 'EBROKENLINK':
      return `Cannot read the file: it is a symbolic link to “${e.message}”, which does not exist`;
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
