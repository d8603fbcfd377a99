import { getTranslations } from 'next-intl/server';
import { forPage, requireGuide } from '@/lib/server/guard';
import { getDraft, getPublished } from '@/db/guides';
import { listActivePeopleNames } from '@/db/people';
import { getReviewPolicy } from '@/db/reviews';
import { canPublishDraft } from '@/lib/policy';
import { DraftEditor } from '@/components/guide-editor/DraftEditor';
import type { EditorLabels } from '@/components/editor/GuideEditor';

export default async function EditGuidePage({ params }: PageProps<'/guides/[id]/edit'>) {
  const { actor, guide } = await requireGuide('guide.edit', params);
  const draft = forPage(() => getDraft(actor, guide.id));
  const t = await getTranslations('editor');
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
        labels={t.raw('labels') as EditorLabels}
        requiredApprovals={policy.required}
        directPublish={canPublishDraft(actor, policy)}
      />
    </>
  );
}
