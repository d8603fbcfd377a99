import { getTranslations } from 'next-intl/server';
import type { Person } from '@/db/people';
import { PersonActions } from './PersonActions';
import styles from './PeopleTable.module.css';

export async function PeopleTable({ people, selfId }: { people: Person[]; selfId: number }) {
  const t = await getTranslations('people');
  const tc = await getTranslations('common');
  return (
    <div className={styles.wrap}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('email')}</th>
            <th scope="col">{t('role')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('actions')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id} className={person.active ? undefined : styles.inactive}>
              <th scope="row">
                {person.name}
                {person.id === selfId && <span className={styles.you}> ({t('you')})</span>}
              </th>
              <td>{person.email}</td>
              <td>{tc(`roles.${person.role}`)}</td>
              <td>
                {person.active ? t('active') : t('inactive')}
                {person.active && person.mustChangePassword && <div className={styles.note}>{t('mustChange')}</div>}
              </td>
              <td>
                <PersonActions person={person} isSelf={person.id === selfId} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
