import { z } from 'zod';
import { ROLES } from '@/lib/roles';
import { safeNextPath } from '@/lib/next-path';

// Messages are keys of the "errors" catalogue; forms show them in the user's language.

/** Control characters (NUL, newlines, …) and the bidi embeddings, overrides and isolates that reorder text around them. */
const FORBIDDEN_IN_NAMES = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;
/** What shows nothing on screen: format characters, spaces, fillers and combining marks on their own. */
const INVISIBLE = /[\p{Cf}\p{Z}\p{M}\u115f\u1160\u180e\u2800\u3164\uffa0]/gu;

/** A person's name must be text someone can see, and not rearrange what is shown beside it. */
export function isDisplayableName(name: string): boolean {
  return !FORBIDDEN_IN_NAMES.test(name) && name.replace(INVISIBLE, '').length > 0;
}

export const nameField = z
  .string({ error: 'required' })
  .trim()
  .min(1, 'required')
  .max(100, 'tooLong')
  .refine(isDisplayableName, 'invalidName');
export const emailField = z
  .string({ error: 'required' })
  .trim()
  .toLowerCase()
  .min(1, 'required')
  .max(254, 'tooLong')
  .pipe(z.email('invalidEmail'));
export const passwordField = z.string({ error: 'required' }).min(10, 'passwordTooShort').max(200, 'tooLong');
export const roleField = z.enum(ROLES, { error: 'invalidRole' });
export const localeField = z.enum(['nb', 'en'], { error: 'invalidLocale' });
export const userIdField = z.coerce.number({ error: 'invalidUser' }).int('invalidUser').positive('invalidUser');

export const setupSchema = z.object({ name: nameField, email: emailField, password: passwordField });
/** Where to go afterwards: a path on this site, or null (anything else is ignored, not an error). */
const nextField = z
  .unknown()
  .optional()
  .transform((raw) => safeNextPath(raw));

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'required').max(254, 'tooLong'),
  password: z.string().min(1, 'required').max(200, 'tooLong'),
  next: nextField,
});
export const addPersonSchema = z.object({ name: nameField, email: emailField, role: roleField });
export const changeRoleSchema = z.object({ userId: userIdField, role: roleField });
export const userRefSchema = z.object({ userId: userIdField });
export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'required').max(200, 'tooLong'),
    newPassword: passwordField,
    confirmPassword: z.string().max(200, 'tooLong'),
    next: nextField,
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: 'passwordsDiffer', path: ['confirmPassword'] });
export const languageSchema = z.object({ locale: localeField });
