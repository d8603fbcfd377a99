import type { ReactNode } from 'react';
import type { AttrChange, BlockDiff } from '@/lib/diff/types';
import { fill, type BlockTypeName, type CompareLabels } from './labels';
import { BlockContent } from './BlockContent';
import { Template } from './Template';
import { ChangePrefix } from './WordOps';
import styles from './compare.module.css';

export type CompareMode = 'side' | 'inline';

type Props = {
  block: BlockDiff;
  mode: CompareMode;
  labels: CompareLabels;
  oldLabel: string;
  newLabel: string;
  id: string;
  /** Focus moved here (click, Tab, navigation): lets next/previous continue from this block. */
  onFocus: () => void;
  /** Shown beside the block, e.g. review comments on it. */
  note?: ReactNode;
};

export function typeName(blockType: string, labels: CompareLabels): string {
  return labels.blockTypes[blockType as BlockTypeName] ?? labels.blockTypes.other;
}

/**
 * One top-level block: a status line saying what happened to it, its text (two columns or one),
 * and notes for changed attributes and formatting. Every row can take focus (tabIndex -1), so
 * navigation and "show unchanged blocks" can move the reader to it.
 */
export function BlockRow({ block, mode, labels, oldLabel, newLabel, id, onFocus, note }: Props) {
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
      {changed && <StatusLine block={block} labels={labels} id={statusId} />}
      {mode === 'side' ? (
        <div className={styles.cells}>
          {/* An unchanged block would be read twice; screen readers get the new column only. */}
          <Cell block={block} side="old" label={changed ? oldLabel : null} labels={labels} hidden={!changed} />
          <Cell block={block} side="new" label={changed ? newLabel : null} labels={labels} />
        </div>
      ) : (
        <BlockContent block={block} view="inline" labels={labels} />
      )}
      {changed && <Notes block={block} labels={labels} />}
      {note && <div className={styles.blockNote}>{note}</div>}
    </div>
  );
}

function StatusLine({ block, labels, id }: { block: BlockDiff; labels: CompareLabels; id: string }) {
  const status = block.status === 'equal' ? '' : labels.status[block.status];
  const moved =
    block.status === 'moved'
      ? ` ${fill(labels.movedFrom, { from: (block.oldIndex ?? 0) + 1, to: (block.newIndex ?? 0) + 1 })}`
      : '';
  const title = block.blockType === 'routine' && block.title ? ` “${block.title}”` : '';
  return (
    <p className={styles.status} id={id}>
      <strong>
        {status}
        {moved}
      </strong>
      <span className={styles.srOnly}>, </span>
      <span aria-hidden="true"> · </span>
      {typeName(block.blockType, labels)}
      {title}
    </p>
  );
}

function Cell({
  block,
  side,
  label,
  labels,
  hidden = false,
}: {
  block: BlockDiff;
  side: 'old' | 'new';
  label: string | null;
  labels: CompareLabels;
  hidden?: boolean;
}) {
  const present = side === 'old' ? block.old !== undefined : block.new !== undefined;
  return (
    <div
      className={`${styles.cell} ${side === 'old' ? styles.oldCell : styles.newCell}`}
      aria-hidden={hidden || undefined}
    >
      {label !== null && <p className={styles.cellLabel}>{label}</p>}
      {present ? (
        <BlockContent block={block} view={side} labels={labels} />
      ) : (
        <p className={styles.absent}>{labels.absent}</p>
      )}
    </div>
  );
}

function Notes({ block, labels }: { block: BlockDiff; labels: CompareLabels }) {
  const changes = block.attrChanges ?? [];
  if (changes.length === 0 && !block.formatChanged && !block.limitExceeded) return null;
  return (
    <div className={styles.notes}>
      {changes.length > 0 && (
        <ul aria-label={labels.attrChangesList}>
          {changes.map((change, i) => (
            <li key={i}>
              <AttrChangeText change={change} labels={labels} />
            </li>
          ))}
        </ul>
      )}
      {block.formatChanged && <p>{labels.formatChanged}</p>}
      {block.limitExceeded && <p>{labels.limitExceeded}</p>}
    </div>
  );
}

function AttrChangeText({ change, labels }: { change: AttrChange; labels: CompareLabels }) {
  const value = (text: string | null, op: 'insert' | 'delete') => {
    if (text === null) return labels.noValue;
    const Tag = op === 'insert' ? 'ins' : 'del';
    return (
      <Tag className={op === 'insert' ? styles.ins : styles.del}>
        <ChangePrefix op={op} labels={labels} />
        {text}
      </Tag>
    );
  };
  return (
    <Template
      text={labels.attrChange}
      values={{
        name: labels.attrNames[change.name] ?? change.name,
        from: value(change.from, 'delete'),
        to: value(change.to, 'insert'),
      }}
    />
  );
}
