/**
 * Run file tasks on N worker threads (or in this thread when N is 1 or the
 * batch is small) and hand results back strictly in input order, so output
 * never depends on timing. `emit` may return a promise (a full stdout pipe, a
 * file being written): nothing more is dispatched past a bounded window of
 * results waiting to be emitted, so memory stays flat however many files.
 */
import { Worker } from 'node:worker_threads';
import { processFile, type FileResult, type FileTask } from './process-file.js';

/** Batches smaller than this run in the main thread: starting workers would cost more. */
export const MIN_FILES_FOR_WORKERS = 16;

/** Process `tasks` with `jobs` threads, calling (and awaiting) `emit` for each result in task order. */
export async function runTasks(tasks: FileTask[], jobs: number, emit: (result: FileResult) => void | Promise<void>): Promise<void> {
  if (jobs <= 1 || tasks.length < MIN_FILES_FOR_WORKERS) {
    for (const task of tasks) await emit(await processFile(task));
    return;
  }
  const window = jobs * 32;
  // Each worker keeps a few tasks queued, so it never waits on a round trip through this thread.
  const perWorker = 8;
  const done = new Map<number, FileResult>();
  let next = 0; // next task to dispatch
  let emitted = 0; // next result to emit
  const workers = Array.from({ length: Math.min(jobs, tasks.length) }, () => new Worker(new URL('./worker.js', import.meta.url)));
  const inFlight = new Map<Worker, number>(workers.map((w) => [w, 0]));
  try {
    await new Promise<void>((resolve, reject) => {
      let flushing = Promise.resolve();
      const dispatch = () => {
        while (next < tasks.length && next < emitted + window) {
          let free: Worker | undefined;
          for (const [worker, n] of inFlight) if (n < perWorker && (!free || n < inFlight.get(free)!)) free = worker;
          if (!free) return;
          inFlight.set(free, inFlight.get(free)! + 1);
          free.postMessage(tasks[next++]);
        }
      };
      const flush = async () => {
        while (done.has(emitted)) {
          const result = done.get(emitted)!;
          done.delete(emitted++);
          await emit(result);
        }
      };
      for (const worker of workers) {
        worker.on('message', (result: FileResult) => {
          done.set(result.index, result);
          inFlight.set(worker, inFlight.get(worker)! - 1);
          dispatch();
          flushing = flushing.then(flush).then(() => (emitted === tasks.length ? resolve() : dispatch()), reject);
        });
        worker.on('error', reject);
      }
      dispatch();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
