#!/usr/bin/env node
// npm run bench [-- --files 10000 --runs 15]
//
// Generates a deterministic corpus of minutes (the fixtures as templates, with
// names, numbers, dates and places varied by a seeded generator) and prints,
// measured side by side in one run:
//   1. bare unified().use(remarkParse).parse against parseMinutes, files/s and ratio; and, for
//      reference, parseMinutes up to the extractors (readDocument)
//   2. the CLI over the folder with --format ndjson, --jobs 1 against --jobs 2 (best of 3 each),
//      with the CPU time each used; and, for reference, two --jobs 1 processes side by side,
//      each over half the folder: what this machine gives two runs that share nothing
//   3. cold start: `dialogue parse one-file.txt` against `node -e 0` (median), and, for
//      reference, `dialogue --version`, which loads the CLI and parses nothing
//   4. peak RSS of the CLI for 1,000 and N files, --jobs 1 and 2, and the heap still live
//      after a full collection at 1,000 and N files (in-process: nothing may accumulate)
//   5. adversarial 1 MB inputs: seconds per MB, parseMinutes and remark-parse alone
// Results also go to .bench/results.json. Needs a build (npm run build).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseMinutes } from '../dist/index.js';
import { readDocument } from '../dist/parse-minutes.js';
import { normalize } from '../dist/pipeline/normalize.js';
import { shallow } from '../dist/pipeline/tree.js';

const args = Object.fromEntries(
  process.argv.slice(2).flatMap((a, i, all) => (a.startsWith('--') ? [[a.slice(2), all[i + 1]]] : [])),
);
const FILES = Number(args.files ?? 10_000);
const RUNS = Number(args.runs ?? 15);
const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/dialogue.js');
const OUT = join(ROOT, '.bench');

// ---------------------------------------------------------------- corpus
/** Mulberry32: a small seeded generator, so the corpus is the same on every machine. */
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const GIVEN = ['Aibek', 'Nurlan', 'Aida', 'Gulnara', 'Bakyt', 'Elmira', 'Ruslan', 'Jyldyz', 'Kanat', 'Meerim'];
const FAMILY = ['Tashiev', 'Osmonov', 'Kasymova', 'Bekov', 'Sadykova', 'Mamatov', 'Toktorova', 'Alieva', 'Asanov', 'Omurov'];
const CITIES = ['Osh', 'Naryn', 'Talas', 'Batken', 'Karakol', 'Tokmok', 'Balykchy', 'Kant', 'Uzgen', 'Kara-Balta'];

