import 'server-only';
import { and, asc, eq, max } from 'drizzle-orm';
import { db } from './index';
import { guideVisits, readConfirmations, users } from './schema';
import { recordAudit } from './store/audit';
import { assertCan, type Actor } from '@/lib/actor';
import { UserError } from '@/lib/errors';
import { adoptionTotals, type AdoptionTotals } from '@/lib/reading/adoption';

export type ReadingState = { confirmedVersion: number | null; confirmedAt: Date | null };

export function readingState(actor: Actor | null, guideId: number): ReadingState {
  assertCan(actor, 'guide.read');
  const row = db()
    .select({ version: readConfirmations.version, confirmedAt: readConfirmations.confirmedAt })
    .from(readConfirmations)
    .where(and(eq(readConfirmations.guideId, guideId), eq(readConfirmations.userId, actor.id)))
    .orderBy(asc(readConfirmations.version))
    .all()
    .at(-1);
  return { confirmedVersion: row?.version ?? null, confirmedAt: row?.confirmedAt ?? null };
}

/** "I have read version N": only the version currently published can be confirmed. */
export function confirmRead(
  actor: Actor | null,
  guideId: number,
  version: number,
  currentVersion: number | null,
): void {
  assertCan(actor, 'guide.read');
  if (currentVersion === null || version !== currentVersion) throw new UserError('notCurrentVersion');
  db().transaction((tx) => {
    tx.insert(readConfirmations).values({ userId: actor.id, guideId, version }).run();
    recordAudit({ actorId: actor.id, action: 'guide.readConfirmed', detail: { guideId, version } }, tx);
  });
}

/** Notes that the user opened the guide at this version; writes only when something changed. */
export function recordVisit(actor: Actor | null, guideId: number, version: number): void {
  assertCan(actor, 'guide.read');
  const seen = db()
    .select({ version: guideVisits.version })
    .from(guideVisits)
    .where(and(eq(guideVisits.userId, actor.id), eq(guideVisits.guideId, guideId)))
    .get();
  if (seen?.version === version) return;
  db()
    .insert(guideVisits)
    .values({ userId: actor.id, guideId, version })
    .onConflictDoUpdate({ target: [guideVisits.userId, guideVisits.guideId], set: { version, visitedAt: new Date() } })
    .run();
}

export type AdoptionRow = {
  userId: number;
  name: string;
  email: string;
  role: Actor['role'];
  confirmedVersion: number | null;
  confirmedAt: Date | null;
  behind: number | null;
  lastOpenedVersion: number | null;
  lastOpenedAt: Date | null;
};

/**
 * For the ambassador: per active person, what they confirmed, how far behind they are, and whether
 * they ever opened it; with the totals counted from those same rows.
 */
export function adoption(
  actor: Actor | null,
  guideId: number,
  currentVersion: number | null,
): { rows: AdoptionRow[]; totals: AdoptionTotals } {
  assertCan(actor, 'guide.adoption');
  const confirmed = new Map(
    db()
      .select({
        userId: readConfirmations.userId,
        version: max(readConfirmations.version),
        at: max(readConfirmations.confirmedAt),
      })
      .from(readConfirmations)
      .where(eq(readConfirmations.guideId, guideId))
      .groupBy(readConfirmations.userId)
      .all()
      .map((r) => [r.userId, r]),
  );
  const visits = new Map(
    db()
      .select({ userId: guideVisits.userId, version: guideVisits.version, at: guideVisits.visitedAt })
      .from(guideVisits)
      .where(eq(guideVisits.guideId, guideId))
      .all()
      .map((r) => [r.userId, r]),
  );
  const rows = db()
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(eq(users.active, true))
    .orderBy(asc(users.name))
    .all()
    .map((u) => {
      const c = confirmed.get(u.id);
      const v = visits.get(u.id);
      const confirmedVersion = c?.version ?? null;
      return {
        userId: u.id,
        name: u.name,
        email: u.email,
        role: u.role,
        confirmedVersion,
        confirmedAt: c?.at ? new Date(c.at) : null,
        behind: currentVersion === null ? null : currentVersion - (confirmedVersion ?? 0),
        lastOpenedVersion: v?.version ?? null,
        lastOpenedAt: v?.at ?? null,
      };
    });
  return { rows, totals: adoptionTotals(rows) };
}
