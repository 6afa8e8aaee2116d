#!/usr/bin/env node
// Bundle the CLI with esbuild (run by `npm run build`, after tsc), then make its code cache.
//
// One CommonJS bundle, dist/bin/cli.cjs, loaded by dist/bin/load.cjs through
// vm.Script with V8's code cache (src/cli/load.cts): Node's ESM loader costs
// more at start-up than the whole CommonJS path, and the cache spares parsing
// and compiling. Commands stay lazy inside the bundle (esbuild turns their
// dynamic imports into module initialisers run on first use); packages only
// some runs need (YAML, encoding detection, globs) stay external and are
// required on first use (src/lazy.ts). The library itself is the tsc output in dist/.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names once carried content hashes: clear out any earlier build's files.
rmSync('dist/bin', { recursive: true, force: true });

// commander requires node:child_process at load, for git-style executable
// subcommands `dialogue` does not have; loading it (with net, dgram and
// streams) costs ~10 ms of every start. It is required on first use instead.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes('/node_modules/commander/') ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

const common = {
  outdir: 'dist/bin',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'external',
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: { cli: 'src/cli/bundle.ts' },
  plugins: [lazyChildProcess],
  // A script run through vm.Script has no dynamic import(): lazy builtins become require().
  supported: { 'dynamic-import': false },
  // The sources are ES modules: give `import.meta.url` its CommonJS meaning, the bundle's own file.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "var __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});
await build({
  ...common,
  entryPoints: { load: 'src/cli/load.cts', worker: 'src/cli/worker-entry.cts' },
  // One loader per thread: the worker entry requires it rather than carrying a copy.
  external: ['./load.cjs'],
});

// The bundle's characters past Latin-1 (dashes, quotes and Cyrillic letters in patterns) written as
// \u escapes, which esbuild leaves in regular expressions and String.raw: V8 keeps a script's source
// for as long as its functions live, and one such character makes the whole ~0.95 MB source a
// two-byte string, 1.9 MB in the heap of every thread that loads it. An escape means the same
// character in a string, a template, a pattern and String.raw's text as a pattern's source (all
// the bundle's String.raw are); after a backslash it would not, so that stops the build.
const CLI = 'dist/bin/cli.cjs';
const source = readFileSync(CLI, 'utf8');
writeFileSync(
  CLI,
  source.replace(/\\?[^\x00-\xff]/g, (c, at) => {
    if (c.length > 1) throw new Error(`${CLI}: a character past Latin-1 after a backslash at ${at}: escape it in the source`);
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  }),
);