function corpus(n) {
  const dir = join(OUT, `corpus-${n}`);
  if (existsSync(join(dir, 'done'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  const fixtures = join(ROOT, 'fixtures/minutes');
  const templates = readdirSync(fixtures)
    .filter((f) => !f.includes('cp1251'))
    .sort()
    .map((f) => readFileSync(join(fixtures, f), 'utf8'));
  const random = rng(20211108);
  const pick = (list) => list[Math.floor(random() * list.length)];
  for (let i = 0; i < n; i++) {
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(2, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    let text = templates[i % templates.length];
    text = text
      .replace(/\b(Osh|Naryn|Talas|Batken|Karakol|Tokmok)\b/g, () => pick(CITIES))
      .replace(/\b(Aibek|Nurlan|Aida|Bakyt|Ulan|Almaz)\b/g, () => pick(GIVEN))
      .replace(/\b(Tashiev|Osmonov|Bekov|Asanov)\b/g, () => pick(FAMILY))
      .replace(/\b(\d{2}) (women|men)\b/g, (_, __, w) => `${10 + Math.floor(random() * 30)} ${w}`)
      .replace(/\b(20\d\d)\b/g, () => String(2019 + Math.floor(random() * 4)));
    writeFileSync(join(sub, `minutes-${String(i).padStart(5, '0')}${i % 5 === 0 ? '.md' : '.txt'}`), text);
  }
  writeFileSync(join(dir, 'done'), '');
  return dir;
}

function files(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

// ---------------------------------------------------------------- measures
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function throughput(texts) {
  const remark = unified().use(remarkParse);
  // Warm all up first: the comparison is of steady-state speed.
  for (const t of texts.slice(0, 300)) {
    remark.parse(t);
    readDocument(t);
    parseMinutes(t);
  }
  const time = (fn) => {
    const start = performance.now();
    for (const t of texts) fn(t);
    return (performance.now() - start) / 1000;
  };
  // Alternate them three times and keep each one's best, so machine noise hits all alike.
  // readDocument is parseMinutes up to the extractors (decode, normalise, mdast, index):
  // the floor any extraction adds to.
  let bare = Infinity;
  let read = Infinity;
  let ours = Infinity;
  for (let round = 0; round < 3; round++) {
    bare = Math.min(bare, time((t) => remark.parse(t)));
    read = Math.min(read, time((t) => readDocument(t)));
    ours = Math.min(ours, time((t) => parseMinutes(t)));
  }
  return {
    bareFilesPerSec: texts.length / bare,
    readFilesPerSec: texts.length / read,
    readRatio: bare / read,
    oursFilesPerSec: texts.length / ours,
    ratio: bare / ours,
  };
}

const cliArgs = (paths, jobs) => [join(ROOT, 'scripts/rss.mjs'), BIN, 'parse', ...paths, '--format', 'ndjson', '--jobs', String(jobs), '-q'];

/** What scripts/rss.mjs printed last on stderr: peak RSS in MB and CPU seconds. */
function usage(stderr) {
  const m = /maxrss (\d+) cpu ([\d.]+)\s*$/.exec(stderr);
  return { peakRssMB: Number(m?.[1] ?? NaN) / 1024, cpuSeconds: Number(m?.[2] ?? NaN) };
}

function cli(dir, jobs) {
  const start = performance.now();
  const r = spawnSync(process.execPath, cliArgs([dir], jobs), { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`CLI failed: ${r.stderr}`);
  const records = r.stdout.split('\n').filter(Boolean).length;
  return { seconds, records, filesPerSec: records / seconds, ...usage(r.stderr) };
}

/**
 * Two `--jobs 1` CLI processes at once, each over one of `halves`: two runs
 * that share no thread, no heap and no queue. Their speed-up over one
 * process doing all the work is what this machine can give `--jobs 2`.
 */
async function cliPair(halves) {
  const start = performance.now();
  const one = (paths) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, cliArgs(paths, 1), { stdio: ['ignore', 'pipe', 'pipe'] });
      let records = 0;
      let stderr = '';
      child.stdout.on('data', (chunk) => {
        for (const byte of chunk) if (byte === 10) records++;
      });
      child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr = (stderr + chunk).slice(-4096)));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 || code === 1 ? resolve({ records, ...usage(stderr) }) : reject(new Error(`CLI failed: ${stderr}`))));
    });
  const [a, b] = await Promise.all(halves.map(one));
  const seconds = (performance.now() - start) / 1000;
  const records = a.records + b.records;
  return { seconds, records, filesPerSec: records / seconds, cpuSeconds: a.cpuSeconds + b.cpuSeconds, peakRssMB: a.peakRssMB + b.peakRssMB };
}

/** The corpus in two halves: its sub-folders (a thousand files each), or its files when it has one folder. */
function halvesOf(dir, all) {
  const subs = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(dir, e.name)).sort();
  const list = subs.length >= 2 ? subs : all;
  return [list.slice(0, Math.ceil(list.length / 2)), list.slice(Math.ceil(list.length / 2))];
}

/** The faster of two CLI runs (with its CPU time), with the higher of their peak RSS. */
function better(a, b) {
  if (!a) return b;
  const fast = b.seconds < a.seconds ? b : a;
  return { ...fast, peakRssMB: Math.max(a.peakRssMB, b.peakRssMB) };
}

function coldStart(file, env = process.env) {
  const run = (argv) => {
    const start = performance.now();
    spawnSync(process.execPath, argv, { stdio: 'ignore', env });
    return performance.now() - start;
  };
  const node = [];
  const ours = [];
  // `--version` loads the CLI and parses nothing: what a parse has left of the budget.
  const version = [];
  for (let i = 0; i < RUNS; i++) {
    node.push(run(['-e', '0']));
    ours.push(run([BIN, 'parse', file, '-q']));
    version.push(run([BIN, '--version']));
  }
  const nodeMs = median(node);
  return { nodeMs, dialogueMs: median(ours), ratio: median(ours) / nodeMs, versionMs: median(version), versionRatio: median(version) / nodeMs };
}

