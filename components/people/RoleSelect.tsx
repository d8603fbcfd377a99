'use client';
import { useTranslations } from 'next-intl';
import { ROLES } from '@/db/schema';

export function RoleSelect({
  id,
  label,
  defaultValue,
  error,
  hideLabel,
}: {
  id: string;
  label: string;
  defaultValue?: string;
  error?: string;
  hideLabel?: boolean;
}) {
  const t = useTranslations('common');
  return (
    <div style={{ marginBottom: hideLabel ? 0 : '1rem' }}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select id={id} name="role" defaultValue={defaultValue} aria-invalid={error ? true : undefined}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </select>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
