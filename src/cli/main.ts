/**
 * The `dialogue` command line: commander defines the commands and options;
 * each command is a function of its arguments and an Io, returning the exit
 * code, which is set once, at the end (never process.exit()).
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Format } from '../format.js';
import { EXIT } from './exit.js';
import { processIo, type Io } from './io.js';

// Commands load their modules when they run: `--help` needs none of the parser.
export const FORMATS = ['json', 'yaml', 'ndjson'];
export const REPORTER_NAMES = ['human', 'json', 'github'];
export const LANGUAGES = ['en', 'ru'];

/** Run the CLI with `argv` (arguments after the program name); resolves to the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('dialogue')
    .description('Turn raw minutes of public meetings into structured, validated records.')
    .version(version(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('parse')
    .description('parse minutes (files, folders, globs, or - for stdin) into records')
    .argument('[paths...]', 'files, folders (walked recursively), glob patterns, or - for stdin (the default when piped)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('json'))
    .option('-o, --out-dir <dir>', 'write one record file per input here, mirroring relative paths')
    .option('--ext <list>', 'file extensions to take from folders, comma-separated', '.txt,.md')
    .option('--assume-year <yyyy>', 'complete a date without a year with this year', parseYear)
    .addOption(new Option('--lang <code>', 'language of the minutes (default: detected)').choices(LANGUAGES))
    .option('--encoding <name>', 'decode input with this encoding instead of detecting it', parseEncoding)
    .option('--positions', 'add a positions object: the source span of each value, by JSON Pointer')
    .addOption(new Option('-r, --reporter <name>', 'how diagnostics are printed on stderr').choices(REPORTER_NAMES).default('human'))
    .option('--strict', 'exit 1 on warnings too')
    .option('-q, --quiet', 'no summary line and no progress bar')
    .option('-j, --jobs <n>', 'worker threads for batches (default: one fewer than the cores, at least 1)', parseJobs)
    .option('--color', 'force colour on stderr')
    .option('--no-color', 'no colour on stderr')
    .addHelpText(
      'after',
      `
Examples:
  $ dialogue parse minutes/osh.txt                  one record as JSON
  $ dialogue parse minutes/ --format ndjson | jq .  every .txt/.md file below minutes/, one line each
  $ dialogue parse 'minutes/**/*.md' -o records/    one .json file per input, mirrored paths
  $ cat osh.txt | dialogue parse - --format yaml    from standard input
  $ dialogue parse minutes/ --ext .txt,.md,.htm     web pages saved from Word too

Exit codes: 0 parsed, 1 a file had an error (or a warning with --strict), 2 usage error or a missing path.`,
    )
    .action(async (paths: string[], opts) => {
      const { parseCommand } = await import('./parse-command.js');
      code = await parseCommand(
        paths,
        {
          format: opts.format as Format,
          outDir: opts.outDir,
          ext: String(opts.ext)
            .split(',')
            .map((e) => e.trim().toLowerCase())
            .filter(Boolean)
            .map((e) => (e.startsWith('.') ? e : `.${e}`)),
          assumeYear: opts.assumeYear,
          lang: opts.lang,
          encoding: opts.encoding,
          positions: opts.positions,
          reporter: opts.reporter,
          strict: opts.strict,
          quiet: opts.quiet,
          jobs: opts.jobs,
          color: opts.color,
        },
        io,
      );
    });

  program
    .command('schema')
    .description("print the record's JSON Schema (draft 2020-12), generated from the zod schema")
    .action(async () => {
      const { recordJsonSchema } = await import('../schema.js');
      io.stdout.write(`${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
    });

  program
    .command('validate')
    .description('check JSON, NDJSON or YAML records against the schema')
    .argument('<paths...>', 'record files, folders of them, or glob patterns')
    .addOption(new Option('-r, --reporter <name>', 'how problems are printed on stderr').choices(REPORTER_NAMES).default('human'))
    .option('-q, --quiet', 'no summary line')
    .option('--color', 'force colour on stderr')
    .option('--no-color', 'no colour on stderr')
    .action(async (files: string[], opts) => {
      const { validateCommand } = await import('./validate-command.js');
      code = await validateCommand(files, { reporter: opts.reporter, quiet: opts.quiet, color: opts.color }, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      const ok = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help';
      return ok ? EXIT.ok : EXIT.usage;
    }
    io.stderr.write(`dialogue: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.usage;
  }
  return code;
}

/** Entry point for bin/dialogue.js. */
export function main(): void {
  void run(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}

function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('expected a four-digit year, such as 2021.');
  return Number(value);
}

function parseJobs(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return Number(value);
}

function parseEncoding(value: string): string {
  try {
    new TextDecoder(value);
  } catch {
    throw new InvalidArgumentError('expected an encoding name such as utf-8, utf-16le or windows-1251.');
  }
  return value.toLowerCase();
}

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}
