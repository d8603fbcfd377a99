import type { Dates } from '@/lib/dates';
import type {
  BlockDiff,
  DiffSummary,
  OwnerChange,
  RoutineNames,
  RoutineRename,
  RoutineValueChange,
} from '@/lib/diff/types';

/** How many routines a summary names for each of added, removed, renamed and moved; past it "and 3 more". */
export const NAMED_ROUTINES = 5;

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
    routinesRenamed: 0,
    routineNames: { added: [], removed: [], renamed: [], moved: [] },
  };
}

/**
 * A paired block whose words, attributes or formatting differ (moved or not). A routine's new
 * title alone is a rename, counted on its own, not a change.
 */
export function contentChanged(block: BlockDiff): boolean {
  const attrs = (block.attrChanges ?? []).filter((c) => !(block.blockType === 'routine' && c.name === 'title'));
  return block.ops.some((op) => op.op !== 'equal') || attrs.length > 0 || block.formatChanged === true;
}

/** The routine's title in a revision ("" when it has none), for naming a rename. */
function titleIn(node: BlockDiff['old']): string {
  const title = node?.attrs?.title;
  return typeof title === 'string' ? title.trim() : '';
}

function nameIt<T>(list: T[], item: T) {
  if (list.length < NAMED_ROUTINES) list.push(item);
}

