/**
 * Run file tasks on N worker threads (or in this thread when N is 1 or the
 * batch is small) and hand results back strictly in input order, so output
 * never depends on timing. `emit` may return a promise (a full stdout pipe, a
 * file being written): nothing more is dispatched past a bounded window of
 * results waiting to be emitted, so memory stays flat however many files.
 *
 * Tasks go to a worker, and come back, a few at a time (BATCH). Each
 * worker's heap is bounded, so a long batch does not let V8 grow it at
 * will. A worker that dies (out of memory on a huge report) loses no file:
 * the tasks it held are parsed in this thread, and a new worker takes its place.
 */
import type { ResourceLimits, Worker } from 'node:worker_threads';
import { capYoungGeneration, keepHeapSmall, releaseYoungGeneration } from './heap.js';
import type { FileResult, FileTask } from './process-file.js';

/** Batches smaller than this run in the main thread: starting workers would cost more. */
export const MIN_FILES_FOR_WORKERS = 16;

/**
 * Heap bounds per worker. Reports of ordinary size need a few MB each; left
 * unbounded, V8 lets each worker's heap reach ~100 MB over a long batch.
 * Measured with `npm run bench`: these bounds cost no throughput.
 */
export const WORKER_HEAP: ResourceLimits = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 48 };

/**
 * Worker threads for a batch when --jobs is not given: one fewer than the cores.
 * A thread parsing keeps ~1.3 cores busy, as V8 compiles optimised code and
 * collects garbage on helper threads of its own; on 2 cores, two workers ran
 * only 1.02–1.27× faster than one thread for ~45% more CPU and ~75 MB more
 * memory (README, "Performance"). The rule jest uses for its workers, too.
 */
export function defaultJobs(cores: number): number {
  return Math.max(1, cores - 1);
}

/**
 * Tasks sent to a worker in one message, and results sent back in one. Each
 * message wakes the thread it is sent to: with one per file, postMessage took
 * ~7% of a worker's time and this thread used ~1.4 s of CPU per 10,000 files.
 * In batches of 8, a --jobs 2 run over 10,000 files used 20.5–21.4 s of CPU
 * instead of 23.1–24.5 (npm run bench's corpus, 2026-12-01).
 */
export const BATCH = 8;

type Run = (task: FileTask) => Promise<FileResult>;

/** Process `tasks` with `jobs` threads, calling (and awaiting) `emit` for each result in task order. */
export async function runTasks(tasks: FileTask[], jobs: number, emit: (result: FileResult) => void | Promise<void>): Promise<void> {
  let processFile: Run | undefined;
  // Loaded only when needed: with healthy workers, this thread never holds the parser.
  const here: Run = async (task) => (processFile ??= (await import('./process-file.js')).processFile)(task);
  if (jobs <= 1 || tasks.length < MIN_FILES_FOR_WORKERS) {
    // Workers have their own bounds (WORKER_HEAP); a batch in this thread needs these.
    const batch = tasks.length >= MIN_FILES_FOR_WORKERS;
    if (batch) keepHeapSmall();
    try {
      for (const task of tasks) {
        await emit(await here(task));
        if (batch) capYoungGeneration();
      }
    } finally {
      releaseYoungGeneration();
    }
    return;
  }
  // Loaded here, not at the top: a one-file run never pays for it (worker_threads brings in streams, ~4 ms).
  const { Worker } = await import('node:worker_threads');
  const window = jobs * 32;
  // Each worker keeps a few tasks queued, so it never waits on a round trip through this thread.
  const perWorker = 2 * BATCH;
  // After this many deaths, no new workers: what is left runs in this thread.
  let restarts = jobs * 2;
  const done = new Map<number, FileResult>();
  const pool = new Map<Worker, Set<number>>(); // live workers → indexes of the tasks they hold
  let next = 0; // next task to dispatch
  let emitted = 0; // next result to emit
  try {
    await new Promise<void>((resolve, reject) => {
      let flushing = Promise.resolve();
      const flush = async () => {
        while (done.has(emitted)) {
          const result = done.get(emitted)!;
          done.delete(emitted++);
          await emit(result);
        }
      };
      const settle = (result: FileResult) => {
        done.set(result.index, result);
        dispatch();
        flushing = flushing.then(flush).then(() => (emitted === tasks.length ? resolve() : dispatch()), reject);
      };
      const dispatch = () => {
        while (next < tasks.length && next < emitted + window) {
          if (pool.size === 0) {
            here(tasks[next++]!).then(settle, reject);
            continue;
          }
          let free: Worker | undefined;
          for (const [worker, held] of pool) if (held.size + BATCH <= perWorker && (!free || held.size < pool.get(free)!.size)) free = worker;
          if (!free) return;
          const batch = tasks.slice(next, Math.min(next + BATCH, emitted + window));
          for (const task of batch) pool.get(free)!.add(task.index);
          next += batch.length;
          free.postMessage(batch);
        }
      };
      const start = () => {
        // The worker entry sits beside the bundle (dist/bin/worker.cjs) and loads it from the same code cache.
        const worker = new Worker(new URL('./worker.cjs', import.meta.url), { resourceLimits: WORKER_HEAP });
        const held = new Set<number>();
        pool.set(worker, held);
        worker.on('message', (results: FileResult[]) => {
          for (const result of results) {
            held.delete(result.index);
            settle(result);
          }
        });
        // The reason is in the exit that follows; what matters is that no task is lost.
        worker.on('error', () => {});
        worker.on('exit', () => {
          if (!pool.delete(worker)) return; // terminated by us at the end
          if (restarts-- > 0) start();
          for (const index of held) here(tasks[index]!).then(settle, reject);
          dispatch();
        });
      };
      for (let i = 0; i < Math.min(jobs, tasks.length); i++) start();
      dispatch();
    });
  } finally {
    const workers = [...pool.keys()];
    pool.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
