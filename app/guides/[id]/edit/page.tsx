import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/server/guard';
import { getDraft, getGuide, getPublished } from '@/db/guides';
import { listActivePeopleNames } from '@/db/people';
import { getReviewPolicy } from '@/db/reviews';
import { DraftEditor } from '@/components/guide-editor/DraftEditor';
import type { EditorLabels } from '@/components/editor/GuideEditor';
import { idParam } from '@/lib/validation/params';

export default async function EditGuidePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission('guide.edit');
  const id = idParam((await params).id);
  const guide = id ? getGuide(actor, id) : null;
  const draft = guide ? getDraft(actor, guide.id) : null;
  if (!guide || !draft) notFound();
  const t = await getTranslations('editor');
  const published = getPublished(actor, guide.id);
  return (
    <>
      <h1>{t('title', { title: guide.title })}</h1>
      <DraftEditor
        guideId={guide.id}
        draft={{ version: draft.version, doc: draft.doc }}
        publishedVersion={published?.version ?? null}
        people={listActivePeopleNames(actor)}
        labels={t.raw('labels') as EditorLabels}
        requiredApprovals={getReviewPolicy(actor, guide.id).required}
      />
    </>
  );
}
