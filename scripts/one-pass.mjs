// Parse the first N files of the benchmark corpus once, for counting instructions:
//   npm run bench   (makes .bench/corpus-10000)
//   valgrind --tool=callgrind node --single-threaded scripts/one-pass.mjs [DIST] [N]
// DIST is a built dist/ folder (default ./dist; a copy must sit inside the project to find
// node_modules), N the number of files (default 150). Prints the total length of the records'
// JSON, so that two builds can be checked to give the same output.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dist = resolve(process.argv[2] ?? 'dist');
const n = Number(process.argv[3] ?? 150);
const { parseMinutes } = await import(join(dist, 'index.js'));
const folder = '.bench/corpus-10000/00';
const files = readdirSync(folder).sort().slice(0, n).map((f) => join(folder, f));
let length = 0;
for (const file of files) length += JSON.stringify(parseMinutes(readFileSync(file))).length;
console.log(length);
