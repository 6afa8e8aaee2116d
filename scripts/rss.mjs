#!/usr/bin/env node
// Run a Node script (argv[2], with the rest as its arguments) in this process and
// print its peak resident set size on stderr when it exits: `maxrss <KB>`.
// Used by the benchmark; worker threads count, as they share the process.
import { pathToFileURL } from 'node:url';

const [script, ...rest] = process.argv.slice(2);
process.argv = [process.argv[0], script, ...rest];
process.on('exit', () => process.stderr.write(`maxrss ${process.resourceUsage().maxRSS}\n`));
await import(pathToFileURL(script).href);
