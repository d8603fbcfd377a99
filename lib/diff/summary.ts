import type { BlockDiff, DiffSummary, OwnerChange, RoutineValueChange } from '@/lib/diff/types';

export function emptySummary(): DiffSummary {
  return {
    routinesAdded: 0,
    routinesRemoved: 0,
    routinesMoved: 0,
    routinesChanged: 0,
    blocksAdded: 0,
    blocksRemoved: 0,
    blocksChanged: 0,
    blocksMoved: 0,
    ownerChanges: [],
    whatChanges: [],
    reviewByChanges: [],
  };
}

/** A paired block whose words, attributes or formatting differ (moved or not). */
export function contentChanged(block: BlockDiff): boolean {
  return (
    block.ops.some((op) => op.op !== 'equal') || (block.attrChanges?.length ?? 0) > 0 || block.formatChanged === true
  );
}

export function summarize(blocks: readonly BlockDiff[]): DiffSummary {
  const s = emptySummary();
  for (const block of blocks) {
    const routine = block.blockType === 'routine';
    switch (block.status) {
      case 'inserted':
        if (routine) s.routinesAdded++;
        else s.blocksAdded++;
        break;
      case 'deleted':
        if (routine) s.routinesRemoved++;
        else s.blocksRemoved++;
        break;
      case 'moved':
        if (routine) s.routinesMoved++;
        else s.blocksMoved++;
        if (contentChanged(block)) {
          if (routine) s.routinesChanged++;
          else s.blocksChanged++;
        }
        break;
      case 'changed':
        if (routine) s.routinesChanged++;
        else s.blocksChanged++;
        break;
      case 'equal':
        break;
    }
    if (routine && block.attrChanges) {
      const routineId = block.routineId ?? '';
      const title = block.title ?? routineId;
      const change = (name: string) => block.attrChanges?.find((c) => c.name === name);
      const owner = change('owner');
      const email = change('ownerEmail');
      if (owner || email) {
        const oldAttrs = block.old?.attrs ?? {};
        const newAttrs = block.new?.attrs ?? {};
        const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
        const entry: OwnerChange = {
          routineId,
          title,
          from: owner ? owner.from : text(oldAttrs.owner),
          to: owner ? owner.to : text(newAttrs.owner),
          fromEmail: email ? email.from : text(oldAttrs.ownerEmail),
          toEmail: email ? email.to : text(newAttrs.ownerEmail),
        };
        s.ownerChanges.push(entry);
      }
      const what = change('what');
      if (what) s.whatChanges.push({ routineId, title, from: what.from, to: what.to });
      const reviewBy = change('reviewBy');
      if (reviewBy) s.reviewByChanges.push({ routineId, title, from: reviewBy.from, to: reviewBy.to });
    }
  }
  return s;
}

type CountName =
  | 'routinesAdded'
  | 'routinesRemoved'
  | 'routinesChanged'
  | 'routinesMoved'
  | 'blocksAdded'
  | 'blocksRemoved'
  | 'blocksChanged'
  | 'blocksMoved';
type ValueName = 'ownerChanged' | 'whatChanged' | 'reviewByChanged';

/**
 * One phrase of a summary, as a key of the "diff" catalogue (messages/<locale>/diff.json) and its
 * values. Counts are numbers, so the messages choose the plural; a value change names its routine
 * and the old and new value (null when not set: the reader's word for "none" is shown).
 */
export type SummaryPart =
  | { kind: 'count'; key: `summary.${CountName}`; count: number }
  | { kind: 'value'; key: `summary.${ValueName}`; change: RoutineValueChange }
  | { kind: 'none'; key: 'summary.noChanges' };

const COUNTS: readonly CountName[] = [
  'routinesAdded',
  'routinesRemoved',
  'routinesChanged',
  'routinesMoved',
  'blocksAdded',
  'blocksRemoved',
  'blocksChanged',
  'blocksMoved',
];

/**
 * The summary's phrases in reading order: the counts that are not zero, then every owner, "what"
 * and review date change, or the single phrase "no changes". Every place that states a summary
 * (compare view, history, the "changed since you read" notice, the command line) goes through
 * this, so they say the same things in the same order; the words are in the catalogues.
 */
export function summaryParts(s: DiffSummary): SummaryPart[] {
  const parts: SummaryPart[] = [];
  for (const name of COUNTS) if (s[name] > 0) parts.push({ kind: 'count', key: `summary.${name}`, count: s[name] });
  for (const change of s.ownerChanges) parts.push({ kind: 'value', key: 'summary.ownerChanged', change });
  for (const change of s.whatChanges) parts.push({ kind: 'value', key: 'summary.whatChanged', change });
  for (const change of s.reviewByChanges) parts.push({ kind: 'value', key: 'summary.reviewByChanged', change });
  if (parts.length === 0) parts.push({ kind: 'none', key: 'summary.noChanges' });
  return parts;
}

/**
 * What a summary in plain text needs of a translator for the "diff" catalogue: next-intl's
 * `getTranslations('diff')`, `useTranslations('diff')` or `createTranslator({ namespace: 'diff' })`.
 * `markup` because the value phrases tag the routine and the values (`<routine>`, `<value>`) for
 * the compare view, which renders them as a link and in bold.
 */
export type SummaryTranslator = {
  (key: 'noValue'): string;
  markup(key: SummaryPart['key'], values: Record<string, string | number | ((chunks: string) => string)>): string;
};

const plain = (chunks: string) => chunks;

/** One line of text: the phrases joined with " · ", as History, the reading notice and the command line show it. */
export function describeSummary(s: DiffSummary, t: SummaryTranslator): string {
  return summaryParts(s)
    .map((part) => {
      if (part.kind === 'count') return t.markup(part.key, { count: part.count });
      if (part.kind === 'none') return t.markup(part.key, {});
      const { title, from, to } = part.change;
      return t.markup(part.key, {
        title,
        from: from ?? t('noValue'),
        to: to ?? t('noValue'),
        routine: plain,
        value: plain,
      });
    })
    .join(' · ');
}
