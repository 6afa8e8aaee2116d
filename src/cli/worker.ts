/** Worker thread entry: runs processFile for each task the pool sends. */
import { parentPort } from 'node:worker_threads';
import { processFile, type FileTask } from './process-file.js';

parentPort!.on('message', (task: FileTask) => {
  void processFile(task).then((result) => parentPort!.postMessage(result));
});
