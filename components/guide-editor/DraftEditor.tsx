'use client';
import { useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { GuideEditor, type EditorLabels, type Person } from '@/components/editor/GuideEditor';
import type { GuideDoc } from '@/lib/doc/types';
import { useAutosave } from './useAutosave';
import { SaveStatusBar } from './SaveStatusBar';
import { ConflictNotice } from './ConflictNotice';
import { LeaveDialog } from './LeaveDialog';
import { useLeaveGuard } from './useLeaveGuard';
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
  const autosave = useAutosave(guideId, draft.version, t('offline'));
  const root = useRef<HTMLDivElement>(null);
  const leave = useLeaveGuard(autosave, root);
  const [loaded, setLoaded] = useState({ key: 0, doc: draft.doc });
  const { status } = autosave;

  return (
    <div className={styles.layout} ref={root}>
      <LeaveDialog
        open={leave.asking}
        reason={status.state === 'failed' ? status.reason : null}
        onStay={leave.stay}
        onLeave={leave.leaveAnyway}
      />
      <div className={styles.main}>
        <SaveStatusBar status={status} onRetry={autosave.retry} />
        {status.state === 'conflict' && (
          <ConflictNotice
            conflict={status.conflict}
            mine={status.mine}
            onTakeTheirs={() => {
              const theirs = autosave.takeTheirs();
              if (theirs) setLoaded((l) => ({ key: l.key + 1, doc: theirs.doc }));
            }}
            onOverwrite={autosave.overwrite}
          />
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
