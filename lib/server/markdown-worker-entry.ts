// Runs in a worker thread started by markdown-worker.ts: parses each file it is sent and posts the
// result. "parsing" comes first, once the code is loaded, so the time limit counts the parse alone.
import { parentPort } from 'node:worker_threads';
import { prepareImport, type ImportOptions } from '@/lib/guide-import';

parentPort?.on(
  'message',
  ({ source, fileName, options }: { source: string; fileName: string; options: ImportOptions }) => {
    parentPort?.postMessage('parsing');
    parentPort?.postMessage(prepareImport(source, fileName, options));
  },
);
