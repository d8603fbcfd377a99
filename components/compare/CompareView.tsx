'use client';

import { useCallback, useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import type { DocDiff } from '@/lib/diff/types';
import { BlockRow, type CompareMode } from './BlockRow';
import { layoutBlocks } from './collapse';
import { fill, plural, type CompareLabels } from './labels';
import { Summary } from './Summary';
import { useChangeNavigation } from './useChangeNavigation';
import styles from './compare.module.css';

export type { CompareLabels, Plural, BlockTypeName } from './labels';
export type { CompareMode } from './BlockRow';

export type CompareViewProps = {
  diff: DocDiff;
  labels: CompareLabels;
  mode: CompareMode;
  /** Names of the two revisions, e.g. "Version 1" and "Version 3". */
  oldLabel: string;
  newLabel: string;
  /** Links to this comparison in each mode; the switch is shown when both are given. */
  sideHref?: string;
  inlineHref?: string;
  /** Shown beside a block, keyed by its position in the new revision (e.g. review comments). */
  blockNotes?: Record<number, ReactNode>;
};

/** A comparison of two revisions of a guide for a reviewer: summary, view switch, navigation, blocks. */
export function CompareView({
  diff,
  labels,
  mode,
  oldLabel,
  newLabel,
  sideHref,
  inlineHref,
  blockNotes,
}: CompareViewProps) {
  // useId's characters vary between React versions; ids here also go into "#..." links.
  const prefix = `cmp${useId().replace(/[^\w-]/g, '')}`;
  const blockId = useCallback((index: number) => `${prefix}-b${index + 1}`, [prefix]);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set());
  const [focusBlock, setFocusBlock] = useState<number | null>(null);

  const { blocks } = diff;
  const noteOf = useCallback(
    (i: number) => (blocks[i].newIndex !== null ? blockNotes?.[blocks[i].newIndex!] : undefined),
    [blocks, blockNotes],
  );
  const pinned = useMemo(
    () => new Set(blocks.map((_, i) => i).filter((i) => noteOf(i) !== undefined)),
    [blocks, noteOf],
  );
  const items = useMemo(() => layoutBlocks(blocks, expanded, pinned), [blocks, expanded, pinned]);
  const { changes, halfStep } = useMemo(() => {
    const changes: number[] = [];
    const halfStep: number[] = [];
    blocks.forEach((block, i) => {
      if (block.status !== 'equal') changes.push(i);
      halfStep.push(block.status !== 'equal' ? 2 * (changes.length - 1) : 2 * changes.length - 1);
    });
    return { changes, halfStep };
  }, [blocks]);

  const element = useCallback(
    (change: number) => document.getElementById(blockId(changes[change])),
    [blockId, changes],
  );
  const nav = useChangeNavigation({ count: changes.length, element, template: labels.changePosition });

  const routineHref = useCallback(
    (routineId: string) => {
      const index = blocks.findIndex(
        (b) => b.blockType === 'routine' && b.routineId === routineId && b.status !== 'equal',
      );
      return index === -1 ? undefined : `#${blockId(index)}`;
    },
    [blocks, blockId],
  );

  // After "show unchanged blocks" the button is gone; focus goes to the first block it revealed.
  useEffect(() => {
    if (focusBlock === null) return;
    document.getElementById(blockId(focusBlock))?.focus();
    setFocusBlock(null);
  }, [focusBlock, blockId]);

  const summaryId = `${prefix}-summary`;
  const changesId = `${prefix}-changes`;
  return (
    <div className={styles.compare}>
      <Summary summary={diff.summary} labels={labels} headingId={summaryId} routineHref={routineHref} />

      <div className={styles.toolbar}>
        {sideHref !== undefined && inlineHref !== undefined && (
          <nav aria-label={labels.viewMode} className={styles.modes}>
            <a href={sideHref} aria-current={mode === 'side' ? 'page' : undefined}>
              {labels.sideBySide}
            </a>
            <a href={inlineHref} aria-current={mode === 'inline' ? 'page' : undefined}>
              {labels.inline}
            </a>
          </nav>
        )}
        {changes.length > 0 && (
          <div role="group" aria-label={labels.changeNavigation} className={styles.navigation}>
            <button type="button" onClick={nav.previous} aria-keyshortcuts="k p">
              {labels.previousChange}
            </button>
            <button type="button" onClick={nav.next} aria-keyshortcuts="j n">
              {labels.nextChange}
            </button>
            <p role="status" aria-live="polite" aria-atomic="true" className={styles.position}>
              {nav.announcement || plural(labels.changeCount, changes.length)}
            </p>
            <p className={styles.hint}>{labels.shortcutsHint}</p>
          </div>
        )}
      </div>

      <section aria-labelledby={changesId} className={styles.changes}>
        <h2 id={changesId}>{labels.changesHeading}</h2>
        {mode === 'side' && (
          // Each cell names its version for screen readers and on narrow screens.
          <div className={styles.columns} aria-hidden="true">
            <span>{oldLabel}</span>
            <span>{newLabel}</span>
          </div>
        )}
        <div className={styles.blocks} data-mode={mode}>
          {items.map((item) =>
            item.kind === 'block' ? (
              <BlockRow
                key={item.index}
                block={blocks[item.index]}
                mode={mode}
                labels={labels}
                oldLabel={oldLabel}
                newLabel={newLabel}
                id={blockId(item.index)}
                onFocus={() => nav.placeAt(halfStep[item.index])}
                note={noteOf(item.index)}
              />
            ) : (
              <div key={`c${item.start}`} className={styles.collapsed}>
                <button
                  type="button"
                  className={styles.expand}
                  onClick={() => {
                    setExpanded((open) => new Set(open).add(item.start));
                    setFocusBlock(item.start);
                  }}
                >
                  {fill(labels.expand, { count: item.end - item.start })}
                </button>
                <span className={styles.printOnly}>{fill(labels.collapsed, { count: item.end - item.start })}</span>
              </div>
            ),
          )}
        </div>
      </section>
    </div>
  );
}
