import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export type TestServer = {
  url: string;
  port: number;
  dbPath: string;
  dir: string;
  /** Stops the server gracefully. */
  stop(): Promise<void>;
  /** Kills the server with SIGKILL, as a power cut or OOM kill would. */
  kill(): Promise<void>;
  output(): string;
};

export function tempDir(prefix = 'rg-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) =>
    child.exitCode !== null || child.signalCode ? resolve() : child.once('exit', () => resolve()),
  );
}

/**
 * Starts the real production server (`next start`, built beforehand by `npm test`) on a free port,
 * with its own SQLite file.
 */
export async function startServer(
  options: { dbPath?: string; env?: Record<string, string> } = {},
): Promise<TestServer> {
  if (!fs.existsSync('.next/BUILD_ID')) throw new Error('No build: run `npx next build` first (npm test does).');
  const dir = options.dbPath ? path.dirname(options.dbPath) : tempDir();
  const dbPath = options.dbPath ?? path.join(dir, 'guide.db');
  const port = await freePort();
  let log = '';
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        DATABASE_PATH: dbPath,
        AUTH_SECRET: 'test-secret-for-integration-tests-only-0123456789',
        // A missing or broken message throws (lib/message-errors.ts) instead of showing its key.
        STRICT_MESSAGES: '1',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    try {
      await fetch(`${url}/login`, { redirect: 'manual' });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`server did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  return {
    url,
    port,
    dbPath,
    dir,
    output: () => log,
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
    },
    async kill() {
      child.kill('SIGKILL');
      await exited(child);
    },
  };
}
