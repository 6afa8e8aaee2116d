/** A worker thread's side of the pool: run processFile for each batch of tasks sent, post back their results in one message. */
import { parentPort } from 'node:worker_threads';
import { processFile, type FileTask } from './process-file.js';

/** Serve batches of tasks from the pool (src/cli/pool.ts) until it terminates this thread. */
export function serveWorker(): void {
  parentPort!.on('message', (tasks: FileTask[]) => {
    void Promise.all(tasks.map(processFile)).then((results) => parentPort!.postMessage(results));
  });
}
