/**
 * Retention of the sign-in records, on a real SQLite file: what the throttle no longer needs is
 * deleted by the next sign-in (login attempts after 24 hours, refusal counts after 30 days, sessions
 * a day after they ended).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, expect, test } from 'vitest';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-retention-'));
process.env.DATABASE_PATH = path.join(dir, 'guide.db');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const HOUR = 3600_000;
const DAY = 24 * HOUR;

let sqlite: BetterSqlite3.Database;
beforeAll(async () => {
  const { db } = await import('@/db/index');
  sqlite = db().$client;
  sqlite
    .prepare("INSERT INTO users (email, name, role, password_hash) VALUES ('a@example.com', 'A', 'reader', 'x')")
    .run();
});

const ids = (table: string) =>
  (sqlite.prepare(`SELECT id FROM ${table} ORDER BY id`).all() as { id: number | string }[]).map((r) => r.id);

test('a sign-in prunes login attempts older than 24 hours and refusal counts older than 30 days', async () => {
  const { reserveSignIn } = await import('@/db/signin');
  const now = Date.now();
  const attempt = sqlite.prepare(
    "INSERT INTO login_attempts (user_id, ip, result, at) VALUES (1, '10.0.0.1', 'failure', ?)",
  );
  attempt.run(now - 25 * HOUR); // 1: gone
  attempt.run(now - 23 * HOUR); // 2: kept
  const refusal = sqlite.prepare(
    "INSERT INTO signin_refusals (user_id, ip, reason, window_start, count, last_at) VALUES (NULL, '10.0.0.1', 'unknownAccount', ?, 7, ?)",
  );
  refusal.run(now - 31 * DAY, now - 31 * DAY); // 1: gone
  refusal.run(now - 29 * DAY, now - 29 * DAY); // 2: kept
  const reservation = reserveSignIn({ email: 'a@example.com', ip: '10.0.0.2', unknownBucket: 0 });
  expect(reservation.kind).toBe('verify');
  expect(ids('login_attempts')).toEqual([2, 3]);
  expect(ids('signin_refusals')).toEqual([2]);
});

test('opening a session prunes sessions that ended more than a day ago', async () => {
  const { openSession } = await import('@/db/sessions');
  const now = Date.now();
  const session = sqlite.prepare('INSERT INTO sessions (id, user_id, expires_at, revoked_at) VALUES (?, 1, ?, ?)');
  session.run('expired-long-ago', now - 2 * DAY, null);
  session.run('revoked-long-ago', now + DAY, now - 2 * DAY);
  session.run('revoked-just-now', now + DAY, now - HOUR);
  session.run('open', now + DAY, null);
  const id = openSession(1);
  expect(ids('sessions').sort()).toEqual(['open', 'revoked-just-now', id].sort());
});
