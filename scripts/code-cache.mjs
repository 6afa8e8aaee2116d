#!/usr/bin/env node
// Make dist/bin/cli.cache, the V8 code cache of the CLI bundle (run by `npm run build`).
//
// The bundle is loaded without a cache and run in this process over every
// fixture, in each format and command, so that the functions a real run
// needs are compiled; the cache then holds their bytecode (V8 compiles a
// function on its first call, and a cache made before any call would hold
// little more than the top level). See src/cli/load.cts.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';

const require = createRequire(import.meta.url);
const { loadCli, CACHE } = require('../dist/bin/load.cjs');
const { cli, script } = loadCli({ useCache: false });

const silent = { write: () => true };
const io = {
  stdout: silent,
  stderr: silent,
  readStdin: async () => new Uint8Array(),
  stdinIsTTY: true,
  cwd: new URL('..', import.meta.url).pathname,
  env: {},
  cores: 1,
  now: () => performance.now(),
};
const runs = [
  ['parse', 'fixtures/minutes', '--jobs', '1'],
  ['parse', 'fixtures/minutes/osh.txt'],
  ['parse', 'fixtures/minutes/ru-batken.txt', '--positions', '--assume-year', '2021'],
  ['parse', 'fixtures/minutes', '--format', 'ndjson', '--jobs', '1', '--reporter', 'github'],
  ['parse', 'fixtures/minutes/osh.txt', '--format', 'yaml', '--reporter', 'json'],
  ['validate', 'fixtures/expected/osh.json'],
  ['schema'],
  ['--help'],
  ['parse', '--help'],
];
for (const argv of runs) await cli.run(argv, io);
// The batches above set V8's heap growing flags (src/cli/heap.ts), and V8 stamps
// a cache with a hash of its flags: put them back to the values a fresh `dialogue` starts with.
setFlagsFromString('--heap-growing-percent=0');
setFlagsFromString('--semi-space-growth-factor=2');

const data = script.createCachedData();
writeFileSync(CACHE, data);
console.log(`code cache: ${(data.length / 1024).toFixed(0)} KB`);