/**
 * With NODE_EXTRA_CA_CERTS set, every node start parses that certificate
 * file before any script runs (~50 ms for a system bundle of ~150 certificates):
 * the same cost on both sides, so the ratio looks better than it is. Measured
 * both ways when it is set.
 */
function coldStarts(file) {
  if (!process.env.NODE_EXTRA_CA_CERTS) return { asIs: coldStart(file) };
  const { NODE_EXTRA_CA_CERTS, ...without } = process.env;
  return { asIs: coldStart(file), withoutExtraCaCerts: coldStart(file, without), extraCaCerts: NODE_EXTRA_CA_CERTS };
}

/** A paragraph of `n` invitees with made-up names ("Kanobiov K., head of kanobi"), then a quarter of them given the floor by family name alone. */
function invitees(n) {
  const syllables = ['ka', 'no', 'bi', 'tu', 'ra', 'me', 'si', 'lo', 'da', 'gu'];
  const word = (i) => [0, 1, 2].map((k) => syllables[Math.floor(i / 10 ** k) % 10]).join('');
  const family = (i) => `${word(i + 7)[0].toUpperCase()}${word(i + 7).slice(1)}ov`;
  const list = Array.from({ length: n }, (_, i) => `${family(i)} ${word(i)[0].toUpperCase()}., head of ${word(i)}`).join('; ');
  const floor = Array.from({ length: n / 4 }, (_, i) => `Mr. ${family(i)}`).join(', ');
  return `Invited: ${list}.\n\nThe floor was given to ${floor}.`;
}

