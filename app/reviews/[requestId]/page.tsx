import Link from 'next/link';
import { after } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { getDates } from '@/lib/server/dates';
import type { ReactNode } from 'react';
import { forPage, pageId, requirePermission } from '@/lib/server/guard';
import { getRequest, type RequestDetail } from '@/db/reviews';
import { resolveRevision, revisionBefore } from '@/db/history';
import { markRead } from '@/db/notifications';
import { canComment, canPublishRequest, canWithdraw, decideRefusal } from '@/lib/policy';
import { diffDocs } from '@/lib/diff';
import { blockName } from '@/lib/doc/place';
import { revisionLabeler } from '@/lib/server/revision-label';
import { latestDecisionBy, type Decision as ReviewDecision } from '@/lib/review/approvals';
import type { GuideDoc } from '@/lib/doc/types';
import { CompareView } from '@/components/compare/CompareView';
import { ActionForm } from '@/components/forms/ActionForm';
import { SubmitButton } from '@/components/forms/SubmitButton';
import {
  commentAction,
  decideAction,
  publishApprovedAction,
  resolveCommentAction,
  withdrawAction,
} from '@/app/reviews/actions';
import styles from '@/components/review/review.module.css';

const EMPTY: GuideDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

type CompareTranslator = Awaited<ReturnType<typeof getTranslations<'compare'>>>;

/** Each top-level block by its type and words ("Paragraph «Alle firma…»"), to say what a comment is about. */
function blockChoices(doc: GuideDoc, compare: CompareTranslator): { value: string; label: string }[] {
  return doc.content.map((block, i) => {
    const { type, text } = blockName(block);
    const typeName = compare(`blockTypes.${type}`);
    return { value: `b:${i}`, label: text ? compare('namedBlock', { type: typeName, text }) : typeName };
  });
}

