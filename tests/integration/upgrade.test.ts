/**
 * An installation made by the release before the sign-in hardening (migrations up to
 * 0005_doc_schema_version) upgrades in place when the server opens it: the later migrations run in
 * order, people and their one-time passwords are kept, and those passwords get their 72 hours from
 * the upgrade. The old database is made with the committed migrations cut off at that release.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, expect, test } from 'vitest';
import { tempDir } from '../helpers/server';
import { openDatabase } from '@/db/open';

const LAST_OLD_MIGRATION = '0005_doc_schema_version';

type Journal = { entries: { idx: number; tag: string; when: number }[] };

const dir = tempDir('rg-upgrade-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The migrations folder as the old release shipped it: the journal ends at LAST_OLD_MIGRATION. */
function oldMigrations(): string {
  const folder = path.join(dir, 'drizzle-old');
  fs.cpSync(path.join(process.cwd(), 'drizzle'), folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as Journal;
  const last = journal.entries.findIndex((e) => e.tag === LAST_OLD_MIGRATION);
  expect(last).toBeGreaterThanOrEqual(0);
  fs.writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, last + 1) }));
  return folder;
}

test('a database of the previous release migrates: people kept, one-time passwords given 72 hours from now', () => {
  const file = path.join(dir, 'old.db');
  const old = new BetterSqlite3(file);
  migrate(drizzle(old), { migrationsFolder: oldMigrations() });
  const insertUser = old.prepare(
    'INSERT INTO users (email, name, role, password_hash, must_change_password) VALUES (?, ?, ?, ?, ?)',
  );
  insertUser.run('anne@example.com', 'Anne', 'ambassador', 'hash-a', 0);
  insertUser.run('liv@example.com', 'Liv', 'reader', 'hash-l', 1);
  old.prepare('INSERT INTO login_attempts (email, ip, success) VALUES (?, ?, ?)').run('liv@example.com', '10.0.0.1', 0);
  old.close();

  const before = Date.now();
  const upgraded = openDatabase(file).$client;
  try {
    const journal = JSON.parse(
      fs.readFileSync(path.join(process.cwd(), 'drizzle', 'meta', '_journal.json'), 'utf8'),
    ) as Journal;
    const applied = upgraded.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
    expect(applied.n).toBe(journal.entries.length);
    const people = upgraded
      .prepare('SELECT email, password_hash, must_change_password, one_time_password_at FROM users ORDER BY id')
      .all() as { email: string; password_hash: string; must_change_password: number; one_time_password_at: number }[];
    expect(people.map((p) => [p.email, p.password_hash, p.must_change_password])).toEqual([
      ['anne@example.com', 'hash-a', 0],
      ['liv@example.com', 'hash-l', 1],
    ]);
    expect(people[0].one_time_password_at).toBeNull();
    expect(people[1].one_time_password_at).toBeGreaterThanOrEqual(before - 1000);
    expect(people[1].one_time_password_at).toBeLessThanOrEqual(Date.now());
    // The throttle's records start afresh in their new shape; what was typed as an e-mail is gone.
    const columns = (table: string) =>
      (upgraded.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map(
        (c) => c.name,
      );
    expect(columns('login_attempts')).toEqual(['id', 'user_id', 'unknown_bucket', 'ip', 'result', 'at']);
    expect(upgraded.prepare('SELECT count(*) AS n FROM login_attempts').get()).toEqual({ n: 0 });
    expect(columns('sessions')).toContain('revoked_at');
    expect(columns('signin_refusals')).toContain('count');
  } finally {
    upgraded.close();
  }
});
