/**
 * Packages that only some runs need (YAML output, encoding detection, glob
 * patterns, a second language's date parser) are loaded the first time they
 * are used, so start-up pays only for what the command does.
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/** A loader for CommonJS module `id`, required on first call and cached. */
export function lazy<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(id) as T);
}
