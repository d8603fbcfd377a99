import { openDatabase } from '@/db/open';
import { users } from '@/db/schema';
import type { Role } from '@/lib/roles';
import { hashPassword } from '@/lib/passwords';

export type Person = { id: number; name: string; email: string; role: Role; password: string };

export const PASSWORD = 'correct-horse-battery';

/** Writes people straight into the test's SQLite file (before or while the server runs). */
export async function seedPeople(
  dbPath: string,
  people: { name: string; email: string; role: Role }[],
): Promise<Person[]> {
  const database = openDatabase(dbPath);
  const passwordHash = await hashPassword(PASSWORD);
  const rows = database
    .insert(users)
    .values(people.map((p) => ({ ...p, passwordHash })))
    .returning({ id: users.id })
    .all();
  database.$client.close();
  return people.map((p, i) => ({ ...p, id: rows[i].id, password: PASSWORD }));
}

export function seedOnePerRole(dbPath: string) {
  return seedPeople(dbPath, [
    { name: 'Anne Ambassadør', email: 'anne@example.com', role: 'ambassador' },
    { name: 'Rolf Reviewer', email: 'rolf@example.com', role: 'reviewer' },
    { name: 'Liv Leser', email: 'liv@example.com', role: 'reader' },
  ]);
}

/** Reads the database file as the server left it, for asserting what was (not) stored. */
export function withDatabase<T>(dbPath: string, read: (db: ReturnType<typeof openDatabase>) => T): T {
  const database = openDatabase(dbPath);
  try {
    return read(database);
  } finally {
    database.$client.close();
  }
}
