// Runs in a worker thread started by markdown-worker.ts: parses one file and posts the result. The
// first message says the code is loaded, so the time limit counts the parse alone.
import { parentPort, workerData } from 'node:worker_threads';
import { prepareImport } from '@/lib/guide-import';

const { source, fileName } = workerData as { source: string; fileName: string };
parentPort?.postMessage('parsing');
parentPort?.postMessage(prepareImport(source, fileName));
