/**
 * Run file tasks on N worker threads (or in this thread when N is 1 or the
 * batch is small) and hand results back strictly in input order, so output
 * never depends on timing. At most `window` results wait to be emitted.
 */
import { Worker } from 'node:worker_threads';
import { processFile, type FileResult, type FileTask } from './process-file.js';

/** Batches smaller than this run in the main thread: starting workers would cost more. */
export const MIN_FILES_FOR_WORKERS = 16;

/** Process `tasks` with `jobs` threads, calling `emit` for each result in task order. */
export async function runTasks(tasks: FileTask[], jobs: number, emit: (result: FileResult) => void): Promise<void> {
  if (jobs <= 1 || tasks.length < MIN_FILES_FOR_WORKERS) {
    for (const task of tasks) emit(await processFile(task));
    return;
  }
  const window = jobs * 32;
  const done = new Map<number, FileResult>();
  let next = 0; // next task to dispatch
  let emitted = 0; // next result to emit
  const workers = Array.from({ length: Math.min(jobs, tasks.length) }, () => new Worker(new URL('./worker.js', import.meta.url)));
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (worker: Worker) => {
        if (next < tasks.length && next < emitted + window) worker.postMessage(tasks[next++]);
        else idle.push(worker);
      };
      const idle: Worker[] = [];
      for (const worker of workers) {
        worker.on('message', (result: FileResult) => {
          done.set(result.index, result);
          while (done.has(emitted)) {
            emit(done.get(emitted)!);
            done.delete(emitted++);
          }
          if (emitted === tasks.length) return resolve();
          feed(worker);
          // Emitting may have opened the window for idle workers.
          while (idle.length > 0 && next < tasks.length && next < emitted + window) idle.pop()!.postMessage(tasks[next++]);
        });
        worker.on('error', reject);
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
