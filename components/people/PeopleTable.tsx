import { getTranslations } from 'next-intl/server';
import type { Person } from '@/db/people';
import type { Actor } from '@/lib/actor';
import { ROLES } from '@/lib/roles';
import { canChangeRole, canDeactivate, canReactivate, canResetPassword, changeRoleRefusal } from '@/lib/policy';
import { PersonActions, type Offer } from './PersonActions';
import styles from './PeopleTable.module.css';

/** What the actor may do to this person, asked of the same predicates the data layer enforces. */
function offerFor(actor: Actor, person: Person, people: Person[]): Offer {
  const others = people.filter((p) => p.id !== person.id && p.role === 'ambassador' && p.active).length;
  const refused = ROLES.map((role) => changeRoleRefusal(actor, person, role, others));
  return {
    roles: ROLES.filter((role) => canChangeRole(actor, person, role, others)),
    roleNote: refused.includes('lastAmbassador') ? 'lastAmbassador' : null,
    deactivate: canDeactivate(actor, person, others),
    reactivate: canReactivate(actor, person),
    // An inactive person cannot sign in with any password: reactivate first.
    resetPassword: person.active && canResetPassword(actor, person),
  };
}

export async function PeopleTable({ people, actor }: { people: Person[]; actor: Actor }) {
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
                {person.id === actor.id && <span className={styles.you}> ({t('you')})</span>}
              </th>
              <td>{person.email}</td>
              <td>{tc(`roles.${person.role}`)}</td>
              <td>
                {person.active ? t('active') : t('inactive')}
                {person.active && person.mustChangePassword && <div className={styles.note}>{t('mustChange')}</div>}
              </td>
              <td>
                <PersonActions person={person} offer={offerFor(actor, person, people)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
