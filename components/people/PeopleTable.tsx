import { getTranslations } from 'next-intl/server';
import type { Person } from '@/db/people';
import type { SignInTrouble } from '@/db/signin';
import type { Actor } from '@/lib/actor';
import { ROLES } from '@/lib/roles';
import { canChangeRole, canDeactivate, canReactivate, canResetPassword, changeRoleRefusal } from '@/lib/policy';
import { PersonActions, type Offer } from './PersonActions';
import styles from './PeopleTable.module.css';

/** What the actor may do to this person, asked of the same predicates the data layer enforces. */
function offerFor(actor: Actor, person: Person, people: Person[], trouble: SignInTrouble | undefined): Offer {
  const others = people.filter((p) => p.id !== person.id && p.role === 'ambassador' && p.active).length;
  const refused = ROLES.map((role) => changeRoleRefusal(actor, person, role, others));
  return {
    roles: ROLES.filter((role) => canChangeRole(actor, person, role, others)),
    roleNote: refused.includes('lastAmbassador') ? 'lastAmbassador' : null,
    deactivate: canDeactivate(actor, person, others),
    reactivate: canReactivate(actor, person),
    // An inactive person cannot sign in with any password: reactivate first.
    resetPassword: person.active && canResetPassword(actor, person),
    unlock: isHeld(trouble),
  };
}

export async function PeopleTable({
  people,
  actor,
  trouble,
}: {
  people: Person[];
  actor: Actor;
  /** Accounts the sign-in throttle holds back, by user id. */
  trouble: Record<number, SignInTrouble>;
}) {
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
                <SignInNote trouble={trouble[person.id]} />
              </td>
              <td>
                <PersonActions person={person} offer={offerFor(actor, person, people, trouble[person.id])} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function isHeld(trouble: SignInTrouble | undefined): boolean {
  return Boolean(trouble && (trouble.blockedAddresses > 0 || trouble.throttled));
}

/** What the sign-in throttle is doing to this account, if anything. */
async function SignInNote({ trouble }: { trouble: SignInTrouble | undefined }) {
  if (!trouble || (!isHeld(trouble) && trouble.refusals === 0)) return null;
  const t = await getTranslations('people');
  return (
    <div className={styles.held}>
      {trouble.blockedAddresses > 0 && (
        <p>
          {t('signInHeld', {
            failures: trouble.failures,
            addresses: trouble.blockedAddresses,
            until: new Date(trouble.blockedUntil),
          })}
        </p>
      )}
      {trouble.throttled && <p>{t('signInThrottled')}</p>}
      {trouble.refusals > 0 && <p>{t('signInRefusals', { count: trouble.refusals })}</p>}
    </div>
  );
}