function adversarial() {
  const MB = 1_000_000;
  const line = (unit) => unit.repeat(Math.ceil(MB / unit.length));
  const cases = {
    'dashes "- "': line('- '),
    'quotes “ « " „': line('“ « " „ '),
    'bold markers **': line('**'),
    // micromark resolves emphasis by splicing arrays: many bold spans in one paragraph are quadratic in remark itself.
    'bold words "**a** " (0.1 MB)': '**a** '.repeat(16_667),
    'list markers "1. "': line('1. '),
    'commas ", "': line(', '),
    'names "Aibek Tashiev, "': `Speakers: ${line('Aibek Tashiev, ')}`,
    'quoted colons before a name "“:” "': `Speakers: ${line('“:” ')}Aibek Tashiev, expert.`,
    // Each title looks for the moderator's name right after it: a look to the end of the text each was quadratic.
    'moderator titles with no name "moderator "': line('moderator '),
    // Each cue asked whether a name came earlier in its sentence by walking back over every part: quadratic until 2026-11-30.
    'speech cues with no name "Speakers:\\n- "': line('Speakers:\\n- '),
    // Each bracket peeled off a speaker's item once cleaned all the rest of it: quadratic until 2026-11-30.
    'bracketed quotations after a speaker "(“a”) "': `Speakers:\n- Aida Bekova ${line('(“a”) ')}\n- Erlan Asanov, expert`,
    // Each cued paragraph looked through every bold run of the document: quadratic until 2026-12-01.
    'cued paragraphs with bold "The topics **a** were presented." (0.25 MB)': 'The topics **Roads** were presented by **Asanov Bolot**.\n\n'.repeat(4_000),
    // Each quotation looked back to its sentence's start for a clause of speech: quadratic until 2026-12-01.
    'quotations after a presentation cue "Presentations were made: “a”, "': `Presentations were made: ${line('“a”, ')}`,
    // Each name looked through every quotation of its paragraph, and each title through every bracket: quadratic until 2026-12-01.
    'presenters in brackets after titles "Presentations: “a” (Aida Bekova, ILO); "': `Presentations: ${line('“a” (Aida Bekova, ILO); ')}`,
    // Each entry looked through every title of the document, and each title through every title before it: quadratic until 2026-12-01.
    'talk entries, each a paragraph, "“Title 1” – Aida Bekova, ILO" (0.25 MB)': `Presentations:\n\n${Array.from({ length: 8_000 }, (_, i) => `“Title ${i}” – Aida Bekova, ILO\n\n`).join('')}`,
    // Each speaker named by family name alone read the whole list of invitees again to find the name: quadratic until 2026-12-01.
    'speakers by family name alone after 4,000 invitees "Invited: Lokakaov K., head of kakaka; …" (0.13 MB)': invitees(4_000),
    // Paragraphs of labelled lines, each cut before its "Speakers:" line (a first version looked through every such line of the document for each paragraph).
    'labelled paragraphs with a "Speakers:" line "Moderator: a / Speakers: Aida Bekova, expert" (0.4 MB)': 'Moderator: a\nSpeakers: Aida Bekova, expert\n\n'.repeat(8_000),
    // Quotations inside quotations, and openers that never close: each closer looks through the few quotes left open.
    // Labels inside lines of prose: each asked whether its paragraph was a speaker's entry, a walk over all its lines
    // (quadratic when first written, 2026-12-02; caught by hand before it landed).
    'labels inside prose "Go. Speakers: Asanov Bolot, expert. "': line('Go. Speakers: Asanov Bolot, expert. '),
    'bold labels inside a line "x **Topic:** y " (0.1 MB)': 'x **Topic:** y '.repeat(6_667),
    // A closing quote sets off a label as a sentence's end does (reports that lost their line breaks).
    'labels after closing quotes "“a” Moderator: b "': line('“a” Moderator: b '),
    // A line over 1,000 characters is read for the lists its sentences announce: a few of them at most, each read to the line's end.
    'announced lists on one long line "Suggestions: 1. a. "': line('Suggestions: 1. a. '),
    'nested and unclosed quotations "«a «b» "': `Topic: ${line('«a «b» ')}`,
    'table rows "| 1 | 2 |"': `| Date | Venue |\n| --- | --- |\n${line('| 1 | 2 |\n')}`,
    // remark's cost grows with the square of the number of lists; long texts are parsed in segments.
    'labels each with a one-item list (0.2 MB)': 'Participants:\n- x\n\n'.repeat(10_000),
    // Below the size where segments begin, remark alone is quadratic: 62 KB of headings, each over a list of two, took
    // 4.5 s while segments began at 64 KB (until 2026-12-04; now 16 KB).
    'headings each over a list of two, 62 KB "## Key concerns / * a / * b"': '## Key concerns here\n\n* a\n* b\n\n'.repeat(2_000),
    // Each quotation after a topic cue in a list item looked for a person in all of the item before it: 0.1 MB took 13 s.
    'topic cues in a list item after a name "- Asanov Bolot, topic: “a” "': `- ${line('Asanov Bolot, topic: “a” ')}`,
    // Each talk on a line of its own in a speaker's role cut the role and read its text again: 125 KB took 244 s when first written (2026-12-04).
    'talks on lines of their own after a speaker "Speakers: Aibek Tashiev / “Roads” / …"': `Speakers: Aibek Tashiev\n${line('“Roads”\n')}`,
    // A role is cut at each line that opens with a position, reading only the words beside each break (2026-12-04).
    'roles on lines of their own after a moderator "Moderator: Asanov Bolot, head of X / Director of Y / …"': `Moderator: Asanov Bolot, head of X\n${line('Director of Y\n')}`,
    // Each label alone reads the one-sentence paragraphs after it as suggestions, sixty at most (2026-12-04).
    'labels alone over one-sentence paragraphs "Recommendations / To a. / To b."': line('Recommendations\n\nTo a.\n\nTo b.\n\n'),
    // Each "on the topic of" with no colon reads its sentence once, to its end (2026-12-04).
    'talk topics with no colon "Asanov Bolot made a presentation on the topic of a. "': line('Asanov Bolot made a presentation on the topic of a. '),
    // Running heads are counted in one pass over the lines (2026-12-04).
    'running heads in columns "Report      UNDP"': line('Report      UNDP\n'),
    // Where some blank lines were left out, each line under a labelled line or a list item is looked at once (2026-12-04).
    'labelled lines over long paragraphs "Totally: 40 people. / With an introduction speech …"': `Title\n\n${line(`Totally: 40 people.\n${'With an introduction speech performed the deputy of chairman of the State service. '.repeat(2)}\n`)}`,
    'list items over sentences ending with a colon "- item. / Some intro:"': `Title\n\n${line('- item.\nSome intro:\n')}`,
    // A talk's word before "on", and a presenter's bracket before "on", each read once (2026-12-04).
    'talks after a talk\'s word "Kim Oleg made a presentation on x. "': line('Kim Oleg made a presentation on x. '),
    'presenters before "on" "- Bekov Nurlan (UNICEF) on child protection; "': `Presentations:\n${line('- Bekov Nurlan (UNICEF) on child protection;\n')}`,
    // Each role before a label's colon on the line asked whether only a line's lead stood before it, all the text before it (2026-12-04, late).
    'speakers labels with talks in brackets on one line "Speakers: Asanov Bolot (on x), "': line('Speakers: Asanov Bolot (on x), '),
    'speaker entries of lines, each a paragraph, "Aibek Tashiev / expert / “Roads”"': `Speakers:\n\n${line('Aibek Tashiev\nexpert\n“Roads”\n\n')}`,
    // Each paragraph that introduces the discussion's paragraphs looked for its place from the first block and walked to the end: 100 KB took 12 s when first written (2026-12-04).
    'paragraphs introducing the discussion "During the discussion: / The roads are bad."': line('During the discussion:\n\nThe roads are bad.\n\n'),
    // A text with every line indented by a space: a segment may start at an indented line when no list item is open.
    'labels each with a one-item list, every line indented by a space (0.2 MB)': ' Participants:\n - x\n\n'.repeat(9_000),
    // An article before a second cue is read past three times at most, each look reaching 80 characters (2026-12-05).
    'articles before cues in one sentence "The meeting was opened with a speech a speech "': `The meeting was opened with ${line('a speech ')}`,
    // A bare name with its body before a cue reads only the segment's first spaces (2026-12-05).
    'bare names with the body they come from before a cue "Sarah Miller from UNDP and "': `${line('Sarah Miller from UNDP and ')}spoke.`,
    // Bullets under a numbered suggestion look past their run for the next number once per run (2026-12-05).
    'bullets under a numbered suggestion "Suggestions: / 1. a / - b;"': `Suggestions made:\n1. To create\n${line('- for the region;\n')}`,
    // A dash that opens a line looks at the line before for a bracket left open, once (2026-12-05).
    'dashes inside brackets left open "Total: 35 (women / – 8 (a"': line('Total: 35 (women\n– 8, men – 27 (a\n'),
    // Entries under an announcing line, wrapped on to lines in lower case: each entry's text sliced once (2026-12-05).
    'wrapped entries under a speakers line "Speakers: / Asanov Bolot - head / asanov bolot of the ministry"': `Speakers:\nAsanov Bolot - head\n${line('asanov bolot of the ministry\n')}`,
    // Titles before their presenters' brackets, two joined by "and" after each bracket: each bracket read once (this stop's).
    'titles joined after presenters\' brackets "Presentations: Water (Aida Bekova) and "': `Presentations: ${line('Water (Aida Bekova) and ')}roads.`,
    // A dash under a short labelled line that ends with a name: each line looked at once, with the line before it (this stop's).
    'dashes under labelled lines ending with a name "Moderator: Asanov Bolot / - member of x"': line('Moderator: Asanov Bolot\n- member of the council\n'),
    // Names that open wrapped lines of prose: each looks back to the previous name's line start once (this stop's).
    'names opening wrapped lines of prose "the head Kenzhebaev Marat, the deputy head of x / "': `Speeches were delivered by ${line('the head Kenzhebaev Marat, the deputy head of the road department\n')}Osmonaliev Tilek.`,
    // Lists announced by a colon's line at the end of a paragraph's wrapped prose: each paragraph's lines looked through
    // once for it, its last sentence read from the line before (2026-12-05, stop 64).
    'lists announced at the end of wrapped prose "… who introduced the / x. Then … made speeches: / Name – about the / roads;"': line('The platform was opened by the moderator, who introduced the\nparticipants. Then the following persons made speeches:\nAsanov Bolot, head of the department – about the\nroads;\n'),
    // List items wrapped on to a capitalised line in text typed with no blank lines: each line and the next looked at once (stop 64).
    'list items wrapped on to capitalised lines "1. Asanov Bolot – chairman of the / Talas Court;"': `REPORT.\nDate: 12.05.2021.\nSpeakers:\n${line('1. Asanov Bolot – chairman of the\nTalas Court;\n')}`,
    // Text with no blank lines wrapped at a width, lines measured twice to find it, each line and the next looked at once
    // for a break to fit, a fold's trailing space and a patronymic (stop 65).
    'wrapped lines with no blank lines "… coordinator of the Youth / Council of x; Ташиев Бакыт / Абдыкадырович."': line('The meeting was moderated by Nurbek Toktogulov, coordinator of the Youth \nCouncil of Jalal-Abad region; Ташиев Бакыт\nАбдыкадырович.\n'),
    // Paragraphs broken off mid-sentence by a blank line, each joined to the one before: the joined block is made once a
    // run ends (each join copied the run so far when first written, 0.7 MB took 14 s; stop 67).
    'paragraphs broken off by blank lines "… the work of the / / "': line('Asanov Bolot spoke about the work of the\n\n'),
    'paragraphs broken off before lower case "… of international / / and the …"': line('and the participants discussed the problems of international\n\n'),
    'a label\'s value broken off by blank lines "Participants: … of the / / …"': `Participants: ${line('representatives of the state bodies of the\n\n')}`,
    // Wrapped text with a blank line after every line: its lines counted once to tell it double-spaced, then one blank line
    // of each run taken out in one pass (this stop's).
    'double-spaced wrapped text "… chairperson of Coordinating / / Council of …"': line('Abdyrov Tolonbek, chairperson of Coordinating\n\nCouncil of Public Councils of State bodies, doctor of\n\neconomic sciences, professor, spoke about the\n\n'),
    'spaces, then x': `${' '.repeat(MB)}x`,
    // A pattern that ends a line's white space at its end was retried from every space of the run: quadratic until it was caught.
    'spaces, then two tabs': `${' '.repeat(MB)}\tx\ty`,
    // Rows copied from a word processor, a tab between cells: one table of 33,000 rows.
    'tab-separated rows "a<tab>b<tab>c" (0.2 MB)': 'a\tb\tc\n'.repeat(33_000),
    // pandoc's tables: an unanchored look for dash groups read a run of hyphens to its end again from each hyphen
    // (0.4 MB took 144 s until it was caught).
    'hyphens, then a space and a word': `${'-'.repeat(MB)} x`,
    // Each separator after a count looked back over the whole line for its last number, and on to the line's end for its
    // sentence and for counted groups: quadratic until 2026-12-03 (0.5 MB took 43 s).
    'head counts on one line "Participants: 40 (women: 26, men: 18): "': line('Participants: 40 (women: 26, men: 18): '),
    // Each venue cue ("met") looked for its sentence's start from the paragraph's, for its quotations in all of it, and
    // for an "in" or "at" on to its end: quadratic until 2026-12-03 (0.4 MB took 7 s).
    'venue cues in sentences with no place "Chaired by Mr. Asanov, the council met. "': line('Chaired by Mr. Asanov, the council met. '),
    // A piece of a speaker's sentence is read again after each stray closing bracket, and each time its cue looked for
    // a quoted title on to the piece's end: quadratic until 2026-12-03 (0.2 MB took 5 s).
    'cues and stray brackets "presented a) "b" "': line('presented a) "b" '),
    // Each venue cue in a sentence with no end ("Mr." ends none) read the sentence from its start to its end: quadratic
    // until 2026-12-03 (0.2 MB took 2.6 s).
    'venue cues in one long sentence "held Mr. Kim "': line('held Mr. Kim '),
    // Each "in" before a month is passed over for the next "in" of the sentence; a look for a date after each had made a
    // run of them 500 times slower than this (caught by hand before it landed, 2026-12-03).
    'months after "in" in one long sentence "held in March in March "': line('held in March in March '),
    // A month and a year with no day is the date only in the sentence of the meeting: each sentence is read once, not
    // once for each month and year in it (2026-12-04).
    'months and years in sentences that say no meeting was held "was held. x March 2021, "': line('The meeting was held. ' + 'x March 2021, '.repeat(20) + 'Since May 2020. '),
    // Each participants label inside a line read the line from its start for a bracket of the count: quadratic until 2026-12-03.
    'participants labels inside a line "in Osh city : "b" Participants: Venue: "': line('in Osh city : "b" Participants: Venue: '),
    // Each line that announces suggestions read its paragraph to its end for an inline list, and looked through every
    // table of the document for one after it (finding them all again): quadratic until 2026-12-03.
    'announcements in one paragraph "women Suggestions made: / ** Date: - "': line('women Suggestions made:\n ** Date: -  '),
    'announcements over table rows "| - Suggestions made: / | a | and "': line('| - Suggestions made:\n | a | and '),
    // A run of two-item lists ("1) x", "2) y", or "1 - x", "2 - y" rewritten so): one list of many items to remark.
    'two-item lists "1) x / 2) y" (0.2 MB)': '1) x\n2) y\n'.repeat(20_000),
    // remark spends ~40 µs on every block, so a text of one-word blocks is its slowest per MB.
    'one-word bullet lines "• a" (0.2 MB)': '\n• a'.repeat(50_000),
    // A web page is read as the markdown it stands for; a search for a tag's end stops at the next "<", and an unclosed
    // comment or script is looked for to the end once.
    'web page: tags never closed "<a "': `<html>${line('<a "x ')}`,
    'web page: comments and scripts never closed "<!-- <script> "': `<html>${line('<!-- <script> x ')}`,
    'web page: paragraphs "<p>Moderator: <b>Asanov Bolot</b>, expert.</p>"': `<html><body>${line('<p>Moderator: <b>Asanov Bolot</b>, expert.</p>\n')}`,
    '5 MB report': `${readFileSync(join(ROOT, 'fixtures/minutes/osh.txt'), 'utf8')}\n\n${'The discussion continued with many issues raised. '.repeat(100_000)}`,
  };
  const remark = unified().use(remarkParse);
  const out = {};
  for (const [name, text] of Object.entries(cases)) {
    const mb = text.length / MB;
    let start = performance.now();
    parseMinutes(text);
    const ours = (performance.now() - start) / 1000 / mb;
    // The floor: remark on the text the pipeline hands it (normalised, so "•" lines are a
    // list; deep list nesting already flattened: bare remark on a 1 MB line of "1. " is
    // quadratic and runs for hours).
    const input = shallow(normalize(text));
    start = performance.now();
    remark.parse(input);
    const bare = (performance.now() - start) / 1000 / mb;
    out[name] = { secondsPerMB: ours, remarkSecondsPerMB: bare };
  }
  return out;
}

