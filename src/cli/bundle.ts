/**
 * The CLI bundle's entry (dist/bin/cli.cjs): what bin/dialogue.js and the
 * worker threads call once src/cli/load.cts has loaded the bundle.
 */
export { main, run } from './main.js';

/** Serve a worker thread's tasks (src/cli/worker.ts); loaded on call, so the main thread never loads worker_threads for it. */
export async function serveWorker(): Promise<void> {
  (await import('./worker.js')).serveWorker();
}
