/** A worker thread's entry file (dist/bin/worker.cjs): load the bundle, from its code cache, and serve. */
import { loadCli } from './load.cjs';

loadCli().cli.serveWorker();
