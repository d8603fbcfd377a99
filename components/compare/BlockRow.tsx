import type { ReactNode } from 'react';
import { useTranslations, type Messages } from 'next-intl';
import type { AttrChange, BlockDiff } from '@/lib/diff/types';
import { blockName, type Place } from '@/lib/doc/place';
import { BlockContent } from './BlockContent';
import { ChangePrefix } from './WordOps';
import styles from './compare.module.css';

export type CompareMode = 'side' | 'inline';

type Props = {
  block: BlockDiff;
  mode: CompareMode;
  oldLabel: string;
  newLabel: string;
  id: string;
  /** Focus moved here (click, Tab, navigation): lets next/previous continue from this block. */
  onFocus: () => void;
  /** Shown beside the block, e.g. review comments on it. */
  note?: ReactNode;
  /** For a moved block: where it now stands in the new revision. */
  place?: Place;
};

/**
 * One top-level block: a status line saying what happened to it, its text (two columns or one),
 * and notes for changed attributes and formatting. Every row can take focus (tabIndex -1), so
 * navigation and "show unchanged blocks" can move the reader to it.
 */
export function BlockRow({ block, mode, oldLabel, newLabel, id, onFocus, note, place }: Props) {
  const changed = block.status !== 'equal';
  const statusId = `${id}-status`;
  return (
    <div
      id={id}
      className={styles.row}
      data-status={block.status}
      tabIndex={-1}
      role={changed ? 'group' : undefined}
      aria-labelledby={changed ? statusId : undefined}
      onFocus={onFocus}
    >
      {changed && <StatusLine block={block} id={statusId} place={place} />}
      {mode === 'side' ? (
        <div className={styles.cells}>
          {/* An unchanged block would be read twice; screen readers get the new column only. */}
          <Cell block={block} side="old" label={changed ? oldLabel : null} hidden={!changed} />
          <Cell block={block} side="new" label={changed ? newLabel : null} />
        </div>
      ) : (
        <BlockContent block={block} view="inline" />
      )}
      {changed && <Notes block={block} />}
      {note && <div className={styles.blockNote}>{note}</div>}
    </div>
  );
}

function StatusLine({ block, id, place }: { block: BlockDiff; id: string; place?: Place }) {
  const t = useTranslations('compare');
  const status = block.status === 'equal' ? '' : t(`status.${block.status}`);
  const moved = block.status === 'moved' && place ? ` ${placeText(place, t)}` : '';
  const node = block.new ?? block.old;
  const name = node ? blockName(node) : { type: 'other' as const, text: '' };
  const type = t(`blockTypes.${name.type}`);
  return (
    <p className={styles.status} id={id}>
      <strong>
        {status}
        {moved}
      </strong>
      <span className={styles.srOnly}>, </span>
      <span aria-hidden="true"> · </span>
      {name.text ? t('namedBlock', { type, text: name.text }) : type}
    </p>
  );
}

type CompareTranslator = ReturnType<typeof useTranslations<'compare'>>;

/** "to the top of «Firma»", "after the routine «Opprette firma»": where a moved block went. */
function placeText(place: Place, t: CompareTranslator): string {
  if (place.kind === 'start') return t('movedToStart');
  if (place.kind === 'sectionTop') return t('movedToSectionTop', { section: place.section });
  const { type, text } = place.block;
  return t('movedAfter', { block: text ? t('blockName', { type, text }) : t('blockNameUntitled', { type }) });
}

function Cell({
  block,
  side,
  label,
  hidden = false,
}: {
  block: BlockDiff;
  side: 'old' | 'new';
  label: string | null;
  hidden?: boolean;
}) {
  const t = useTranslations('compare');
  const present = side === 'old' ? block.old !== undefined : block.new !== undefined;
  return (
    <div
      className={`${styles.cell} ${side === 'old' ? styles.oldCell : styles.newCell}`}
      aria-hidden={hidden || undefined}
    >
      {label !== null && <p className={styles.cellLabel}>{label}</p>}
      {present ? <BlockContent block={block} view={side} /> : <p className={styles.absent}>{t('absent')}</p>}
    </div>
  );
}

function Notes({ block }: { block: BlockDiff }) {
  const t = useTranslations('compare');
  const changes = block.attrChanges ?? [];
  if (changes.length === 0 && !block.formatChanged && !block.limitExceeded) return null;
  return (
    <div className={styles.notes}>
      {changes.length > 0 && (
        <ul aria-label={t('attrChangesList')}>
          {changes.map((change, i) => (
            <li key={i}>
              <AttrChangeText change={change} />
            </li>
          ))}
        </ul>
      )}
      {block.formatChanged && <p>{t('formatChanged')}</p>}
      {block.limitExceeded && <p>{t('limitExceeded')}</p>}
    </div>
  );
}

type AttrName = keyof Messages['compare']['attrNames'];

function AttrChangeText({ change }: { change: AttrChange }) {
  const t = useTranslations('compare');
  const tDiff = useTranslations('diff');
  // Attribute names come from the stored document; only those in compare.attrNames have a name
  // in words (checked here at run time), any other is shown as it is.
  const nameKey = `attrNames.${change.name}` as `attrNames.${AttrName}`;
  return t.rich('attrChange', {
    name: t.has(nameKey) ? t(nameKey) : change.name,
    from: change.from ?? tDiff('noValue'),
    to: change.to ?? tDiff('noValue'),
    old: (chunks) => (change.from === null ? chunks : <Changed op="delete">{chunks}</Changed>),
    new: (chunks) => (change.to === null ? chunks : <Changed op="insert">{chunks}</Changed>),
  });
}

function Changed({ op, children }: { op: 'insert' | 'delete'; children: ReactNode }) {
  const Tag = op === 'insert' ? 'ins' : 'del';
  return (
    <Tag className={op === 'insert' ? styles.ins : styles.del}>
      <ChangePrefix op={op} />
      {children}
    </Tag>
  );
}
