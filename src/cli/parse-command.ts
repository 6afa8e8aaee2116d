/**
 * `dialogue parse [paths...]`: expand inputs → process each (in workers when
 * there are many) → emit records in input order → report diagnostics →
 * summary. The exit code is decided once, at the end.
 */
import { closeStream, extensionFor, streamSeparator, type Format } from '../format.js';
import type { Diagnostic } from '../schema.js';
import { diagnostic } from '../diagnostic.js';
import { colorFor } from './color.js';
import { EXIT } from './exit.js';
import { expandInputs, reportInputProblems, type InputProblem } from './inputs.js';
import { holdYoungGeneration, releaseYoungGeneration } from './heap.js';
import type { Io } from './io.js';
import { defaultJobs, runTasks } from './pool.js';
import type { FileResult, FileTask } from './process-file.js';
import { REPORTERS } from './reporters/index.js';
import type { writeAtomic as WriteAtomic } from './write.js';

export interface ParseCommandOptions {
  format: Format;
  outDir?: string;
  ext: string[];
  assumeYear?: number;
  lang?: string;
  encoding?: string;
  positions?: boolean;
  reporter: string;
  strict?: boolean;
  quiet?: boolean;
  /** Worker threads; defaultJobs(io.cores) when not given. */
  jobs?: number;
  color?: boolean;
}


/** Run `parse`; resolves to the exit code. */
export async function parseCommand(paths: string[], options: ParseCommandOptions, io: Io): Promise<number> {
  const started = io.now();
  const chalk = colorFor(io, options.color);
  const reporter = REPORTERS[options.reporter]!;
  const report = (path: string, diagnostics: Diagnostic[]) => {
    const text = reporter.file({ path, diagnostics }, chalk);
    if (text) progress.clear(), io.stderr.write(text);
  };

  let progress = createProgress(io, 0, true);
  if (paths.length === 0) {
    // Nothing piped in: reading the terminal would wait for input no one means to type.
    if (io.stdinIsTTY) {
      io.stderr.write('error: no input: pass files, folders or glob patterns, or pipe minutes to standard input\n(run with --help for usage)\n');
      return EXIT.usage;
    }
    paths = ['-'];
  }
  // Listing a folder of thousands of files keeps all it allocates: V8 would grow its young
  // generation to the full 32 MB before the first file is parsed (src/cli/heap.ts).
  holdYoungGeneration();
  const expanded = await expandInputs(paths, io.cwd, options.ext).finally(() => releaseYoungGeneration());
  let exit: number = EXIT.ok;
  // A path that names nothing is an error of the run (a usage error), counted in its summary like a file's; so is a folder
  // that could not be listed (the run fails), and a folder with no minutes in it warns.
  const counts = { records: 0, errors: 0, warnings: 0, infos: 0 };
  const hint = (problem: InputProblem) => (problem.code === 'no-files-in-folder' ? ': pass --ext to take files with other endings' : '');
  if (reportInputProblems(expanded.problems, report, counts, hint)) exit = EXIT.usage;
  const stdin = expanded.inputs.some((i) => i.absolute === null) ? await io.readStdin() : undefined;
  const inStream = !expanded.single && !options.outDir;
  const tasks: FileTask[] = expanded.inputs.map((input, index) => ({
    index,
    path: input.path,
    absolute: input.absolute,
    bytes: input.absolute === null ? stdin : undefined,
    format: options.format,
    inStream,
    options: { assumeYear: options.assumeYear, lang: options.lang, encoding: options.encoding, positions: options.positions },
  }));

  const inputsSet = new Set(expanded.inputs.flatMap((i) => (i.absolute ? [i.absolute] : [])));
  const targets = new Map<number, string>();
  const planned = new Set<string>();
  const refused = new Map<number, string>();
  let writeAtomic: typeof WriteAtomic | undefined;
  if (options.outDir) {
    // Loaded only for --out-dir: records on stdout need none of node:fs/promises.
    const write = await import('./write.js');
    writeAtomic = write.writeAtomic;
    const { planTarget } = write;
    for (const [index, input] of expanded.inputs.entries()) {
      const plan = planTarget(options.outDir, input.relative, extensionFor(options.format), inputsSet);
      if ('problem' in plan) refused.set(index, plan.problem);
      else if (planned.has(plan.target)) refused.set(index, `Another input already writes ${plan.target}; rename one of them`);
      else planned.add(plan.target), targets.set(index, plan.target);
    }
  }

  progress = createProgress(io, tasks.length, options.quiet);
  const emit = async (result: FileResult) => {
    let diagnostics = result.diagnostics;
    if (options.outDir) {
      const target = targets.get(result.index);
      if (!target) {
        diagnostics = [...diagnostics, diagnostic('error', 'write-refused', refused.get(result.index)!)];
      } else {
        // One write at a time, in order: thousands in flight would run out of file handles.
        try {
          await writeAtomic!(target, result.body);
          counts.records++;
        } catch (error) {
          diagnostics = [...diagnostics, diagnostic('error', 'write-failed', `Cannot write ${target}: ${(error as Error).message}`)];
        }
      }
    } else {
      if (io.stdout.closed) throw READER_GONE;
      const ok = io.stdout.write((inStream ? streamSeparator(options.format, counts.records) : '') + result.body);
      counts.records++;
      // A slow reader (jq, a pipe to another machine): wait rather than buffer the whole stream.
      if (ok === false && io.stdout.once) await drained(io);
    }
    for (const d of diagnostics) counts[d.severity === 'error' ? 'errors' : d.severity === 'warning' ? 'warnings' : 'infos']++;
    report(result.path, diagnostics);
    progress.tick();
  };

  try {
    await runTasks(tasks, options.jobs ?? defaultJobs(io.cores), emit);
  } catch (error) {
    if (error !== READER_GONE) throw error;
    // The reader took what it wanted (`| head`): the output ends here, quietly, with the exit code so far.
    progress.clear();
    return exit;
  }
  if (inStream) io.stdout.write(closeStream(options.format, counts.records));
  progress.clear();

  if (!options.quiet) {
    const summary = { files: tasks.length, ...counts, seconds: (io.now() - started) / 1000 };
    io.stderr.write(reporter.summary(summary, chalk));
  }
  if (exit === EXIT.ok && (counts.errors > 0 || (options.strict && counts.warnings > 0))) exit = EXIT.failed;
  return exit;
}

/** Thrown by `emit` when stdout's reader has gone: it stops the batch (and its workers). */
const READER_GONE = new Error('the reader of standard output has gone');

/** Until stdout drains, or closes because its reader has gone (no 'drain' comes then: see stdoutWriter). */
function drained(io: Io): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      io.stdout.removeListener?.('drain', done);
      io.stdout.removeListener?.('close', done);
      resolve();
    };
    io.stdout.once!('drain', done);
    io.stdout.once!('close', done);
  });
}

/** A one-line progress bar on stderr for batches of 20+ files, only on a terminal. */
function createProgress(io: Io, total: number, quiet: boolean | undefined) {
  const active = !quiet && io.stderr.isTTY === true && total >= 20;
  let done = 0;
  let shown = false;
  return {
    tick() {
      done++;
      if (!active) return;
      const width = 30;
      const filled = Math.round((done / total) * width);
      io.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
      shown = true;
    },
    clear() {
      if (shown) io.stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}