// ---------------------------------------------------------------- run
mkdirSync(OUT, { recursive: true });
const log = (s) => process.stderr.write(`${s}\n`);
log(`corpus: ${FILES} files …`);
const big = corpus(FILES);
const small = corpus(Math.min(1000, FILES));
const paths = files(big);
const texts = paths.map((p) => readFileSync(p, 'utf8'));
const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;

log('1. throughput in-process …');
const t = throughput(texts);
log('2. CLI, --jobs 1 and 2, and two processes over the halves …');
// Alternated three times, keeping each one's fastest run (and highest peak RSS): this
// machine's speed drifts by ±20% over a minute, and one run of each would mostly measure that.
let jobs1;
let jobs2;
let pair;
const halves = halvesOf(big, paths);
for (let round = 0; round < 3; round++) {
  jobs1 = better(jobs1, cli(big, 1));
  jobs2 = better(jobs2, cli(big, 2));
  pair = better(pair, await cliPair(halves));
}
log('3. cold start …');
const colds = coldStarts(paths[0]);
const cold = colds.asIs;
log('4. peak RSS …');
const rssSmall1 = better(cli(small, 1), cli(small, 1));
const rssSmall = better(cli(small, 2), cli(small, 2));
const rssBig = jobs2;
const liveHeap = JSON.parse(spawnSync(process.execPath, ['--expose-gc', join(ROOT, 'scripts/live-heap.mjs'), big], { encoding: 'utf8' }).stdout);
log('5. adversarial inputs …');
const adv = adversarial();

