import { listRoutines, type RoutineSummary } from '@/lib/doc/routines';
import type { GuideDoc } from '@/lib/doc/types';

export type OwnedRoutine = RoutineSummary & { guideId: number; guideTitle: string; ownerName: string };
export type Group = { key: string; label: string; routines: OwnedRoutine[] };

/** Every routine of the given guides with its owner's display name (a user's current name if known). */
export function ownedRoutines(
  guides: { guideId: number; title: string; doc: GuideDoc }[],
  names: Map<string, string>,
): OwnedRoutine[] {
  return guides.flatMap((g) =>
    listRoutines(g.doc).map((r) => ({
      ...r,
      guideId: g.guideId,
      guideTitle: g.title,
      ownerName: (r.ownerEmail && names.get(r.ownerEmail)) || r.owner.trim(),
    })),
  );
}

function groupBy(routines: OwnedRoutine[], keyOf: (r: OwnedRoutine) => string, collator: Intl.Collator): Group[] {
  const groups = new Map<string, Group>();
  for (const r of routines) {
    const label = keyOf(r);
    const key = label.toLocaleLowerCase();
    const group = groups.get(key) ?? { key, label, routines: [] };
    group.routines.push(r);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) =>
    a.key === '' ? 1 : b.key === '' ? -1 : collator.compare(a.label, b.label),
  );
}

/** Routines grouped by owner; routines without an owner come last (key ''). */
export function byOwner(routines: OwnedRoutine[], locale: string): Group[] {
  return groupBy(routines, (r) => r.ownerName, new Intl.Collator(locale));
}

/** Routines grouped by what is registered in the CRM. */
export function byWhat(routines: OwnedRoutine[], locale: string): Group[] {
  return groupBy(routines, (r) => r.what.trim(), new Intl.Collator(locale));
}

/** The signed-in user's routines: named by their e-mail, or by their exact name. */
export function mine(routines: OwnedRoutine[], user: { email: string; name: string }): OwnedRoutine[] {
  const name = user.name.trim().toLocaleLowerCase();
  return routines.filter(
    (r) => r.ownerEmail === user.email || (!r.ownerEmail && r.owner.trim().toLocaleLowerCase() === name),
  );
}
