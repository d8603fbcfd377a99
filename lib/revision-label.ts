import type { Dates } from '@/lib/dates';

/** What a revision is, as the history, compare and review pages know it. `draft`: the current draft. */
export type LabelledRevision = {
  kind: 'published' | 'checkpoint' | 'named' | 'restore' | 'created' | 'submitted' | 'draft';
  version: number | null;
  name: string | null;
  authorName: string;
  createdAt: Date;
};

type Kind = LabelledRevision['kind'];

/** The "history" catalogue's `kind.*` messages: next-intl's `getTranslations('history')` or `useTranslations('history')`. */
export type RevisionLabelTranslator = (
  key: `kind.${Kind}`,
  values: { version?: number; name?: string; author?: string; date?: string },
) => string;

/**
 * A revision as a person names it: "Version 3", "Saved version «before the upgrade»", "Checkpoint
 * by Kari, 30 June 2027 19:48", "Submitted for review by Kari, …", "Draft". Never the internal
 * `v3` / `r120` / `#1`, which stay in URLs and the audit log.
 */
/** Whether the label already says who and when (so a list need not repeat it beside the label). */
export function labelNamesAuthor(r: LabelledRevision): boolean {
  return r.version === null && r.kind !== 'draft' && !(r.kind === 'named' && r.name);
}

export function revisionLabel(r: LabelledRevision, t: RevisionLabelTranslator, dates: Dates): string {
  if (r.version !== null) return t('kind.published', { version: r.version });
  if (r.kind === 'named' && r.name) return t('kind.named', { name: r.name });
  if (r.kind === 'draft') return t('kind.draft', {});
  // A revision without a version is never "published"; a named one without a name is a checkpoint.
  const kind = r.kind === 'published' || r.kind === 'named' ? 'checkpoint' : r.kind;
  return t(`kind.${kind}`, { author: r.authorName, date: dates.dateTime(r.createdAt) });
}
