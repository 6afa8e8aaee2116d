/** A worker thread's side of the pool: run processFile for each task sent, post back each result. */
import { parentPort } from 'node:worker_threads';
import { processFile, type FileTask } from './process-file.js';

/** Serve tasks from the pool (src/cli/pool.ts) until it terminates this thread. */
export function serveWorker(): void {
  parentPort!.on('message', (task: FileTask) => {
    void processFile(task).then((result) => parentPort!.postMessage(result));
  });
}
