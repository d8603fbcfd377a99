import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/server/guard';
import { listTemplates } from '@/lib/templates';
import { TemplateForm } from '@/components/guide-new/TemplateForm';
import { ImportForm } from '@/components/guide-new/ImportForm';

export default async function NewGuidePage() {
  await requirePermission('guide.edit');
  const t = await getTranslations('newGuide');
  return (
    <div className="narrow">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <h2 id="template-heading">{t('fromTemplate')}</h2>
      <TemplateForm templates={listTemplates()} />
      <h2 id="import-heading">{t('importTitle')}</h2>
      <p>{t('importIntro')}</p>
      <ImportForm />
    </div>
  );
}
