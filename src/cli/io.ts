/** The outside world the CLI talks to, passed in so tests can run it in-process. */
import { availableParallelism } from 'node:os';

export interface Writer {
  /** Returns false when the stream's buffer is full (then wait for 'drain'). */
  write(chunk: string): unknown;
  once?(event: 'drain', listener: () => void): unknown;
  isTTY?: boolean;
}

export interface Io {
  stdout: Writer;
  stderr: Writer;
  /** Reads all of standard input. */
  readStdin(): Promise<Uint8Array>;
  /** Whether standard input is a terminal (then `parse` with no path is a usage error). Read only then: touching process.stdin costs ~6 ms. */
  stdinIsTTY: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
  cores: number;
  /** Monotonic clock in milliseconds, for the summary line. */
  now(): number;
}

/** The real process's streams, directory and environment. */
export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    get stdinIsTTY() {
      return Boolean(process.stdin.isTTY);
    },
    cwd: process.cwd(),
    env: process.env,
    cores: availableParallelism(),
    // Not performance.now(): the first use of that global loads perf_hooks, ~2 ms of every start.
    now: () => Number(process.hrtime.bigint()) / 1e6,
  };
}
