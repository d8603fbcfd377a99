'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { changeRoleAction, resetPasswordAction, setActiveAction, unlockSignInAction } from '@/app/people/actions';
import type { Person } from '@/db/people';
import type { Role } from '@/lib/roles';
import { FormMessage } from '@/components/forms/FormMessage';
import { SubmitButton } from '@/components/forms/SubmitButton';
import { ConfirmButton } from '@/components/forms/ConfirmButton';
import { RoleSelect } from './RoleSelect';
import styles from './PeopleTable.module.css';

/** The actions to show for one person; the server refuses the others anyway. */
export type Offer = {
  /** Roles this person may be given; with only their current one left, no role form is shown. */
  roles: readonly Role[];
  /** Why some roles are not offered, shown instead of the form. */
  roleNote: 'lastAmbassador' | null;
  deactivate: boolean;
  reactivate: boolean;
  resetPassword: boolean;
  /** The sign-in throttle is holding this account back, and an ambassador may lift it. */
  unlock: boolean;
};

export function PersonActions({ person, offer }: { person: Person; offer: Offer }) {
  const t = useTranslations('people');
  const te = useTranslations('errors');
  const [roleState, roleAction] = useActionState(changeRoleAction, null);
  const [activeState, activeAction] = useActionState(setActiveAction, null);
  const [resetState, resetAction] = useActionState(resetPasswordAction, null);
  const [unlockState, unlockAction] = useActionState(unlockSignInAction, null);
  return (
    <div className={styles.actions}>
      {offer.roles.some((role) => role !== person.role) && (
        <form action={roleAction}>
          <input type="hidden" name="userId" value={person.id} />
          <RoleSelect
            id={`role-${person.id}`}
            label={t('changeRole', { name: person.name })}
            defaultValue={person.role}
            roles={offer.roles}
            hideLabel
          />
          <SubmitButton className="secondary">
            <span aria-hidden="true">{t('saveRole')}</span>
            <span className="visually-hidden">{t('changeRole', { name: person.name })}</span>
          </SubmitButton>
        </form>
      )}
      {offer.roleNote && <p className={styles.note}>{te(offer.roleNote)}</p>}
      {(offer.deactivate || offer.reactivate) && (
        <form action={activeAction}>
          <input type="hidden" name="userId" value={person.id} />
          <input type="hidden" name="name" value={person.name} />
          <input type="hidden" name="active" value={person.active ? 'false' : 'true'} />
          {person.active ? (
            <ConfirmButton
              className="danger"
              question={t('deactivateConfirm', { name: person.name })}
              confirmLabel={t('deactivateConfirmButton')}
            >
              {t('deactivate', { name: person.name })}
            </ConfirmButton>
          ) : (
            <SubmitButton className="secondary">{t('reactivate', { name: person.name })}</SubmitButton>
          )}
        </form>
      )}
      {offer.resetPassword && (
        <form action={resetAction}>
          <input type="hidden" name="userId" value={person.id} />
          <input type="hidden" name="name" value={person.name} />
          <SubmitButton className="secondary">{t('resetPassword', { name: person.name })}</SubmitButton>
        </form>
      )}
      {offer.unlock && (
        <form action={unlockAction}>
          <input type="hidden" name="userId" value={person.id} />
          <input type="hidden" name="name" value={person.name} />
          <SubmitButton className="secondary">{t('unlockSignIn', { name: person.name })}</SubmitButton>
        </form>
      )}
      <div className={styles.result} aria-live="polite">
        <FormMessage state={roleState} />
        <FormMessage state={activeState} />
        <FormMessage state={resetState} />
        <FormMessage state={unlockState} />
      </div>
    </div>
  );
}