export function summarize(blocks: readonly BlockDiff[]): DiffSummary {
  const s = emptySummary();
  const names = s.routineNames!;
  for (const block of blocks) {
    const routine = block.blockType === 'routine';
    const title = block.title ?? block.routineId ?? '';
    switch (block.status) {
      case 'inserted':
        if (routine) {
          s.routinesAdded++;
          nameIt(names.added, title);
        } else s.blocksAdded++;
        break;
      case 'deleted':
        if (routine) {
          s.routinesRemoved++;
          nameIt(names.removed, title);
        } else s.blocksRemoved++;
        break;
      case 'moved':
        if (routine) {
          s.routinesMoved++;
          nameIt(names.moved, title);
        } else s.blocksMoved++;
        if (contentChanged(block)) {
          if (routine) s.routinesChanged++;
          else s.blocksChanged++;
        }
        break;
      case 'changed':
        if (contentChanged(block)) {
          if (routine) s.routinesChanged++;
          else s.blocksChanged++;
        }
        break;
      case 'equal':
        break;
    }
    if (routine && block.attrChanges) {
      const routineId = block.routineId ?? '';
      const change = (name: string) => block.attrChanges?.find((c) => c.name === name);
      if (change('title')) {
        s.routinesRenamed!++;
        nameIt(names.renamed, { from: titleIn(block.old) || routineId, to: titleIn(block.new) || routineId });
      }
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

type NamedCount = 'routinesAdded' | 'routinesRemoved' | 'routinesRenamed' | 'routinesMoved';
type CountName = NamedCount | 'routinesChanged' | 'blocksAdded' | 'blocksRemoved' | 'blocksChanged' | 'blocksMoved';
type ValueName = 'ownerChanged' | 'whatChanged' | 'reviewByChanged';

/** The routines behind a count: the first few titles (or old and new title of a rename), and how many more. */
export type NamedRoutines = { items: (string | RoutineRename)[]; more: number };

/**
 * One phrase of a summary, as a key of the "diff" catalogue (messages/<locale>/diff.json) and its
 * values. Counts are numbers, so the messages choose the plural; a routine count names its
 * routines when the summary has their names; a value change names its routine and the old and
 * new value (null when not set: the reader's word for "none" is shown).
 */
export type SummaryPart =
  | { kind: 'count'; key: `summary.${CountName}`; count: number; named?: NamedRoutines }
  | { kind: 'value'; key: `summary.${ValueName}`; change: RoutineValueChange }
  | { kind: 'none'; key: 'summary.noChanges' };

const COUNTS: readonly CountName[] = [
  'routinesAdded',
  'routinesRemoved',
  'routinesRenamed',
  'routinesChanged',
  'routinesMoved',
  'blocksAdded',
  'blocksRemoved',
  'blocksChanged',
  'blocksMoved',
];

const NAMES_OF: Record<NamedCount, keyof RoutineNames> = {
  routinesAdded: 'added',
  routinesRemoved: 'removed',
  routinesRenamed: 'renamed',
  routinesMoved: 'moved',
};

function namedRoutines(s: DiffSummary, name: CountName, count: number): NamedRoutines | undefined {
  const list = name in NAMES_OF ? s.routineNames?.[NAMES_OF[name as NamedCount]] : undefined;
  if (!list || list.length === 0) return undefined;
  return { items: list, more: Math.max(0, count - list.length) };
}

/**
 * The summary's phrases in reading order: the counts that are not zero (routines named), then
 * every owner, "what" and review date change, or the single phrase "no changes". Every place that
 * states a summary (compare view, history, the "changed since you read" notice, the command line)
 * goes through this, so they say the same things in the same order; the words are in the catalogues.
 */
export function summaryParts(s: DiffSummary): SummaryPart[] {
  const parts: SummaryPart[] = [];
  for (const name of COUNTS) {
    const count = s[name] ?? 0;
    if (count > 0) parts.push({ kind: 'count', key: `summary.${name}`, count, named: namedRoutines(s, name, count) });
  }
  for (const change of s.ownerChanges) parts.push({ kind: 'value', key: 'summary.ownerChanged', change });
  for (const change of s.whatChanges) parts.push({ kind: 'value', key: 'summary.whatChanged', change });
  for (const change of s.reviewByChanges) parts.push({ kind: 'value', key: 'summary.reviewByChanged', change });
  if (parts.length === 0) parts.push({ kind: 'none', key: 'summary.noChanges' });
  return parts;
}

/** Where a phrase stands: first on a line or in a list item (capital letter), or inside a sentence. */
export type PhrasePosition = 'start' | 'inside';

/**
 * What a summary in plain text needs of a translator for the "diff" catalogue: next-intl's
 * `getTranslations('diff')`, `useTranslations('diff')` or `createTranslator({ namespace: 'diff' })`.
 * `markup` because the value phrases tag the routine and the values (`<routine>`, `<value>`) for
 * the compare view, which renders them as a link and in bold.
 */
export type SummaryTranslator = {
  (
    key: 'noValue' | 'quoted' | 'renamed' | 'andLast' | 'andMore' | 'named',
    values?: Record<string, string | number>,
  ): string;
  markup(key: SummaryPart['key'], values: Record<string, string | number | ((chunks: string) => string)>): string;
};

/** "«Opprette firma», «Slette firma» og «Flytte firma»", or "«A», …, «E» og 3 til". */
export function routineList(named: NamedRoutines, t: SummaryTranslator): string {
  const items = named.items.map((item) =>
    typeof item === 'string'
      ? t('quoted', { text: item })
      : t('renamed', { from: t('quoted', { text: item.from }), to: t('quoted', { text: item.to }) }),
  );
  if (named.more > 0) return t('andMore', { list: items.join(', '), count: named.more });
  if (items.length === 1) return items[0];
  return t('andLast', { list: items.slice(0, -1).join(', '), last: items[items.length - 1] });
}

/** A count phrase with its routines named: "2 routines added: «A» and «B»". */
export function countText(part: Extract<SummaryPart, { kind: 'count' }>, t: SummaryTranslator): string {
  const phrase = t.markup(part.key, { count: part.count });
  return part.named ? t('named', { phrase, routines: routineList(part.named, t) }) : phrase;
}

/** A value change's old and new value as the reader writes them: "none", or a review date in words. */
export function changeValues(
  part: Extract<SummaryPart, { kind: 'value' }>,
  t: SummaryTranslator,
  dates: Dates,
): { from: string; to: string } {
  const shown = (value: string | null) =>
    value === null ? t('noValue') : part.key === 'summary.reviewByChanged' ? dates.date(value) : value;
  return { from: shown(part.change.from), to: shown(part.change.to) };
}

const plain = (chunks: string) => chunks;

/**
 * One line of text: the phrases joined with " · ", as History, the reading notice and the command
 * line show it. `position` says whether the line starts a sentence (History, the command line) or
 * runs inside one ("What changed: {summary}.").
 */
export function describeSummary(
  s: DiffSummary,
  t: SummaryTranslator,
  dates: Dates,
  position: PhrasePosition = 'start',
): string {
  return summaryParts(s)
    .map((part, i) => {
      const at = i === 0 ? position : 'inside';
      if (part.kind === 'count') return countText(part, t);
      if (part.kind === 'none') return t.markup(part.key, { position: at });
      return t.markup(part.key, {
        title: part.change.title,
        ...changeValues(part, t, dates),
        position: at,
        routine: plain,
        value: plain,
      });
    })
    .join(' · ');
}
