import { getMessages, getTranslations } from 'next-intl/server';
import { forPage, requireGuide } from '@/lib/server/guard';
import { getDraft, getPublished } from '@/db/guides';
import { listActivePeopleNames } from '@/db/people';
import { getReviewPolicy } from '@/db/reviews';
import { canPublishDraft } from '@/lib/policy';
import { DraftEditor } from '@/components/guide-editor/DraftEditor';

export default async function EditGuidePage({ params }: PageProps<'/guides/[id]/edit'>) {
  const { actor, guide } = await requireGuide('guide.edit', params);
  const draft = forPage(() => getDraft(actor, guide.id));
  const [t, messages] = await Promise.all([getTranslations('editor'), getMessages()]);
  const published = getPublished(actor, guide.id);
  const policy = getReviewPolicy(actor, guide.id);
  return (
    <>
      <h1>{t('title', { title: guide.title })}</h1>
      <DraftEditor
        guideId={guide.id}
        draft={{ version: draft.version, doc: draft.doc }}
        publishedVersion={published?.version ?? null}
        people={listActivePeopleNames(actor)}
        labels={messages.editor.labels}
        requiredApprovals={policy.required}
        directPublish={canPublishDraft(actor, policy)}
      />
    </>
  );
}
