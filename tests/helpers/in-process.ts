import type { Actor } from '@/lib/actor';

/**
 * For tests that call db/ functions in-process: the user as the server sees them after signing in
 * (a session opened, then re-read by loadActor). Someone who still has a one-time password chooses
 * their own first, as the app makes them, since until then only that is allowed. The db/ modules
 * are imported here, on the first call, so that the test's DATABASE_PATH is set before.
 */
export async function signedInActor(id: number): Promise<Actor> {
  const { loadActor } = await import('@/db/users');
  const { openSession } = await import('@/db/sessions');
  const { setOwnPassword } = await import('@/db/account');
  const session = openSession(id);
  const actor = loadActor(id, 0, session);
  if (!actor) throw new Error(`no actor ${id}`);
  if (!actor.mustChangePassword) return actor;
  setOwnPassword(actor, 'unused', session);
  return loadActor(id, 0, session)!;
}
