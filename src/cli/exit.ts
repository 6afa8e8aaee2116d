/** Exit codes, decided once at the end: 0 parsed, 1 a file had an error (or a warning with --strict), 2 usage or a missing path. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
