import 'server-only';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { RevisionListItem } from '@/db/history';
import { describeSummary, type DiffSummary } from '@/lib/diff';

/** "Version 3", "Saved version “before the upgrade”", "Checkpoint", … in the user's language. */
export async function revisionLabeler() {
  const [t, format] = await Promise.all([getTranslations('history'), getFormatter()]);
  return (r: Pick<RevisionListItem, 'kind' | 'version' | 'name' | 'restoredFrom' | 'createdAt'>) => {
    if (r.version !== null) return t('kind.published', { version: r.version });
    if (r.kind === 'named' && r.name) return t('kind.named', { name: r.name });
    if (r.kind === 'restore') return t('kind.restore', { source: `r${r.restoredFrom}` });
    if (r.kind === 'created') return t('kind.created');
    if (r.kind === 'submitted')
      return `${t('kind.submitted')} · ${format.dateTime(r.createdAt, { dateStyle: 'short', timeStyle: 'short' })}`;
    return `${t('kind.checkpoint')} · ${format.dateTime(r.createdAt, { dateStyle: 'short', timeStyle: 'short' })}`;
  };
}

/** A summary as one line in the user's language: "1 routine changed · owner of “…”: … → …". */
export async function summaryText() {
  const t = await getTranslations('diff');
  return (summary: DiffSummary) => describeSummary(summary, t);
}
