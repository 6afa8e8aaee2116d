/**
 * The CLI as users run it: the real binary (bin/dialogue.js, built by
 * `npm run build`) on temporary folders. Checks outputs, exit codes and
 * reporters.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = new URL('../bin/dialogue.js', import.meta.url).pathname;
const MINUTES = new URL('../fixtures/minutes/', import.meta.url).pathname;
let dir: string;

function dialogue(args: string[], options: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? dir,
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dialogue-cli-'));
  mkdirSync(join(dir, 'minutes/sub'), { recursive: true });
  mkdirSync(join(dir, 'minutes/.hidden'));
  mkdirSync(join(dir, 'minutes/node_modules'));
  copyFileSync(join(MINUTES, 'osh.txt'), join(dir, 'minutes/osh.txt'));
  copyFileSync(join(MINUTES, 'batken.txt'), join(dir, 'minutes/sub/batken.txt'));
  copyFileSync(join(MINUTES, 'naryn.md'), join(dir, 'minutes/sub/naryn.md'));
  copyFileSync(join(MINUTES, 'osh.txt'), join(dir, 'minutes/.hidden/skip.txt'));
  copyFileSync(join(MINUTES, 'osh.txt'), join(dir, 'minutes/node_modules/skip.txt'));
  writeFileSync(join(dir, 'minutes/notes.csv'), 'a,b\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dialogue parse, one file', () => {
  it('prints one JSON record with 2-space indent and a summary on stderr; exit 0', () => {
    const r = dialogue(['parse', 'minutes/osh.txt']);
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout);
    expect(record.moderator.name.full).toBe('Abdyrov Tolonbek Shakirovich');
    expect(record.source.path).toBe('minutes/osh.txt');
    expect(r.stdout.startsWith('{\n  "schemaVersion": 1,')).toBe(true);
    expect(r.stderr).toContain('minutes/osh.txt:13:17  warning  Date “18 of March” has no year');
    expect(r.stderr).toMatch(/1 file, 1 record, 0 errors, 1 warning in \d+\.\d\d s/);
  });

  it('prints YAML with --format yaml, no anchors', () => {
    const r = dialogue(['parse', 'minutes/osh.txt', '--format', 'yaml', '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^schemaVersion: 1\nsource:\n {2}path: minutes\/osh.txt/);
    expect(r.stdout).not.toMatch(/[&*]\w+\s*$/m);
    expect(r.stderr).toBe('minutes/osh.txt:13:17  warning  Date “18 of March” has no year; pass --assume-year YYYY to complete it  date-without-year\n');
  });

  it('--assume-year completes the date with an info diagnostic', () => {
    const r = dialogue(['parse', 'minutes/osh.txt', '--assume-year', '2021', '-q']);
    expect(JSON.parse(r.stdout).date).toEqual({ text: '18 of March', year: 2021, month: 3, day: 18, iso: '2021-03-18' });
    expect(r.stderr).toContain('info     Date “18 of March” has no year; assumed 2021');
  });

  it('--strict turns a warning into exit 1', () => {
    expect(dialogue(['parse', 'minutes/osh.txt', '--strict', '-q']).code).toBe(1);
  });

  it('reads stdin with - and when piped with no path', () => {
    const input = readFileSync(join(MINUTES, 'batken.txt'));
    for (const args of [['parse', '-'], ['parse']]) {
      const r = dialogue([...args, '-q'], { input });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).source.path).toBeNull();
      expect(JSON.parse(r.stdout).region).toBe('Batken');
    }
  });

  it('exit 2 with no path and a terminal on stdin, rather than waiting for input (in-process: a test has no terminal)', async () => {
    const { run } = await import('../src/cli/main.js');
    let stdout = '';
    let stderr = '';
    let read = false;
    const io = {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      readStdin: async () => ((read = true), new Uint8Array()),
      stdinIsTTY: true,
      cwd: dir,
      env: {},
      cores: 1,
      now: () => 0,
    };
    expect(await run(['parse'], io)).toBe(2);
    expect(read).toBe(false);
    expect(stdout).toBe('');
    expect(stderr).toBe('error: no input: pass files, folders or glob patterns, or pipe minutes to standard input\n(run with --help for usage)\n');
    // `-` says stdin on purpose: it is read even from a terminal.
    expect(await run(['parse', '-', '-q'], io)).toBe(1);
    expect(read).toBe(true);
  });

  it('exit 1 with empty-input for an empty file, and the record still printed', () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = dialogue(['parse', 'empty.txt', '-q']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).diagnostics[0].code).toBe('empty-input');
    expect(r.stderr).toContain('empty.txt:1:1  error    The input is empty');
  });

  it('exit 2 for a path that does not exist', () => {
    const r = dialogue(['parse', 'nope.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.txt:1:1  error    No such file or folder');
    // The summary counts it, and does not say all went well.
    expect(r.stderr).toContain('✖ 0 files, 0 records, 1 error, 0 warnings');
  });

  it('a folder with no minutes in it warns, counted in the summary; exit 0, or 1 with --strict', () => {
    // (It had printed an empty list and "✔ 0 files": a wrong folder in CI passed unnoticed.)
    mkdirSync(join(dir, 'no-minutes/sub'), { recursive: true });
    writeFileSync(join(dir, 'no-minutes/sub/report.docx'), 'x');
    const r = dialogue(['parse', 'no-minutes']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toContain(
      'no-minutes:1:1  warning  No file ending in .txt or .md in this folder or below it (hidden folders and node_modules are skipped): pass --ext to take files with other endings  no-files-in-folder',
    );
    expect(r.stderr).toContain('⚠ 0 files, 0 records, 0 errors, 1 warning');
    expect(dialogue(['parse', 'no-minutes', '--strict', '-q']).code).toBe(1);
    // Negative: with the extension asked for, the file is read.
    expect(dialogue(['parse', 'no-minutes', '--ext', '.docx', '-q']).stderr).not.toContain('no-files-in-folder');
  });

  it('exit 2 for usage errors, with commander’s message', () => {
    for (const args of [['parse', 'minutes/osh.txt', '--format', 'xml'], ['parse', '--assume-year', '21'], ['frobnicate'], ['parse', '--jobs', '0']]) {
      const r = dialogue(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/error/);
    }
  });

  it('--help and --version exit 0', () => {
    expect(dialogue(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = dialogue(['parse', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--out-dir');
  });

  it('colours stderr with FORCE_COLOR and not with --no-color', () => {
    expect(dialogue(['parse', 'minutes/osh.txt'], { env: { FORCE_COLOR: '1' } }).stderr).toContain('\x1b[33mwarning');
    expect(dialogue(['parse', 'minutes/osh.txt', '--no-color'], { env: { FORCE_COLOR: '1' } }).stderr).not.toContain('\x1b[');
    expect(dialogue(['parse', 'minutes/osh.txt'], { env: { NO_COLOR: '1' } }).stderr).not.toContain('\x1b[');
  });
});

describe('dialogue parse, many files', () => {
  it('walks folders in sorted order, skipping hidden folders, node_modules and other extensions', () => {
    const r = dialogue(['parse', 'minutes', '--format', 'ndjson', '-q']);
    expect(r.code).toBe(0);
    const paths = r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path);
    expect(paths).toEqual(['minutes/osh.txt', 'minutes/sub/batken.txt', 'minutes/sub/naryn.md']);
  });

  it('prints a JSON array for many inputs, and YAML documents', () => {
    const json = JSON.parse(dialogue(['parse', 'minutes', '-q']).stdout);
    expect(json.map((r: { region: string }) => r.region)).toEqual(['Osh', 'Batken', 'Naryn']);
    const yaml = dialogue(['parse', 'minutes', '--format', 'yaml', '-q']).stdout;
    expect(yaml.match(/^---$/gm)).toHaveLength(3);
  });

  it('expands glob patterns', () => {
    const r = dialogue(['parse', 'minutes/**/*.md', '--format', 'ndjson', '-q']);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path)).toEqual(['minutes/sub/naryn.md']);
  });

  it('--ext picks other extensions', () => {
    const r = dialogue(['parse', 'minutes', '--ext', 'md', '--format', 'ndjson', '-q']);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('a missing path does not stop the batch, and exits 2', () => {
    const r = dialogue(['parse', 'minutes/osh.txt', 'missing.txt', '--format', 'ndjson', '-q']);
    expect(r.code).toBe(2);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('one bad file does not stop the batch: it gets a record saying why; exit 1', () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad, { recursive: true });
    copyFileSync(join(MINUTES, 'osh.txt'), join(bad, 'a.txt'));
    writeFileSync(join(bad, 'b.txt'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0]));
    copyFileSync(join(MINUTES, 'batken.txt'), join(bad, 'c.txt'));
    const r = dialogue(['parse', 'bad', '--format', 'ndjson', '-q']);
    expect(r.code).toBe(1);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((x) => x.source.path)).toEqual(['bad/a.txt', 'bad/b.txt', 'bad/c.txt']);
    expect(records[1].diagnostics.map((d: { code: string }) => d.code)).toContain('not-text');
    expect(records[2].region).toBe('Batken');
  });

  it('--out-dir mirrors relative paths, writes identical bytes on a re-run, prints nothing on stdout', () => {
    const r = dialogue(['parse', 'minutes', '--out-dir', 'out', '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['osh.json', 'sub']);
    expect(readdirSync(join(dir, 'out/sub')).sort()).toEqual(['batken.json', 'naryn.json']);
    const first = readFileSync(join(dir, 'out/sub/batken.json'));
    dialogue(['parse', 'minutes', '--out-dir', 'out', '-q']);
    expect(readFileSync(join(dir, 'out/sub/batken.json')).equals(first)).toBe(true);
    expect(JSON.parse(first.toString()).region).toBe('Batken');
  });

  it('--out-dir never overwrites an input', () => {
    mkdirSync(join(dir, 'same'), { recursive: true });
    copyFileSync(join(MINUTES, 'osh.txt'), join(dir, 'same/osh.txt'));
    writeFileSync(join(dir, 'same/osh.json'), 'not minutes');
    const r = dialogue(['parse', 'same', '--ext', 'txt,json', '--out-dir', 'same', '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Refusing to overwrite an input file');
    expect(readFileSync(join(dir, 'same/osh.json'), 'utf8')).toBe('not minutes');
  });

  it('--out-dir that cannot be written is an error on each file, not a crash', () => {
    if (process.getuid?.() === 0) return; // root writes anywhere
    mkdirSync(join(dir, 'locked'));
    chmodSync(join(dir, 'locked'), 0o500);
    const r = dialogue(['parse', 'minutes/osh.txt', '--out-dir', 'locked/out', '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('write-failed');
  });

  it('breaks symlink loops while walking', () => {
    mkdirSync(join(dir, 'loop/inner'), { recursive: true });
    copyFileSync(join(MINUTES, 'osh.txt'), join(dir, 'loop/inner/osh.txt'));
    symlinkSync('..', join(dir, 'loop/inner/back'));
    const r = dialogue(['parse', 'loop', '--format', 'ndjson', '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('without --jobs, a batch gets one worker fewer than the cores: V8’s helper threads need the last one', async () => {
    const { defaultJobs } = await import('../src/cli/pool.js');
    expect([1, 2, 3, 4, 16].map(defaultJobs)).toEqual([1, 1, 2, 3, 15]);
    // A machine that reports no cores still gets a thread.
    expect(defaultJobs(0)).toBe(1);
  });

  it('--jobs 2 gives output identical to --jobs 1, byte for byte', () => {
    const many = join(dir, 'many');
    mkdirSync(many, { recursive: true });
    const names = readdirSync(MINUTES);
    for (let i = 0; i < 40; i++) copyFileSync(join(MINUTES, names[i % names.length]!), join(many, `${String(i).padStart(2, '0')}-${names[i % names.length]}`));
    const one = dialogue(['parse', 'many', '--format', 'ndjson', '--jobs', '1', '-q']);
    const two = dialogue(['parse', 'many', '--format', 'ndjson', '--jobs', '2', '-q']);
    expect(one.stdout.split('\n')).toHaveLength(41);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
  });

  it('a report too big for a worker’s bounded heap is parsed in the main thread: no file is lost', () => {
    const mixed = join(dir, 'mixed');
    mkdirSync(mixed, { recursive: true });
    for (let i = 0; i < 20; i++) copyFileSync(join(MINUTES, 'osh.txt'), join(mixed, `${String(i).padStart(2, '0')}.txt`));
    // 5 MB: more than the 48 MB old generation a worker is given can hold while parsing it.
    writeFileSync(join(mixed, '10-big.txt'), `${readFileSync(join(MINUTES, 'batken.txt'), 'utf8')}\n\n${'The discussion went on. '.repeat(210_000)}`);
    const r = dialogue(['parse', 'mixed', '--format', 'ndjson', '--jobs', '2', '-q']);
    const records = r.stdout.trim().split('\n').map((line) => JSON.parse(line) as { source: { path: string }; moderator: { name: { full: string } } });
    expect(records.map((x) => x.source.path)).toEqual([...readdirSync(mixed)].sort().map((f) => `mixed/${f}`));
    const big = records.find((x) => x.source.path === 'mixed/10-big.txt')!;
    expect(big.moderator.name.full).toBe(JSON.parse(dialogue(['parse', join(MINUTES, 'batken.txt')]).stdout).moderator.name.full);
  });
});

describe('a reader that stops early (`dialogue parse … | head`)', () => {
  it('ends the output quietly, exit 0: no EPIPE, no summary, and the batch stops', async () => {
    for (const jobs of ['1', '2']) {
      const child = spawn(process.execPath, [BIN, 'parse', MINUTES, '-f', 'ndjson', '--jobs', jobs], { cwd: dir, env: { ...process.env, NO_COLOR: '' } });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      // The first record read, the reader goes, as `head -1` does.
      await new Promise((resolve) => child.stdout.once('data', resolve));
      child.stdout.destroy();
      const code = await new Promise((resolve) => child.on('close', resolve));
      expect(code).toBe(0);
      expect(stderr).not.toMatch(/EPIPE|Error|files?, \d+ records?/);
    }
  });
  it('in-process: emit stops at the first write after the reader has gone, and nothing more is written', async () => {
    const { run } = await import('../src/cli/main.js');
    const written: string[] = [];
    let stderr = '';
    const io = {
      stdout: {
        write: (s: string) => written.push(s),
        get closed() {
          return written.length >= 2;
        },
      },
      stderr: { write: (s: string) => (stderr += s) },
      readStdin: async () => new Uint8Array(),
      stdinIsTTY: false,
      cwd: dir,
      env: {},
      cores: 1,
      now: () => 0,
    };
    expect(await run(['parse', MINUTES, '-f', 'ndjson', '--jobs', '1'], io)).toBe(0);
    expect(written).toHaveLength(2);
    expect(stderr).not.toMatch(/files?, \d+ records?/);
  });
  it('negative: a reader that reads everything gets every record and the summary', () => {
    const r = dialogue(['parse', MINUTES, '-f', 'ndjson']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(readdirSync(MINUTES).length);
    expect(r.stderr).toMatch(/files?, \d+ records?/);
  });
});

describe('reporters', () => {
  it('github prints workflow annotations', () => {
    const r = dialogue(['parse', 'minutes/osh.txt', '--reporter', 'github', '-q']);
    expect(r.stderr).toBe('::warning file=minutes/osh.txt,line=13,col=17,title=date-without-year::Date “18 of March” has no year; pass --assume-year YYYY to complete it\n');
  });

  it('json prints one diagnostic object per line, then the summary', () => {
    const lines = dialogue(['parse', 'minutes/osh.txt', '--reporter', 'json']).stderr.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({
      file: 'minutes/osh.txt',
      severity: 'warning',
      code: 'date-without-year',
      message: 'Date “18 of March” has no year; pass --assume-year YYYY to complete it',
      line: 13,
      column: 17,
    });
    expect(lines[1].summary).toMatchObject({ files: 1, records: 1, errors: 0, warnings: 1 });
  });
});

describe('dialogue schema and validate', () => {
  it('schema prints JSON Schema draft 2020-12', () => {
    const r = dialogue(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('validate accepts records the parser wrote, in JSON, NDJSON and YAML', () => {
    writeFileSync(join(dir, 'r.json'), dialogue(['parse', 'minutes', '-q']).stdout);
    writeFileSync(join(dir, 'r.ndjson'), dialogue(['parse', 'minutes', '-f', 'ndjson', '-q']).stdout);
    writeFileSync(join(dir, 'r.yaml'), dialogue(['parse', 'minutes', '-f', 'yaml', '-q']).stdout);
    const r = dialogue(['validate', 'r.json', 'r.ndjson', 'r.yaml']);
    expect(r.stderr).toContain('3 files, 9 records, 0 errors');
    expect(r.code).toBe(0);
  });

  it('validate reports each problem with its JSON path; exit 1', () => {
    const record = JSON.parse(dialogue(['parse', 'minutes/osh.txt', '-q']).stdout);
    record.participants.total = 'forty';
    delete record.title;
    writeFileSync(join(dir, 'broken.ndjson'), `${JSON.stringify(record)}\n{oops\n`);
    const r = dialogue(['validate', 'broken.ndjson']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('broken.ndjson:1:1  error    line 1 /title:');
    expect(r.stderr).toContain('line 1 /participants/total:');
    expect(r.stderr).toContain('broken.ndjson:2:1  error    line 2:');
  });

  it('validate exits 2 for a missing file', () => {
    const r = dialogue(['validate', 'missing.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('✖ 0 files, 0 records, 1 error, 0 warnings');
  });
});

describe('dialogue validate on a folder', () => {
  it('takes the record files below a folder', () => {
    dialogue(['parse', 'minutes', '--out-dir', 'records', '-q']);
    const r = dialogue(['validate', 'records']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('3 files, 3 records, 0 errors');
  });
});

describe('bad input in a batch', () => {
  it('a FIFO given as a file is an error on that file; the batch goes on', () => {
    const fifo = join(dir, 'pipe.txt');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return; // no mkfifo on this system
    const r = dialogue(['parse', 'pipe.txt', 'minutes/osh.txt', '--format', 'ndjson', '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('pipe.txt:1:1  error    Cannot read the file: it is not a regular file');
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path)).toEqual(['minutes/osh.txt', 'pipe.txt']);
    rmSync(fifo);
  });

  it('a symbolic link to nothing in a walked folder is an error naming its target; the batch goes on', () => {
    mkdirSync(join(dir, 'linked'));
    copyFileSync(join(MINUTES, 'osh.txt'), join(dir, 'linked/osh.txt'));
    symlinkSync(join(dir, 'gone/batken.txt'), join(dir, 'linked/batken.txt'));
    const r = dialogue(['parse', 'linked', '--format', 'ndjson', '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`linked/batken.txt:1:1  error    Cannot read the file: it is a symbolic link to “${join(dir, 'gone/batken.txt')}”, which does not exist  unreadable`);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path)).toEqual(['linked/batken.txt', 'linked/osh.txt']);
    // Named on the command line, it is a path that gives nothing (exit 2), and the message says why.
    const named = dialogue(['parse', 'linked/batken.txt', '-q']);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain(`linked/batken.txt:1:1  error    A symbolic link to “${join(dir, 'gone/batken.txt')}”, which does not exist: expected a file, a folder or a glob pattern  no-such-path`);
    // Negative: a link to a folder or a file of another extension that is gone is not a wanted file.
    symlinkSync(join(dir, 'gone/notes'), join(dir, 'linked/notes.pdf'));
    expect(dialogue(['parse', 'linked', '--format', 'ndjson', '-q']).stdout.trim().split('\n')).toHaveLength(2);
    // validate reads a walked folder the same way.
    mkdirSync(join(dir, 'linked-records'));
    symlinkSync(join(dir, 'gone/r.json'), join(dir, 'linked-records/r.json'));
    const checked = dialogue(['validate', 'linked-records']);
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain(`linked-records/r.json:1:1  error    Cannot read the file: it is a symbolic link to “${join(dir, 'gone/r.json')}”, which does not exist  unreadable`);
  });

  it('an output folder that cannot be created is a write-failed error per file, exit 1', () => {
    writeFileSync(join(dir, 'a-file'), '');
    const r = dialogue(['parse', 'minutes', '--out-dir', 'a-file/out', '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr.match(/write-failed/g)).toHaveLength(3);
  });

  it('a windows-1251 file is decoded and says so', () => {
    const bytes = Buffer.from('0acce4e5f0e0f2eef03a20c0e1e4fbf0eee220d2eeebeeede1e5ea0a', 'hex');
    writeFileSync(join(dir, 'cp1251.txt'), Buffer.concat([Buffer.from('Report\n'), bytes]));
    const r = dialogue(['parse', 'cp1251.txt', '-q']);
    expect(JSON.parse(r.stdout).source.encoding).toBe('windows-1251');
    expect(r.stderr).toContain('info     Decoded as windows-1251');
  });
});

describe('the CLI’s own lists', () => {
  it('match the formats, reporters and lexicons they stand for', async () => {
    const main = await import('../src/cli/main.js');
    const { FORMATS } = await import('../src/format.js');
    const { REPORTERS } = await import('../src/cli/reporters/index.js');
    const { LEXICONS } = await import('../src/lexicon/index.js');
    expect(main.FORMATS).toEqual([...FORMATS]);
    expect(main.REPORTER_NAMES).toEqual(Object.keys(REPORTERS));
    expect(main.LANGUAGES).toEqual(LEXICONS.map((l) => l.code));
  });
});

describe('loading the CLI from its code cache', () => {
  const BUNDLE_DIR = new URL('../dist/bin/', import.meta.url).pathname;
  const DIST = new URL('../dist/', import.meta.url).pathname;
  const status = (folder: string) => {
    const code = `const l = require(${JSON.stringify(join(folder, 'load.cjs'))}).loadCli(); process.stdout.write(JSON.stringify({ fromCache: l.fromCache, cacheRejected: l.cacheRejected }))`;
    return JSON.parse(spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' }).stdout) as { fromCache: boolean; cacheRejected: boolean };
  };
  // A copy of dist/bin beside the real one, so the copy finds node_modules and package.json the same way.
  const copyWith = (cache: Buffer | null) => {
    const folder = mkdtempSync(join(DIST, 'load-test-'));
    for (const f of ['cli.cjs', 'load.cjs', 'worker.cjs']) copyFileSync(join(BUNDLE_DIR, f), join(folder, f));
    if (cache) writeFileSync(join(folder, 'cli.cache'), cache);
    writeFileSync(join(folder, 'shim.cjs'), "require('./load.cjs').loadCli().cli.main();\n");
    return folder;
  };
  const parseWith = (folder: string) =>
    spawnSync(process.execPath, [join(folder, 'shim.cjs'), 'parse', join(MINUTES, 'osh.txt'), '--positions'], { encoding: 'utf8' });

  it('the build’s cache is one this Node accepts', () => {
    expect(status(BUNDLE_DIR)).toEqual({ fromCache: true, cacheRejected: false });
  });

  it('the bundle holds no character past Latin-1 (V8 keeps its source, one byte a character), and its escapes read as the characters', () => {
    const source = readFileSync(join(BUNDLE_DIR, 'cli.cjs'), 'utf8');
    expect(source).not.toMatch(/[^\x00-\xff]/);
    // Escaped in patterns and String.raw: a dash and Cyrillic still read as themselves.
    expect(source).toContain('\\u2013');
    const out = spawnSync(process.execPath, [join(BUNDLE_DIR, '../../bin/dialogue.js'), 'parse', '-', '--format', 'json'], {
      input: 'Модератор: Асанова Гульнара – эксперт.\nДата и место: 18.03.2021, г. Ош.\n',
      encoding: 'utf8',
    });
    const record = JSON.parse(out.stdout);
    expect(record.moderator.name.full).toBe('Асанова Гульнара');
    expect(record.moderator.roles).toEqual(['эксперт']);
    expect(record.venue.city).toBe('Ош');
  });

  it('a cache V8 refuses, or none at all, costs only time: the output is the same', () => {
    const real = dialogue(['parse', join(MINUTES, 'osh.txt'), '--positions']);
    const corrupt = copyWith(Buffer.from('not a code cache'));
    const none = copyWith(null);
    try {
      expect(status(corrupt)).toEqual({ fromCache: false, cacheRejected: true });
      expect(status(none)).toEqual({ fromCache: false, cacheRejected: false });
      for (const folder of [corrupt, none]) {
        const r = parseWith(folder);
        expect(r.status).toBe(real.code);
        expect(r.stdout).toBe(real.stdout);
      }
    } finally {
      rmSync(corrupt, { recursive: true, force: true });
      rmSync(none, { recursive: true, force: true });
    }
  });
});

describe('the young generation of a batch in the main thread (src/cli/heap.ts)', () => {
  const MB = 1024 * 1024;
  /** A stand-in for V8: a young generation of `size` bytes, and the flags set on it. */
  const fake = (size: number) => {
    const flags: string[] = [];
    return { flags, control: { size: () => size, setFlags: (f: string) => void flags.push(f) } };
  };

  it('grows as V8 likes up to the cap, is held there, and grows again if V8 shrank it', async () => {
    const { capYoungGeneration, releaseYoungGeneration, YOUNG_GENERATION_CAP } = await import('../src/cli/heap.js');
    expect(YOUNG_GENERATION_CAP).toBe(16 * MB);
    const small = fake(8 * MB);
    capYoungGeneration(small.control);
    expect(small.flags).toEqual([]);
    const full = fake(16 * MB);
    capYoungGeneration(full.control);
    capYoungGeneration(full.control);
    expect(full.flags).toEqual(['--semi-space-growth-factor=1']);
    const bigger = fake(32 * MB);
    capYoungGeneration(bigger.control);
    expect(bigger.flags).toEqual([]);
    const shrunk = fake(4 * MB);
    capYoungGeneration(shrunk.control);
    expect(shrunk.flags).toEqual(['--semi-space-growth-factor=2']);
    const after = fake(2 * MB);
    releaseYoungGeneration(after.control);
    expect(after.flags).toEqual([]);
  });

  it('held and released, it sets each flag once and leaves V8’s default', async () => {
    const { holdYoungGeneration, releaseYoungGeneration } = await import('../src/cli/heap.js');
    const v8 = fake(2 * MB);
    holdYoungGeneration(v8.control);
    holdYoungGeneration(v8.control);
    releaseYoungGeneration(v8.control);
    releaseYoungGeneration(v8.control);
    expect(v8.flags).toEqual(['--semi-space-growth-factor=1', '--semi-space-growth-factor=2']);
  });

  // V8 refuses a code cache made under other flags: workers started after a batch's listing must still load theirs.
  const cacheAfter = (steps: string) => {
    const heap = new URL('../dist/cli/heap.js', import.meta.url).href;
    const load = new URL('../dist/bin/load.cjs', import.meta.url).pathname;
    const code = `import(${JSON.stringify(heap)}).then((h) => { ${steps}; const l = require(${JSON.stringify(load)}).loadCli(); process.stdout.write(String(l.fromCache)); })`;
    return spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' }).stdout;
  };

  it('after a hold and a release, V8 still takes the build’s code cache; while held, it does not', () => {
    expect(cacheAfter('h.holdYoungGeneration(); h.capYoungGeneration(); h.releaseYoungGeneration()')).toBe('true');
    expect(cacheAfter('h.holdYoungGeneration()')).toBe('false');
  });
});

