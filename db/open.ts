import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';
import { fillMissingSummaries } from './store/revisions';

export type Database = BetterSQLite3Database<typeof schema> & { $client: BetterSqlite3.Database };

/**
 * The database holds password hashes and everything people wrote: only the account the server
 * runs as may read it. A new folder is made 0700 and the file 0600 before SQLite opens it; SQLite
 * gives its -wal and -shm files the database file's mode. Files made before this are tightened.
 */
export function createPrivateFile(file: string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, fs.constants.O_CREAT | fs.constants.O_WRONLY, 0o600));
  for (const suffix of ['', '-wal', '-shm', '-journal'])
    if (fs.existsSync(file + suffix)) fs.chmodSync(file + suffix, 0o600);
}

/** Opens a SQLite file with the pragmas every connection needs, and applies pending migrations. */
export function openDatabase(file: string): Database {
  if (file !== ':memory:') createPrivateFile(file);
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // FULL: an acknowledged save survives a power cut, not only a process crash.
  sqlite.pragma('synchronous = FULL');
  const database = drizzle(sqlite, { schema });
  migrate(database, { migrationsFolder: path.join(process.cwd(), 'drizzle') });
  database.transaction((tx) => fillMissingSummaries(tx));
  return database;
}
