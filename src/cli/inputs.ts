/**
 * Expand the paths given to `parse` into a sorted list of files: files as
 * given, folders walked (hidden folders and node_modules skipped, symlink
 * loops broken), glob patterns matched, and `-` for standard input.
 */
import { readdir as readdirCallback, readlink as readlinkCallback, realpath as realpathCallback, stat as statCallback } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { diagnostic } from '../diagnostic.js';
import { lazy } from '../lazy.js';
import type { Diagnostic } from '../schema.js';

// node:fs/promises would load ~15 more modules (readline, watchers) into every start, ~3 ms.
const stat = promisify(statCallback);
const readdir = promisify(readdirCallback);
const realpath = promisify(realpathCallback.native);
const readlink = promisify(readlinkCallback);

const picomatch = lazy<typeof import('picomatch')>('picomatch');
// Only a glob character makes a path worth handing to picomatch.
const GLOB = /[*?[\]{}()!]/;

export interface Input {
  /** The path to show and record (as the user spelled it, joined for walked files); '-' for stdin. */
  path: string;
  /** Path relative to the folder or glob base it came from: the name of its output file. */
  relative: string;
  /** Absolute path, or null for stdin. */
  absolute: string | null;
}

/** What a path on the command line, or a folder below it, gave instead of files. */
export interface InputProblem {
  path: string;
  /** `no-such-path` (error: nothing there, a usage error), `unreadable` (error: a folder could not be listed), `no-files-in-folder` (warning). */
  code: 'no-such-path' | 'unreadable' | 'no-files-in-folder';
  severity: 'error' | 'warning';
  message: string;
}

export interface Expanded {
  inputs: Input[];
  problems: InputProblem[];
  /** True when the user named exactly one file (or stdin): output is one record, not a list. */
  single: boolean;
}

/** Expand `paths` relative to `cwd`, keeping files whose extension is in `exts`. */
export async function expandInputs(paths: string[], cwd: string, exts: string[]): Promise<Expanded> {
  const inputs: Input[] = [];
  const problems: InputProblem[] = [];
  let single = paths.length === 1;
  for (const given of paths) {
    if (given === '-') {
      inputs.push({ path: '-', relative: 'stdin', absolute: null });
      continue;
    }
    const absolute = resolve(cwd, given);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      if (GLOB.test(given) && picomatch().scan(given).isGlob) {
        single = false;
        const matched = await expandGlob(given, cwd, exts);
        if (matched.length === 0) problems.push(noSuchPath(given, 'No file matches this pattern'));
        inputs.push(...matched);
      } else {
        problems.push(noSuchPath(given, info.code === 'ENOENT' ? await nothingAt(absolute) : info.message));
      }
      continue;
    }
    if (info.isDirectory()) {
      single = false;
      const unlisted = problems.length;
      const found = await walk(absolute, exts, new Set(), (folder, error) => problems.push(unreadableFolder(join(given, relative(absolute, folder)), error)));
      // (A folder with nothing to read is likely the wrong one, or its files have another extension: say so.)
      if (found.length === 0 && problems.length === unlisted) {
        const message = `No file ending in ${orList(exts)} in this folder or below it (hidden folders and node_modules are skipped)`;
        problems.push({ path: given, code: 'no-files-in-folder', severity: 'warning', message });
      }
      for (const file of found) {
        const rel = relative(absolute, file);
        inputs.push({ path: join(given, rel), relative: rel, absolute: file });
      }
      continue;
    }
    inputs.push({ path: given, relative: basename(given), absolute });
  }
  // Stable order: sorted by path, duplicates dropped.
  const unique = new Map<string, Input>();
  for (const input of inputs) if (!unique.has(input.absolute ?? '-')) unique.set(input.absolute ?? '-', input);
  const sorted = [...unique.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { inputs: sorted, problems, single: single && sorted.length === 1 && problems.length === 0 };
}

/**
 * Report each problem of `expandInputs` as a diagnostic on its path and count it in `counts`,
 * as a file's would be; true when one was a path that names nothing (a usage error, exit 2).
 */
export function reportInputProblems(
  problems: InputProblem[],
  report: (path: string, diagnostics: Diagnostic[]) => void,
  counts: { errors: number; warnings: number },
  hint: (problem: InputProblem) => string = () => '',
): boolean {
  let usage = false;
  for (const problem of problems) {
    report(problem.path, [diagnostic(problem.severity, problem.code, problem.message + hint(problem))]);
    if (problem.severity === 'warning') counts.warnings++;
    else counts.errors++;
    if (problem.code === 'no-such-path') usage = true;
  }
  return usage;
}

function basename(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function wanted(name: string, exts: string[]): boolean {
  const lower = name.toLowerCase();
  return exts.some((e) => lower.endsWith(e));
}

function skipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** "a, b or c". */
function orList(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** Why nothing is at a path that does not exist: most often a typo, sometimes a link to nothing. */
async function nothingAt(absolute: string): Promise<string> {
  const target = await readlink(absolute).catch(() => null);
  return target === null ? 'No such file or folder' : `A symbolic link to “${target}”, which does not exist`;
}

function noSuchPath(path: string, why: string): InputProblem {
  return { path, code: 'no-such-path', severity: 'error', message: `${why}: expected a file, a folder or a glob pattern` };
}

function unreadableFolder(path: string, error: NodeJS.ErrnoException): InputProblem {
  const why = error.code === 'EACCES' || error.code === 'EPERM' ? 'permission denied' : error.message;
  return { path, code: 'unreadable', severity: 'error', message: `Cannot list this folder (${why}): the files in it were not parsed` };
}

/** Told of a folder below the one walked that could not be listed, and why. */
type OnUnreadable = (folder: string, error: NodeJS.ErrnoException) => void;

/** All wanted files below `dir`; `seen` holds real paths of folders visited (breaks symlink loops). */
async function walk(dir: string, exts: string[], seen: Set<string>, unreadable: OnUnreadable): Promise<string[]> {
  const real = await realpath(dir).catch(() => dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    // (Never a silent gap in a batch: the folder is named, and the run fails.)
    unreadable(dir, error);
    return [];
  });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (skipped(entry.name)) continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => undefined);
      isDir = target?.isDirectory() ?? false;
      // (A link to nothing, named like a wanted file, is kept: reading it fails on that file, so the gap is named.)
      isFile = target?.isFile() ?? target === undefined;
    }
    if (isDir) files.push(...(await walk(path, exts, seen, unreadable)));
    else if (isFile && wanted(entry.name, exts)) files.push(path);
  }
  return files;
}

async function expandGlob(pattern: string, cwd: string, exts: string[]): Promise<Input[]> {
  const scan = picomatch().scan(pattern);
  const base = scan.base === '' ? '.' : scan.base;
  const root = resolve(cwd, base);
  const isMatch = picomatch()(scan.glob, { dot: false });
  // (A folder it cannot list is passed over, as a shell's glob does: the pattern may never have reached into it.)
  const files = await walk(root, [''], new Set(), () => {});
  const out: Input[] = [];
  for (const file of files) {
    const rel = relative(root, file).split(sep).join('/');
    if (!isMatch(rel)) continue;
    if (!/\.[^/]+$/.test(scan.glob) && !wanted(rel, exts)) continue;
    out.push({ path: base === '.' ? rel : join(base, rel), relative: rel, absolute: file });
  }
  return out;
}