const results = {
  machine: { cpu: cpus()[0]?.model, cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
  corpus: { files: paths.length, megabytes: mb },
  throughput: t,
  cli: { jobs1, jobs2, speedup: jobs2.filesPerSec / jobs1.filesPerSec, twoProcesses: pair, twoProcessesSpeedup: pair.filesPerSec / jobs1.filesPerSec },
  coldStart: colds,
  peakRss: {
    jobs1: { [rssSmall1.records]: rssSmall1.peakRssMB, [jobs1.records]: jobs1.peakRssMB },
    jobs2: { [rssSmall.records]: rssSmall.peakRssMB, [rssBig.records]: rssBig.peakRssMB },
  },
  liveHeapMB: liveHeap,
  adversarial: adv,
};
writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

const f = (n, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const rows = [
  ['measure', 'result', 'target'],
  ['---', '---', '---'],
  [`bare remark-parse, ${f(paths.length)} files`, `${f(t.bareFilesPerSec)} files/s`, ''],
  ['parseMinutes up to the extractors (readDocument), same files', `${f(t.readFilesPerSec)} files/s (${f(t.readRatio, 2)}×)`, ''],
  ['parseMinutes, same files', `${f(t.oursFilesPerSec)} files/s (${f(t.ratio, 2)}×)`, '≥ 0.8×'],
  ['CLI ndjson, --jobs 1', `${f(jobs1.filesPerSec)} files/s (${f(jobs1.seconds, 1)} s, ${f(jobs1.cpuSeconds, 1)} s of CPU)`, ''],
  ['CLI ndjson, --jobs 2', `${f(jobs2.filesPerSec)} files/s (${f(jobs2.seconds, 1)} s, ${f(jobs2.cpuSeconds, 1)} s of CPU), ${f(results.cli.speedup, 2)}×`, '≥ 1.8×'],
  ['two CLI processes, --jobs 1, half the files each, side by side', `${f(pair.filesPerSec)} files/s (${f(pair.seconds, 1)} s, ${f(pair.cpuSeconds, 1)} s of CPU), ${f(results.cli.twoProcessesSpeedup, 2)}×`, ''],
  ['cold start, node -e 0', `${f(cold.nodeMs)} ms (median of ${RUNS})`, ''],
  ['cold start, dialogue --version (loads the CLI, parses nothing)', `${f(cold.versionMs)} ms (${f(cold.versionRatio, 2)}×)`, ''],
  ['cold start, dialogue parse one file', `${f(cold.dialogueMs)} ms (${f(cold.ratio, 2)}×)`, '≤ 1.5×'],
  ...(colds.withoutExtraCaCerts
    ? [
        ['cold start, node -e 0, NODE_EXTRA_CA_CERTS unset', `${f(colds.withoutExtraCaCerts.nodeMs)} ms`, ''],
        ['cold start, --version, NODE_EXTRA_CA_CERTS unset', `${f(colds.withoutExtraCaCerts.versionMs)} ms (${f(colds.withoutExtraCaCerts.versionRatio, 2)}×)`, ''],
        ['cold start, one file, NODE_EXTRA_CA_CERTS unset', `${f(colds.withoutExtraCaCerts.dialogueMs)} ms (${f(colds.withoutExtraCaCerts.ratio, 2)}×)`, '≤ 1.5×'],
      ]
    : []),
  [`peak RSS, ${f(rssSmall.records)} files (--jobs 1 / 2)`, `${f(rssSmall1.peakRssMB)} MB / ${f(rssSmall.peakRssMB)} MB`, ''],
  [`peak RSS, ${f(rssBig.records)} files (--jobs 1 / 2)`, `${f(jobs1.peakRssMB)} MB / ${f(rssBig.peakRssMB)} MB`, '< 150 MB'],
  [`live heap after a full collection, ${Object.keys(liveHeap).map((n) => f(+n)).join(' / ')} files`, Object.values(liveHeap).map((mb) => `${f(mb, 1)} MB`).join(' / '), 'flat'],
  ...Object.entries(adv).map(([name, r]) => [`adversarial: ${name}`, `${f(r.secondsPerMB, 2)} s/MB (remark alone ${f(r.remarkSecondsPerMB, 2)})`, 'linear']),
];
console.log(`Machine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGB} GB, Node ${results.machine.node}`);
if (colds.extraCaCerts) console.log(`NODE_EXTRA_CA_CERTS=${colds.extraCaCerts}: cold start measured with it (as this machine runs node) and without`);
console.log(`Corpus: ${f(paths.length)} files, ${f(mb, 1)} MB (deterministic, .bench/corpus-${FILES})\n`);
// A "|" inside a cell would end it: escape it, as GitHub's tables expect.
for (const r of rows) console.log(`| ${r.map((cell) => String(cell).replace(/\|/g, '\\|')).join(' | ')} |`);
