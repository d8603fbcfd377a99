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

export type SummaryPart = { key: string; values: Record<string, string | number> };

/**
 * The summary as message keys with values, in reading order, for a translated headline:
 * `diff.summary.routinesAdded` {count}, ... `diff.summary.ownerChanged` {title, from, to} ...,
 * or the single part `diff.summary.noChanges` when nothing differs. Counts are numbers, so messages
 * can use ICU plurals.
 */
export function summaryParts(s: DiffSummary): SummaryPart[] {
  const parts: SummaryPart[] = [];
  const counts: [keyof DiffSummary, number][] = [
    ['routinesAdded', s.routinesAdded],
    ['routinesRemoved', s.routinesRemoved],
    ['routinesChanged', s.routinesChanged],
    ['routinesMoved', s.routinesMoved],
    ['blocksAdded', s.blocksAdded],
    ['blocksRemoved', s.blocksRemoved],
    ['blocksChanged', s.blocksChanged],
    ['blocksMoved', s.blocksMoved],
  ];
  for (const [name, count] of counts) if (count > 0) parts.push({ key: `diff.summary.${name}`, values: { count } });
  const detail = (key: string, change: RoutineValueChange) =>
    parts.push({
      key,
      values: { title: change.title, routineId: change.routineId, from: change.from ?? '–', to: change.to ?? '–' },
    });
  for (const change of s.ownerChanges) detail('diff.summary.ownerChanged', change);
  for (const change of s.whatChanges) detail('diff.summary.whatChanged', change);
  for (const change of s.reviewByChanges) detail('diff.summary.reviewByChanged', change);
  if (parts.length === 0) parts.push({ key: 'diff.summary.noChanges', values: {} });
  return parts;
}

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** One line: the translated parts joined with ", " (or the caller's separator). */
export function describeSummary(s: DiffSummary, t: Translate, separator = ', '): string {
  return summaryParts(s)
    .map((part) => t(part.key, part.values))
    .join(separator);
}

const ENGLISH: Record<string, (v: Record<string, string | number>) => string> = {
  'diff.summary.routinesAdded': (v) => `${v.count} ${v.count === 1 ? 'routine' : 'routines'} added`,
  'diff.summary.routinesRemoved': (v) => `${v.count} ${v.count === 1 ? 'routine' : 'routines'} removed`,
  'diff.summary.routinesChanged': (v) => `${v.count} ${v.count === 1 ? 'routine' : 'routines'} changed`,
  'diff.summary.routinesMoved': (v) => `${v.count} ${v.count === 1 ? 'routine' : 'routines'} moved`,
  'diff.summary.blocksAdded': (v) => `${v.count} ${v.count === 1 ? 'block' : 'blocks'} added`,
  'diff.summary.blocksRemoved': (v) => `${v.count} ${v.count === 1 ? 'block' : 'blocks'} removed`,
  'diff.summary.blocksChanged': (v) => `${v.count} ${v.count === 1 ? 'block' : 'blocks'} changed`,
  'diff.summary.blocksMoved': (v) => `${v.count} ${v.count === 1 ? 'block' : 'blocks'} moved`,
  'diff.summary.ownerChanged': (v) => `owner of "${v.title}": ${v.from} → ${v.to}`,
  'diff.summary.whatChanged': (v) => `what "${v.title}" registers: ${v.from} → ${v.to}`,
  'diff.summary.reviewByChanged': (v) => `review date of "${v.title}": ${v.from} → ${v.to}`,
  'diff.summary.noChanges': () => 'no changes',
};

/** English texts for the summary keys, for the command line and tests. */
export const englishSummary: Translate = (key, values = {}) => ENGLISH[key]?.(values) ?? key;
