/**
 * Expanding the paths given on the command line (src/cli/inputs.ts), in-process, on a temporary
 * folder. A folder that cannot be listed is made so by a stand-in for `readdir`: as root (as CI
 * runs) a folder's permissions would not stop it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Any folder named "locked" cannot be listed.
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const readdir = (path: string, options: unknown, callback: (error: NodeJS.ErrnoException | null, entries?: unknown) => void) => {
    if (String(path).endsWith('locked')) {
      const error: NodeJS.ErrnoException = new Error(`EACCES: permission denied, scandir '${path}'`);
      error.code = 'EACCES';
      callback(error);
      return;
    }
    fs.readdir(path, options as { withFileTypes: true }, callback as never);
  };
  return { ...fs, readdir, default: { ...fs, readdir } };
});

const { expandInputs } = await import('../src/cli/inputs.js');

const MINUTES = new URL('../fixtures/minutes/', import.meta.url).pathname;
const EXTS = ['.txt', '.md'];
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dialogue-inputs-'));
  mkdirSync(join(dir, 'minutes/locked'), { recursive: true });
  mkdirSync(join(dir, 'minutes/sub'), { recursive: true });
  mkdirSync(join(dir, 'empty/deeper'), { recursive: true });
  mkdirSync(join(dir, 'other'), { recursive: true });
  copyFileSync(join(MINUTES, 'osh.txt'), join(dir, 'minutes/osh.txt'));
  copyFileSync(join(MINUTES, 'batken.txt'), join(dir, 'minutes/locked/batken.txt'));
  copyFileSync(join(MINUTES, 'naryn.md'), join(dir, 'minutes/sub/naryn.md'));
  writeFileSync(join(dir, 'other/notes.docx'), 'x');
  writeFileSync(join(dir, 'other/table.csv'), 'a,b\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('expandInputs: folders that give no files', () => {
  it('a folder below the one given that cannot be listed is an error naming it; the others are still read', async () => {
    // (It had been passed over without a word: its files were missing from the batch.)
    const expanded = await expandInputs(['minutes'], dir, EXTS);
    expect(expanded.inputs.map((i) => i.path)).toEqual(['minutes/osh.txt', 'minutes/sub/naryn.md']);
    expect(expanded.problems).toEqual([
      { path: 'minutes/locked', code: 'unreadable', severity: 'error', message: 'Cannot list this folder (permission denied): the files in it were not parsed' },
    ]);
  });

  it('so is the folder given, if it cannot be listed, with no warning that it is empty besides', async () => {
    const expanded = await expandInputs(['minutes/locked'], dir, EXTS);
    expect(expanded.inputs).toEqual([]);
    expect(expanded.problems.map((p) => [p.path, p.code])).toEqual([['minutes/locked', 'unreadable']]);
  });

  it('a folder with no file of the extensions, however deep, warns', async () => {
    for (const folder of ['empty', 'other']) {
      const expanded = await expandInputs([folder], dir, EXTS);
      expect(expanded.inputs).toEqual([]);
      expect(expanded.problems).toEqual([
        {
          path: folder,
          code: 'no-files-in-folder',
          severity: 'warning',
          message: 'No file ending in .txt or .md in this folder or below it (hidden folders and node_modules are skipped)',
        },
      ]);
    }
    expect((await expandInputs(['other'], dir, ['.json', '.yaml', '.yml'])).problems[0]!.message).toBe(
      'No file ending in .json, .yaml or .yml in this folder or below it (hidden folders and node_modules are skipped)',
    );
  });

  it('negative: a folder with files, or other extensions asked for, gives none; a glob passes over what it cannot list', async () => {
    expect((await expandInputs(['minutes/sub'], dir, EXTS)).problems).toEqual([]);
    expect((await expandInputs(['other'], dir, ['.docx'])).problems).toEqual([]);
    const glob = await expandInputs(['minutes/**/*.txt'], dir, EXTS);
    expect(glob.inputs.map((i) => i.path)).toEqual(['minutes/osh.txt']);
    expect(glob.problems).toEqual([]);
  });

  it('a path that names nothing stays a usage error', async () => {
    expect((await expandInputs(['nope.txt', 'nope/*.md'], dir, EXTS)).problems).toEqual([
      { path: 'nope.txt', code: 'no-such-path', severity: 'error', message: 'No such file or folder: expected a file, a folder or a glob pattern' },
      { path: 'nope/*.md', code: 'no-such-path', severity: 'error', message: 'No file matches this pattern: expected a file, a folder or a glob pattern' },
    ]);
  });
});
