import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon, { type Result } from 'autocannon';
import { ratio, round } from './stats';
import { rscPayloadBytes } from '@/tests/helpers/next-internals';

export type LoadFigures = {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  bytes: number;
};

export type ReaderFigures = {
  connections: number;
  seconds: number;
  htmlBytes: number;
  /** Bytes of the page inside React Server Components payload scripts (self.__next_f.push). */
  rscPayloadBytes: number;
  app: LoadFigures;
  static: LoadFigures;
  ratio: number;
  aim: number;
};

function figures(result: Result, bytes: number): LoadFigures {
  return {
    requestsPerSecond: round(result.requests.total / result.duration, 1),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    bytes,
  };
}

type StaticServer = { url: string; stop(): Promise<void> };

/** bench/static-server.mjs in its own process, serving one file. */
function startStatic(file: string): Promise<StaticServer> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'static-server.mjs');
  const child = spawn(process.execPath, [script, file], { stdio: ['ignore', 'pipe', 'inherit'] });
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const port = /port (\d+)/.exec(out)?.[1];
      if (port) resolve({ url: `http://127.0.0.1:${port}`, stop });
    });
    child.on('exit', (code) => reject(new Error(`static server exited with ${code}`)));
  });
}

/**
 * The published guide page under load, as a signed-in reader, beside the same HTML served as a
 * static file: same connections, same duration, same machine, one after the other.
 */
export async function benchReader(options: {
  appUrl: string;
  cookie: string;
  htmlDir: string;
  connections?: number;
  seconds?: number;
  warmupSeconds?: number;
}): Promise<ReaderFigures> {
  const connections = options.connections ?? 10;
  const seconds = options.seconds ?? 10;
  const warmupSeconds = options.warmupSeconds ?? 2;
  const headers = { cookie: options.cookie };

  // The first request renders the guide and fills the render cache; later ones are the steady state.
  let html = '';
  for (let i = 0; i < 5; i++) {
    const res = await fetch(options.appUrl, { headers, redirect: 'manual' });
    html = await res.text();
    if (res.status !== 200) throw new Error(`reader page answered ${res.status}`);
  }
  const file = path.join(options.htmlDir, 'reader-page.html');
  fs.writeFileSync(file, html);
  const htmlBytes = Buffer.byteLength(html);

  const staticServer = await startStatic(file);
  try {
    const run = (url: string, duration: number) => autocannon({ url, connections, duration, headers, timeout: 30 });
    await run(options.appUrl, warmupSeconds);
    const app = figures(await run(options.appUrl, seconds), htmlBytes);
    await run(staticServer.url, warmupSeconds);
    const stat = figures(await run(staticServer.url, seconds), htmlBytes);
    return {
      connections,
      seconds,
      htmlBytes,
      rscPayloadBytes: rscPayloadBytes(html),
      app,
      static: stat,
      ratio: ratio(app.requestsPerSecond, stat.requestsPerSecond),
      aim: 0.5,
    };
  } finally {
    await staticServer.stop();
  }
}
