/**
 * Load the bundled CLI (`cli.cjs`, built by scripts/bundle.mjs) the way
 * Node's CommonJS loader would, but through `vm.Script` with V8's code cache
 * (`cli.cache`): bytecode compiled and saved at build time, after a warm-up
 * run over the fixtures, so a cold `dialogue parse` neither parses the bundle
 * nor compiles the functions a parse needs. Node 22 has this built in
 * (`module.enableCompileCache`); Node 20 has only this.
 *
 * V8 rejects a cache made by another V8 version or with other V8 flags, or
 * for another source; the script is then compiled as usual. Nothing is
 * written at run time: `npm run build` makes the cache.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** What the bundle exports (src/cli/bundle.ts). */
export type CliModule = typeof import('./bundle.js');

export interface LoadedCli {
  cli: CliModule;
  /** The compiled bundle: `createCachedData()` gives its code cache (scripts/code-cache.mjs). */
  script: Script;
  /** Whether a cache was there and V8 refused it (another Node version, other flags, a stale build). */
  cacheRejected: boolean;
  /** Whether the bundle was compiled from the cache. */
  fromCache: boolean;
}

/** The bundle's path, and its cache's. */
export const BUNDLE = join(__dirname, 'cli.cjs');
export const CACHE = join(__dirname, 'cli.cache');

/** Compile and run the bundle, from its code cache unless `useCache` is false; the result is memoised. */
export function loadCli(options: { useCache?: boolean } = {}): LoadedCli {
  if (loaded) return loaded;
  const source = readFileSync(BUNDLE, 'utf8');
  let cachedData: Buffer | undefined;
  if (options.useCache !== false) {
    try {
      cachedData = readFileSync(CACHE);
    } catch {
      // No cache (a build without one): compile from source.
    }
  }
  // The CommonJS wrapper, so the bundle sees the same five names a required file does.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: BUNDLE, cachedData });
  const module = { exports: {} as CliModule };
  script.runInThisContext()(module.exports, require, module, BUNDLE, dirname(BUNDLE));
  const cacheRejected = cachedData !== undefined && script.cachedDataRejected === true;
  loaded = { cli: module.exports, script, cacheRejected, fromCache: cachedData !== undefined && !cacheRejected };
  return loaded;
}

let loaded: LoadedCli | undefined;
