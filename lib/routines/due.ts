import { listRoutines, type RoutineSummary } from '@/lib/doc/routines';
import type { GuideDoc } from '@/lib/doc/types';

export type DueRoutine = RoutineSummary & { guideId: number; guideTitle: string };

/** Routines whose review-by date is before `today` (YYYY-MM-DD), oldest first. */
export function routinesDue(guides: { guideId: number; title: string; doc: GuideDoc }[], today: string): DueRoutine[] {
  return guides
    .flatMap((g) => listRoutines(g.doc).map((r) => ({ ...r, guideId: g.guideId, guideTitle: g.title })))
    .filter((r) => r.reviewBy !== null && r.reviewBy < today)
    .sort((a, b) => a.reviewBy!.localeCompare(b.reviewBy!));
}
