#!/usr/bin/env node
// Run a Node script (argv[2], with the rest as its arguments) in this process and
// print its peak resident set size and the CPU time it used on stderr when it exits:
// `maxrss <KB> cpu <seconds>`. Used by the benchmark; worker threads and V8's helper
// threads count, as they share the process.
import { pathToFileURL } from 'node:url';

const [script, ...rest] = process.argv.slice(2);
process.argv = [process.argv[0], script, ...rest];
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`maxrss ${usage.maxRSS} cpu ${(usage.userCPUTime + usage.systemCPUTime) / 1e6}\n`);
});
await import(pathToFileURL(script).href);
