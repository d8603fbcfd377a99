'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useDates } from '@/components/dates/useDates';
import Link from 'next/link';
import { GuideEditor, type EditorLabels, type Person } from '@/components/editor/GuideEditor';
import type { GuideDoc } from '@/lib/doc/types';
import { useAutosave } from './useAutosave';
import { SaveStatusBar } from './SaveStatusBar';
import { PublishForm } from './PublishForm';
import styles from './DraftEditor.module.css';

type Props = {
  guideId: number;
  draft: { version: number; doc: GuideDoc };
  publishedVersion: number | null;
  people: Person[];
  labels: EditorLabels;
  requiredApprovals: number;
  /** Whether the publish form is offered; otherwise publishing goes through review. */
  directPublish: boolean;
};

/** The ambassador's editing page: the editor, its save state, conflict choices and publishing. */
export function DraftEditor({
  guideId,
  draft,
  publishedVersion,
  people,
  labels,
  requiredApprovals,
  directPublish,
}: Props) {
  const t = useTranslations('editor');
  const dates = useDates();
  const autosave = useAutosave(guideId, draft.version, t('offline'));
  const [loaded, setLoaded] = useState({ key: 0, doc: draft.doc });
  const { status } = autosave;

  return (
    <div className={styles.layout}>
      <div className={styles.main}>
        <SaveStatusBar status={status} onRetry={autosave.retry} />
        {status.state === 'conflict' && (
          <section role="alert" aria-labelledby="conflict-title" className={styles.conflict}>
            <h2 id="conflict-title">
              {t('conflictTitle', {
                name: status.conflict.updatedByName,
                time: dates.time(new Date(status.conflict.updatedAt)),
              })}
            </h2>
            <p>{t('conflictText')}</p>
            <div className={styles.buttons}>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  const theirs = autosave.takeTheirs();
                  if (theirs) setLoaded((l) => ({ key: l.key + 1, doc: theirs.doc }));
                }}
              >
                {t('loadTheirs')}
              </button>
              <button type="button" className="danger" onClick={autosave.overwrite}>
                {t('overwrite')}
              </button>
            </div>
          </section>
        )}
        <GuideEditor
          key={loaded.key}
          initialDoc={loaded.doc}
          onChange={autosave.change}
          people={people}
          labels={labels}
        />
      </div>
      <aside className={styles.side} aria-labelledby="publish-title">
        {directPublish ? (
          <PublishForm
            guideId={guideId}
            baseVersion={autosave.version}
            nextVersion={(publishedVersion ?? 0) + 1}
            ready={status.state === 'saved'}
          />
        ) : (
          <>
            <h2 id="publish-title">{t('publishTitle')}</h2>
            <p>{t('reviewNeeded', { count: requiredApprovals })}</p>
            <p>
              <Link className="button" href={`/guides/${guideId}/review`}>
                {t('goToReview')}
              </Link>
            </p>
          </>
        )}
        <p>
          <Link href={`/guides/${guideId}/draft`}>{t('preview')}</Link>
        </p>
      </aside>
    </div>
  );
}
