'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { publishAction } from '@/app/guides/actions';
import { FormMessage } from '@/components/forms/FormMessage';
import { SubmitButton } from '@/components/forms/SubmitButton';

export function PublishForm({
  guideId,
  baseVersion,
  nextVersion,
  ready,
}: {
  guideId: number;
  baseVersion: number;
  nextVersion: number;
  ready: boolean;
}) {
  const t = useTranslations('editor');
  const [state, action] = useActionState(publishAction, null);
  const errors = state?.fieldErrors ?? {};
  const shownNext = nextVersion;
  return (
    <form action={action} noValidate>
      <h2 id="publish-title">{t('publishTitle')}</h2>
      <FormMessage state={state} />
      {state?.ok && (
        <p>
          <Link href={`/guides/${guideId}`}>{t('viewPublished')}</Link>
        </p>
      )}
      <p>{t('publishIntro', { version: shownNext })}</p>
      <input type="hidden" name="guideId" value={guideId} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <label htmlFor="change-note">{t('changeNote')}</label>
      <p id="change-note-hint">{t('changeNoteHint')}</p>
      <textarea
        id="change-note"
        name="note"
        rows={3}
        maxLength={2000}
        aria-describedby={errors.note ? 'change-note-hint change-note-error' : 'change-note-hint'}
        aria-invalid={errors.note ? true : undefined}
        key={state?.ok ? 'published' : 'editing'}
        defaultValue={state?.ok ? '' : state?.values?.note}
      />
      {errors.note && (
        <p id="change-note-error" role="alert">
          {errors.note}
        </p>
      )}
      {!ready && <p>{t('publishWaitSave')}</p>}
      <p>
        {ready ? (
          <SubmitButton pendingLabel={t('publishing')}>{t('publish', { version: shownNext })}</SubmitButton>
        ) : (
          <button type="button" disabled>
            {t('publish', { version: shownNext })}
          </button>
        )}
      </p>
    </form>
  );
}