export default async function ReviewRequestPage({ params, searchParams }: PageProps<'/reviews/[requestId]'>) {
  const actor = await requirePermission('review.read');
  const id = pageId((await params).requestId);
  const request = forPage(() => getRequest(actor, id));
  // A GET render writes nothing: the request's notices are marked read once the page has been sent.
  after(() => markRead(actor, request.id));
  const query = await searchParams;
  const [t, tCompare, dates, label] = await Promise.all([
    getTranslations('review'),
    getTranslations('compare'),
    getDates(),
    revisionLabeler(),
  ]);
  const date = (d: Date) => dates.dateTime(d);

  const againstReviewed = query.against === 'reviewed' && request.previousRevisionId !== null;
  // The published version the submission was made against (for a published request, the one before it).
  const publishedRef = revisionBefore(actor, request.guideId, request.revisionId, { publishedOnly: true });
  const published = publishedRef ? resolveRevision(actor, request.guideId, publishedRef) : null;
  const base = againstReviewed
    ? resolveRevision(actor, request.guideId, { kind: 'revision', id: request.previousRevisionId! }).doc
    : (published?.doc ?? EMPTY);
  const baseLabel = againstReviewed ? t('compareWithReviewed') : published ? label(published) : t('noPublished');

  const open = request.status === 'open';
  const decideRefused = decideRefusal(actor, request, request.policy);
  const own = latestDecisionBy(request.decisions, actor.id, request.revisionId);
  const offer = (wanted: ReviewDecision) =>
    decideRefusal(actor, request, request.policy, { wanted, latestOwn: own?.decision ?? null }) === null;
  const mode = query.view === 'inline' ? 'inline' : 'side';
  const self = `/reviews/${request.id}${againstReviewed ? '?against=reviewed&' : '?'}`;

  const commentList = (comments: RequestDetail['comments']) => (
    <ul className={styles.comments}>
      {comments.map((c) => (
        <li key={c.id} data-resolved={c.resolvedAt ? 'true' : 'false'}>
          <div className={styles.meta}>{t('by', { name: c.authorName, date: date(c.createdAt) })}</div>
          <p className={styles.commentBody}>{c.body}</p>
          {c.resolvedAt ? (
            <div className={styles.meta}>{t('resolved', { name: c.resolvedByName ?? '' })}</div>
          ) : (
            <ActionForm action={resolveCommentAction}>
              <input type="hidden" name="commentId" value={c.id} />
              <input type="hidden" name="requestId" value={request.id} />
              <SubmitButton className="secondary">{t('resolve')}</SubmitButton>
            </ActionForm>
          )}
        </li>
      ))}
    </ul>
  );
  const byBlock = new Map<number, RequestDetail['comments']>();
  for (const c of request.comments) {
    const index = c.anchor ? Number(c.anchor.slice(2)) : NaN;
    if (Number.isInteger(index)) byBlock.set(index, [...(byBlock.get(index) ?? []), c]);
  }
  const blockNotes: Record<number, ReactNode> = Object.fromEntries(
    [...byBlock].map(([index, comments]) => [
      index,
      <section key={index} aria-label={t('onBlock')}>
        {commentList(comments)}
      </section>,
    ]),
  );
  const general = request.comments.filter((c) => !c.anchor);

  return (
    <>
      <h1>{t('requestTitle', { id: request.id, title: request.guideTitle })}</h1>
      <p className="lead">
        <span className={styles.status}>{t(`status.${request.status}`)}</span>{' '}
        {t('submittedBy', { name: request.submittedByName, date: date(request.submittedAt) })}
      </p>
      <p>{request.summary}</p>
      {request.draftChangedSinceSubmitted && open && <p className={styles.warning}>{t('draftChanged')}</p>}

      <div className={styles.layout}>
        <div>
          <h2>{againstReviewed ? t('compareWithReviewed') : t('compareWithPublished')}</h2>
          {request.previousRevisionId !== null && (
            <p>
              <Link href={againstReviewed ? `/reviews/${request.id}` : `/reviews/${request.id}?against=reviewed`}>
                {againstReviewed ? t('compareWithPublishedLink') : t('compareWithReviewed')}
              </Link>
            </p>
          )}
          <CompareView
            diff={diffDocs(base, request.doc)}
            mode={mode}
            oldLabel={baseLabel}
            newLabel={label({
              kind: 'submitted',
              version: null,
              name: null,
              authorName: request.submittedByName,
              createdAt: request.submittedAt,
            })}
            sideHref={`${self}view=side`}
            inlineHref={`${self}view=inline`}
            blockNotes={blockNotes}
          />
        </div>

        <aside className={styles.side} aria-label={t('decisions')}>
          <h2>{t('approvalState', { approvals: request.approvals, required: Math.max(1, request.required) })}</h2>
          {request.decisions.length === 0 ? (
            <p>{t('noDecisions')}</p>
          ) : (
            <ul>
              {request.decisions.map((d, i) => (
                <li key={i}>{t(`decision.${d.decision}`, { name: d.reviewerName, date: date(d.at) })}</li>
              ))}
            </ul>
          )}
          {decideRefused === null && own && (
            <p role="status">{t('yourDecision', { decision: own.decision, date: date(own.at) })}</p>
          )}
          {decideRefused === null && (
            <div className={styles.decisionButtons}>
              {offer('approved') && (
                <ActionForm action={decideAction}>
                  <input type="hidden" name="requestId" value={request.id} />
                  <input type="hidden" name="decision" value="approved" />
                  <SubmitButton>{t('approve')}</SubmitButton>
                </ActionForm>
              )}
              {offer('changes_requested') && (
                <ActionForm action={decideAction}>
                  <input type="hidden" name="requestId" value={request.id} />
                  <input type="hidden" name="decision" value="changes_requested" />
                  <SubmitButton className="secondary">{t('requestChanges')}</SubmitButton>
                </ActionForm>
              )}
            </div>
          )}
          {decideRefused === 'ownSubmission' && <p className={styles.hint}>{t('ownSubmission')}</p>}
          {canWithdraw(actor, request) && (
            <>
              <h2>{t('publishTitle')}</h2>
              {canPublishRequest(actor, request, request) ? (
                <ActionForm action={publishApprovedAction}>
                  <input type="hidden" name="requestId" value={request.id} />
                  <label htmlFor="publish-note">{t('publishNote')}</label>
                  <textarea id="publish-note" name="note" rows={2} maxLength={2000} defaultValue={request.summary} />
                  <SubmitButton>{t('publish')}</SubmitButton>
                </ActionForm>
              ) : (
                <p>{t('needsApprovals', { required: Math.max(1, request.required) })}</p>
              )}
              <ActionForm action={withdrawAction}>
                <input type="hidden" name="requestId" value={request.id} />
                <SubmitButton className="danger">{t('withdraw')}</SubmitButton>
              </ActionForm>
            </>
          )}

          <h2 id="comments-title">{t('comments')}</h2>
          {general.length === 0 && byBlock.size === 0 ? <p>{t('noComments')}</p> : commentList(general)}
          {canComment(actor) && (
            <ActionForm action={commentAction} aria-labelledby="comments-title">
              <input type="hidden" name="requestId" value={request.id} />
              <label htmlFor="comment-anchor">{t('commentOn')}</label>
              <select id="comment-anchor" name="anchor" defaultValue="">
                <option value="">{t('wholeRequest')}</option>
                {blockChoices(request.doc, tCompare).map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
              <label htmlFor="comment-body">{t('comment')}</label>
              <textarea id="comment-body" name="body" rows={3} maxLength={5000} required />
              <SubmitButton>{t('addComment')}</SubmitButton>
            </ActionForm>
          )}
        </aside>
      </div>
    </>
  );
}
