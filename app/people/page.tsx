import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/server/guard';
import { listPeople } from '@/db/people';
import { listSignInTrouble } from '@/db/signin';
import { AddPersonForm } from '@/components/people/AddPersonForm';
import { PeopleTable } from '@/components/people/PeopleTable';

export default async function PeoplePage() {
  const actor = await requirePermission('people.manage');
  const people = listPeople(actor);
  const trouble = Object.fromEntries(listSignInTrouble(actor));
  const t = await getTranslations('people');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <PeopleTable people={people} actor={actor} trouble={trouble} />
      <h2 id="add-person-heading">{t('addTitle')}</h2>
      <AddPersonForm />
    </>
  );
}
