/**
 * `dialogue validate <files...>`: check JSON, NDJSON or YAML records against
 * the schema and report each problem with its JSON path.
 */
import { lazy } from '../lazy.js';
import { diagnostic, sortDiagnostics } from '../diagnostic.js';
import { checkRecord, type Diagnostic } from '../schema.js';
import { colorFor } from './color.js';
import type { Io } from './io.js';
import { expandInputs, reportInputProblems } from './inputs.js';
import { EXIT } from './exit.js';
import { readInput, readProblem } from './read-input.js';

const yaml = lazy<typeof import('yaml')>('yaml');

/** Files taken from folders given to `validate`. */
const RECORD_EXTENSIONS = ['.json', '.ndjson', '.jsonl', '.yaml', '.yml'];
import { REPORTERS } from './reporters/index.js';

export interface ValidateOptions {
  reporter: string;
  quiet?: boolean;
  color?: boolean;
}

interface Candidate {
  value: unknown;
  line: number;
  label: string;
}

/** Run `validate`; resolves to the exit code. */
export async function validateCommand(files: string[], options: ValidateOptions, io: Io): Promise<number> {
  const started = io.now();
  const chalk = colorFor(io, options.color);
  const reporter = REPORTERS[options.reporter]!;
  let exit: number = EXIT.ok;
  const counts = { records: 0, errors: 0, warnings: 0, infos: 0 };
  const expanded = await expandInputs(files, io.cwd, RECORD_EXTENSIONS);
  const report = (path: string, diagnostics: Diagnostic[]) => io.stderr.write(reporter.file({ path, diagnostics }, chalk));
  if (reportInputProblems(expanded.problems, report, counts)) exit = EXIT.usage;
  for (const input of expanded.inputs) {
    const file = input.path;
    const diagnostics: Diagnostic[] = [];
    const text = input.absolute === null ? Buffer.from(await io.readStdin()).toString('utf8') : readText(input.absolute);
    if (text instanceof Error) {
      diagnostics.push(diagnostic('error', 'unreadable', readProblem(text)));
    } else {
      const { candidates, problems } = readRecords(text.replace(/^\uFEFF/, ''), file);
      diagnostics.push(...problems);
      for (const c of candidates) {
        counts.records++;
        const checked = checkRecord(c.value);
        if (checked.success) continue;
        for (const issue of checked.error.issues) {
          const pointer = `/${issue.path.map(String).join('/')}`;
          diagnostics.push(diagnostic('error', 'invalid-record', `${c.label} ${pointer}: ${issue.message}`, { line: c.line, column: 1 }));
        }
      }
    }
    counts.errors += diagnostics.filter((d) => d.severity === 'error').length;
    const out = reporter.file({ path: file, diagnostics: sortDiagnostics(diagnostics) }, chalk);
    if (out) io.stderr.write(out);
  }
  if (!options.quiet) {
    io.stderr.write(reporter.summary({ files: expanded.inputs.length, ...counts, seconds: (io.now() - started) / 1000 }, chalk));
  }
  if (exit === EXIT.ok && counts.errors > 0) exit = EXIT.failed;
  return exit;
}

/** The records in a file: a JSON object or array, NDJSON lines, or YAML documents. */
function readRecords(text: string, file: string): { candidates: Candidate[]; problems: Diagnostic[] } {
  const problems: Diagnostic[] = [];
  const trimmed = text.trimStart();
  if (/\.ya?ml$/i.test(file) || !/^[[{]/.test(trimmed)) {
    const candidates: Candidate[] = [];
    yaml().parseAllDocuments(text).forEach((doc, i) => {
      const line = lineOf(text, doc.range?.[0] ?? 0);
      if (doc.errors.length > 0) {
        problems.push(diagnostic('error', 'invalid-yaml', `document ${i + 1}: ${doc.errors[0]!.message.split('\n')[0]}`, { line, column: 1 }));
      } else {
        candidates.push({ value: doc.toJS(), line, label: `document ${i + 1}` });
      }
    });
    return { candidates, problems };
  }
  try {
    const value: unknown = JSON.parse(text);
    const list = Array.isArray(value) ? value : [value];
    return { candidates: list.map((v, i) => ({ value: v, line: 1, label: Array.isArray(value) ? `record ${i + 1}` : 'record' })), problems };
  } catch {
    // Not one JSON value: read it as NDJSON, one record per non-blank line.
    const candidates: Candidate[] = [];
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        candidates.push({ value: JSON.parse(line), line: i + 1, label: `line ${i + 1}` });
      } catch (error) {
        problems.push(diagnostic('error', 'invalid-json', `line ${i + 1}: ${(error as Error).message}`, { line: i + 1, column: 1 }));
      }
    });
    return { candidates, problems };
  }
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** A record file's text, or the error that kept it from being read. */
function readText(absolute: string): string | NodeJS.ErrnoException {
  try {
    return Buffer.from(readInput(absolute)).toString('utf8');
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}
