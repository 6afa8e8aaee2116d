#!/usr/bin/env node
// Bundle the CLI with esbuild (run by `npm run build`, after tsc).
//
// One bundle loads in a fraction of the time Node's ESM loader needs for the
// hundreds of files behind it. Commands are split into chunks loaded when they
// run; packages only some runs need stay external and are required lazily
// (src/lazy.ts). The library itself is the tsc output in dist/.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry content hashes: clear out the last build's, or they pile up.
rmSync('dist/bin', { recursive: true, force: true });

await build({
  entryPoints: { main: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
  outdir: 'dist/bin',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'external',
  // CommonJS packages inside an ESM bundle call require(); give every chunk one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
