'use client';

import { useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useTranslations } from 'next-intl';
import type { DocDiff } from '@/lib/diff/types';
import { BlockRow, type CompareMode } from './BlockRow';
import { layoutBlocks, movedPlaces, OPEN_LIMIT, type DiffPage } from '@/lib/diff/fold';
import type { Place } from '@/lib/doc/place';
import { Summary } from './Summary';
import { useChangeNavigation } from './useChangeNavigation';
import styles from './compare.module.css';

export type { CompareMode } from './BlockRow';

export type CompareViewProps = {
  diff: DocDiff;
  mode: CompareMode;
  /** Names of the two revisions, e.g. "Version 1" and "Version 3". */
  oldLabel: string;
  newLabel: string;
  /** Links to this comparison in each mode; the switch is shown when both are given. */
  sideHref?: string;
  inlineHref?: string;
  /** Shown beside a block, keyed by its position in the new revision (e.g. review comments). */
  blockNotes?: Record<number, ReactNode>;
  /**
   * A page folded on the server (lib/diff/fold.ts diffPage): `diff.blocks` holds only the blocks
   * shown, and folded stretches open by a request (`openHref` + the stretch's start) instead of in
   * the browser. `pageHref` + a page number is another page.
   */
  paging?: Pick<DiffPage, 'items' | 'page' | 'pageCount'> & {
    openHref: string;
    pageHref: string;
    /** Where each moved block of `diff.blocks` went, worked out on the server from the whole revision. */
    places: (Place | undefined)[];
  };
};

/** A comparison of two revisions of a guide for a reviewer: summary, view switch, navigation, blocks. */
export function CompareView({
  diff,
  mode,
  oldLabel,
  newLabel,
  sideHref,
  inlineHref,
  blockNotes,
  paging,
}: CompareViewProps) {
  // useId's characters vary between React versions; ids here also go into "#..." links.
  const prefix = `cmp${useId().replace(/[^\w-]/g, '')}`;
  const blockId = useCallback((index: number) => `${prefix}-b${index + 1}`, [prefix]);
  const t = useTranslations('compare');
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set());

  const { blocks } = diff;
  const noteOf = useCallback(
    (i: number) => (blocks[i].newIndex !== null ? blockNotes?.[blocks[i].newIndex!] : undefined),
    [blocks, blockNotes],
  );
  const pinned = useMemo(
    () => new Set(blocks.map((_, i) => i).filter((i) => noteOf(i) !== undefined)),
    [blocks, noteOf],
  );
  const items = useMemo(
    () => paging?.items ?? layoutBlocks(blocks, expanded, pinned),
    [paging, blocks, expanded, pinned],
  );
  // The new revision's blocks in order: every block but the deleted ones, at its newIndex.
  const places = useMemo(() => paging?.places ?? movedPlaces(blocks, blocks), [paging, blocks]);
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
  const nav = useChangeNavigation({ count: changes.length, element });

  const routineHref = useCallback(
    (routineId: string) => {
      const index = blocks.findIndex(
        (b) => b.blockType === 'routine' && b.routineId === routineId && b.status !== 'equal',
      );
      return index === -1 ? undefined : `#${blockId(index)}`;
    },
    [blocks, blockId],
  );

  // After "show unchanged blocks" the button is gone; focus goes to the first block it revealed,
  // which exists once React has rendered the expanded list (hence flushSync, not an effect).
  const expand = (start: number) => {
    flushSync(() => setExpanded((open) => new Set(open).add(start)));
    document.getElementById(blockId(start))?.focus();
  };

  const summaryId = `${prefix}-summary`;
  const changesId = `${prefix}-changes`;
  return (
    <div className={styles.compare}>
      <Summary summary={diff.summary} headingId={summaryId} routineHref={routineHref} />

      <div className={styles.toolbar}>
        {sideHref !== undefined && inlineHref !== undefined && (
          <nav aria-label={t('viewMode')} className={styles.modes}>
            <a href={sideHref} aria-current={mode === 'side' ? 'page' : undefined}>
              {t('sideBySide')}
            </a>
            <a href={inlineHref} aria-current={mode === 'inline' ? 'page' : undefined}>
              {t('inline')}
            </a>
          </nav>
        )}
        {changes.length > 0 && (
          <div role="group" aria-label={t('changeNavigation')} className={styles.navigation}>
            <button type="button" onClick={nav.previous} aria-keyshortcuts="k p">
              {t('previousChange')}
            </button>
            <button type="button" onClick={nav.next} aria-keyshortcuts="j n">
              {t('nextChange')}
            </button>
            <p role="status" aria-live="polite" aria-atomic="true" className={styles.position}>
              {nav.announcement || t('changeCount', { count: changes.length })}
            </p>
            <p className={styles.hint}>{t('shortcutsHint')}</p>
          </div>
        )}
      </div>

      <section aria-labelledby={changesId} className={styles.changes}>
        <h2 id={changesId}>{t('changesHeading')}</h2>
        {paging && paging.pageCount > 1 && <PageLinks {...paging} />}
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
                oldLabel={oldLabel}
                newLabel={newLabel}
                id={blockId(item.index)}
                onFocus={() => nav.placeAt(halfStep[item.index])}
                note={noteOf(item.index)}
                place={places[item.index]}
              />
            ) : (
              <div key={`c${item.start}`} className={styles.collapsed}>
                {paging ? (
                  <a className={styles.expand} href={`${paging.openHref}${item.start}`}>
                    {item.end - item.start > OPEN_LIMIT
                      ? t('expandSome', { count: item.end - item.start, shown: OPEN_LIMIT })
                      : t('expand', { count: item.end - item.start })}
                  </a>
                ) : (
                  <button type="button" className={styles.expand} onClick={() => expand(item.start)}>
                    {t('expand', { count: item.end - item.start })}
                  </button>
                )}
                <span className={styles.printOnly}>{t('collapsed', { count: item.end - item.start })}</span>
              </div>
            ),
          )}
        </div>
      </section>
    </div>
  );
}

/** Previous and next page of a comparison too long for one page. */
function PageLinks({ page, pageCount, pageHref }: { page: number; pageCount: number; pageHref: string }) {
  const t = useTranslations('compare');
  return (
    <nav aria-label={t('pages')} className={styles.pages}>
      {page > 1 && (
        <a href={`${pageHref}${page - 1}`} rel="prev">
          {t('previousPage')}
        </a>
      )}
      <span aria-current="page">{t('pagePosition', { page, count: pageCount })}</span>
      {page < pageCount && (
        <a href={`${pageHref}${page + 1}`} rel="next">
          {t('nextPage')}
        </a>
      )}
    </nav>
  );
}
