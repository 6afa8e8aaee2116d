/** The outside world the CLI talks to, passed in so tests can run it in-process. */
import { availableParallelism } from 'node:os';

export interface Writer {
  /** Returns false when the stream's buffer is full (then wait for 'drain'). */
  write(chunk: string): unknown;
  once?(event: 'drain' | 'close', listener: () => void): unknown;
  removeListener?(event: 'drain' | 'close', listener: () => void): unknown;
  isTTY?: boolean;
  /** True once the reader has gone (`dialogue parse … | head`): nothing more can be written. */
  readonly closed?: boolean;
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
    stdout: stdoutWriter(),
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

/**
 * process.stdout, but a reader that stops early (`dialogue parse … | head`) ends the output
 * instead of crashing the process with EPIPE: the writer is then `closed`, later writes go
 * nowhere, and whoever waits for 'drain' or 'close' is let go (Node leaves stdout open on EPIPE).
 */
function stdoutWriter(): Writer {
  const out = process.stdout;
  let closed = false;
  const onClose = new Set<() => void>();
  out.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
    for (const listener of onClose) listener();
    onClose.clear();
  });
  return {
    write: (chunk) => closed || out.write(chunk),
    once: (event, listener) => (event === 'close' ? onClose.add(listener) : out.once(event, listener)),
    removeListener: (event, listener) => (event === 'close' ? onClose.delete(listener) : out.removeListener(event, listener)),
    isTTY: out.isTTY,
    get closed() {
      return closed;
    },
  };
}
