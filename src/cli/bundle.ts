/**
 * The CLI bundle's entry (dist/bin/cli.cjs): what bin/dialogue.js and the
 * worker threads call once src/cli/load.cts has loaded the bundle.
 */
export { main, run } from './main.js';
export { serveWorker } from './worker.js';
