import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { openDatabase } from '@/db/open';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-modes-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const mode = (file: string) => (fs.statSync(file).mode & 0o777).toString(8);

test('the database, its WAL and shared-memory files are 0600 in a folder made 0700', () => {
  const file = path.join(root, 'data', 'guide.db');
  const database = openDatabase(file);
  database.$client.prepare('CREATE TABLE t (x)').run();
  expect(mode(path.dirname(file))).toBe('700');
  expect(mode(file)).toBe('600');
  expect(mode(`${file}-wal`)).toBe('600');
  expect(mode(`${file}-shm`)).toBe('600');
  database.$client.close();
});

test('a database made readable by others before is tightened when opened', () => {
  const file = path.join(root, 'old.db');
  openDatabase(file).$client.close();
  fs.chmodSync(file, 0o644);
  openDatabase(file).$client.close();
  expect(mode(file)).toBe('600');
});

test('npm run backup writes a 0600 copy into a folder it makes 0700', () => {
  const source = path.join(root, 'live', 'guide.db');
  openDatabase(source).$client.close();
  const target = path.join(root, 'copies', 'nested', 'copy.db');
  execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/backup.ts', target], {
    env: { ...process.env, DATABASE_PATH: source },
  });
  expect(mode(target)).toBe('600');
  expect(mode(path.dirname(target))).toBe('700');
  // The default place: backups/ beside the database.
  execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/backup.ts'], {
    env: { ...process.env, DATABASE_PATH: source },
  });
  const dir = path.join(path.dirname(source), 'backups');
  expect(mode(dir)).toBe('700');
  for (const copy of fs.readdirSync(dir)) expect(mode(path.join(dir, copy))).toBe('600');
}, 60_000);
