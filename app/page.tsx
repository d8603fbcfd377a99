import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/server/guard';
import { can } from '@/lib/permissions';

export default async function HomePage() {
  const actor = await requirePermission('guide.read');
  const t = await getTranslations('home');
  return (
    <div className="narrow">
      <h1>{t('title', { name: actor.name })}</h1>
      <p>{can(actor.role, 'guide.edit') ? t('noGuideAmbassador') : t('noGuideReader')}</p>
    </div>
  );
}
