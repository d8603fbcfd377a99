'use client';
import { useTranslations } from 'next-intl';
import { ROLES, type Role } from '@/lib/roles';

export function RoleSelect({
  id,
  label,
  defaultValue,
  error,
  hideLabel,
  roles = ROLES,
}: {
  id: string;
  label: string;
  defaultValue?: string;
  error?: string;
  hideLabel?: boolean;
  /** The roles to choose among; all of them unless some are not allowed here. */
  roles?: readonly Role[];
}) {
  const t = useTranslations('common');
  return (
    <div style={{ marginBottom: hideLabel ? 0 : '1rem' }}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select id={id} name="role" defaultValue={defaultValue} aria-invalid={error ? true : undefined}>
        {roles.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </select>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
