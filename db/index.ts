import 'server-only';
import { openDatabase, type Database } from './open';

const globalForDb = globalThis as unknown as { routineGuideDb?: Database };

/**
 * The one connection of this process, opened (and migrated) on first use, never during `next build`
 * because nothing calls it then. Held on globalThis so hot reload in dev does not open more.
 */
export function db(): Database {
  globalForDb.routineGuideDb ??= openDatabase(process.env.DATABASE_PATH ?? './data/routine-guide.db');
  return globalForDb.routineGuideDb;
}
