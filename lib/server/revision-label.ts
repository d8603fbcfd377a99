import 'server-only';
import { getTranslations } from 'next-intl/server';
import { getDates } from '@/lib/server/dates';
import { describeSummary, type DiffSummary } from '@/lib/diff';
import { revisionLabel, type LabelledRevision } from '@/lib/revision-label';

/** lib/revision-label.ts in the reader's language and date style. */
export async function revisionLabeler() {
  const [t, dates] = await Promise.all([getTranslations('history'), getDates()]);
  return (r: LabelledRevision) => revisionLabel(r, t, dates);
}

/** A summary as one line in the user's language: "1 routine changed · owner of «…»: … → …". */
export async function summaryText() {
  const [t, dates] = await Promise.all([getTranslations('diff'), getDates()]);
  return (summary: DiffSummary, position: 'start' | 'inside' = 'start') => describeSummary(summary, t, dates, position);
}
