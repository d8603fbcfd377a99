import { Worker } from 'node:worker_threads';
import type { ImportOptions, PreparedImport } from '@/lib/guide-import';
import { importMessage } from '@/lib/markdown/errors';
import { markdownLimitProblem } from '@/lib/markdown/limits';

/** What one import's parse may take; past it the worker is stopped and the file refused. */
export const IMPORT_WORKER_LIMITS = {
  // IMPORT_PARSE_SECONDS sets another limit (a test uses 2 s to see the limit at work).
  seconds: Number(process.env.IMPORT_PARSE_SECONDS) > 0 ? Number(process.env.IMPORT_PARSE_SECONDS) : 20,
  /** Starting the worker and loading the parser, before the parse. */
  loadSeconds: 30,
  memoryMb: 256,
  stackMb: 4,
  /** Imports parsing at once; each may use `memoryMb`. */
  concurrent: 2,
};

let running = 0;

/**
 * The import of one Markdown file (lib/guide-import.ts prepareImport), parsed in a worker thread so
 * the server keeps answering while it runs: a hostile file can take minutes or exhaust the stack.
 * The cheap checks of lib/markdown/limits.ts come first, on this thread.
 */
export async function prepareImportInWorker(
  source: string,
  fileName: string,
  options: ImportOptions = {},
): Promise<PreparedImport> {
  const refused = markdownLimitProblem(source);
  if (refused) return { ok: false, error: refused };
  if (running >= IMPORT_WORKER_LIMITS.concurrent) return { ok: false, error: importMessage(null, 'import.busy') };
  running += 1;
  try {
    return await parseInWorker(source, fileName, options);
  } finally {
    running -= 1;
  }
}

// A worker that parsed a file and is kept for the next one: starting one and loading the parser
// costs more than most parses (the CLI imports hundreds of files in a row).
let idle: Worker | null = null;

function startWorker(): Worker {
  const options = {
    resourceLimits: {
      maxOldGenerationSizeMb: IMPORT_WORKER_LIMITS.memoryMb,
      stackSizeMb: IMPORT_WORKER_LIMITS.stackMb,
    },
  };
  // Inside Next (NEXT_RUNTIME is set) the bundler builds the entry file this URL names. Run from
  // source (the CLI, through tsx) the worker must register tsx itself: a worker thread does not
  // inherit the loader hooks of the thread that starts it.
  return process.env.NEXT_RUNTIME
    ? new Worker(new URL('./markdown-worker-entry.ts', import.meta.url), options)
    : new Worker(throughTsx(import.meta.url.replace(/markdown-worker\.ts$/, 'markdown-worker-entry.ts')), {
        ...options,
        eval: true,
      });
}

/** Keeps a worker that finished cleanly for the next file; it does not keep the process alive. */
function keep(worker: Worker): void {
  worker.removeAllListeners();
  if (idle) {
    void worker.terminate();
    return;
  }
  idle = worker;
  worker.unref();
  worker.once('exit', () => {
    if (idle === worker) idle = null;
  });
  worker.once('error', () => void worker.terminate());
}

function parseInWorker(source: string, fileName: string, options: ImportOptions): Promise<PreparedImport> {
  const worker = idle ?? startWorker();
  idle = null;
  worker.removeAllListeners();
  worker.ref();
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (result: PreparedImport | Error, reusable = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (reusable) keep(worker);
      else void worker.terminate();
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const tooLong = () =>
      settle({
        ok: false,
        error: importMessage(null, 'import.tookTooLong', { seconds: IMPORT_WORKER_LIMITS.seconds }),
      });
    // Loading the parser takes a while on a busy machine; the limit starts when the parse does.
    let timer = setTimeout(tooLong, IMPORT_WORKER_LIMITS.loadSeconds * 1000);
    worker.on('message', (message: 'parsing' | PreparedImport) => {
      if (message !== 'parsing') return settle(message, true);
      clearTimeout(timer);
      timer = setTimeout(tooLong, IMPORT_WORKER_LIMITS.seconds * 1000);
    });
    worker.on('error', (error: Error & { code?: string }) =>
      settle(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { ok: false, error: importMessage(null, 'import.tooMuchMemory', { limit: IMPORT_WORKER_LIMITS.memoryMb }) }
          : error,
      ),
    );
    worker.on('exit', (code) => settle(new Error(`The Markdown worker stopped (exit code ${code}) without a result`)));
    worker.postMessage({ source, fileName, options });
  });
}

function throughTsx(entryUrl: string): string {
  return `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entryUrl)}); });`;
}
