import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDates } from '@/lib/server/dates';
import { requireGuide } from '@/lib/server/guard';
import { getDraft } from '@/db/guides';
import { getReviewPolicy, listRequests, listReviewerCandidates, openRequest } from '@/db/reviews';
import { can } from '@/lib/permissions';
import { canSubmit } from '@/lib/policy';
import { ActionForm } from '@/components/forms/ActionForm';
import { SubmitButton } from '@/components/forms/SubmitButton';
import { setReviewPolicyAction, submitForReviewAction } from '@/app/reviews/actions';
import styles from '@/components/review/review.module.css';

/** The draft already under review, unchanged, is offered as its request rather than to submit again. */
async function SubmitSection({
  guideId,
  draftVersion,
  open,
}: {
  guideId: number;
  draftVersion: number;
  open: { id: number; draftVersion: number } | null;
}) {
  const t = await getTranslations('review');
  const requestLink = open && <Link href={`/reviews/${open.id}`}>{t('goToRequest', { id: open.id })}</Link>;
  return (
    <section aria-labelledby="submit-title" className={styles.panel}>
      <h2 id="submit-title">{t('submitTitle')}</h2>
      {open?.draftVersion === draftVersion ? (
        <>
          <p role="status">{t('openRequestIntro', { id: open.id })}</p>
          <p>{requestLink}</p>
        </>
      ) : (
        <>
          <p>{t('submitIntro')}</p>
          {open && (
            <p>
              {t('submitAgainIntro', { id: open.id })} {requestLink}
            </p>
          )}
          <ActionForm action={submitForReviewAction} aria-labelledby="submit-title">
            <input type="hidden" name="guideId" value={guideId} />
            <input type="hidden" name="baseVersion" value={draftVersion} />
            <label htmlFor="review-summary">{t('summary')}</label>
            <textarea id="review-summary" name="summary" rows={3} maxLength={2000} required />
            <p>
              <SubmitButton>{t('submit')}</SubmitButton>
            </p>
          </ActionForm>
        </>
      )}
    </section>
  );
}

export default async function GuideReviewPage({ params }: PageProps<'/guides/[id]/review'>) {
  const { actor, guide } = await requireGuide('review.read', params);
  const [t, tc, dates] = await Promise.all([getTranslations('review'), getTranslations('common'), getDates()]);
  const policy = getReviewPolicy(actor, guide.id);
  const requests = listRequests(actor, { guideId: guide.id });
  const ambassador = can(actor.role, 'review.settings');
  const open = openRequest(actor, guide.id);
  return (
    <>
      <h1>{t('guideTitle', { title: guide.title })}</h1>
      <p className="lead">{policy.required > 0 ? t('policyOn', { count: policy.required }) : t('policyOff')}</p>

      {ambassador && (
        <section aria-labelledby="settings-title" className={styles.panel}>
          <h2 id="settings-title">{t('settingsTitle')}</h2>
          <p>{t('settingsIntro')}</p>
          <ActionForm action={setReviewPolicyAction} aria-labelledby="settings-title">
            <input type="hidden" name="guideId" value={guide.id} />
            <label className={styles.check}>
              <input type="checkbox" name="required" value="on" defaultChecked={policy.required > 0} />{' '}
              {t('requireApproval')}
            </label>
            <label htmlFor="approvals">{t('approvals')}</label>
            <input
              id="approvals"
              name="approvals"
              type="number"
              min={1}
              max={10}
              defaultValue={Math.max(1, policy.required)}
              className={styles.number}
            />
            <fieldset className={styles.fieldset}>
              <legend>{t('approvers')}</legend>
              <p className={styles.hint}>{t('anyReviewer')}</p>
              {listReviewerCandidates(actor).map((u) => (
                <label key={u.id} className={styles.check}>
                  <input
                    type="checkbox"
                    name="approverIds"
                    value={u.id}
                    defaultChecked={policy.approverIds?.includes(u.id) ?? false}
                  />{' '}
                  {u.name} ({tc(`roles.${u.role}`)})
                </label>
              ))}
            </fieldset>
            <SubmitButton>{t('saveSettings')}</SubmitButton>
          </ActionForm>
        </section>
      )}

      {canSubmit(actor) && (
        <SubmitSection guideId={guide.id} draftVersion={getDraft(actor, guide.id).version} open={open} />
      )}

      <h2>{t('requests')}</h2>
      {requests.length === 0 ? (
        <p>{t('noRequests')}</p>
      ) : (
        <ul className={styles.requests}>
          {requests.map((r) => (
            <li key={r.id}>
              <Link href={`/reviews/${r.id}`}>{t('goToRequest', { id: r.id })}</Link> · {t(`status.${r.status}`)}
              <div className={styles.meta}>
                {t('submittedBy', {
                  name: r.submittedByName,
                  date: dates.dateTime(r.submittedAt),
                })}
              </div>
              <p>{r.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
