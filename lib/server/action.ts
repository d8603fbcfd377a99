import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { currentActor } from './auth';
import type { Permission } from '@/lib/permissions';
import { refusalOf, type ErrorCode } from '@/lib/errors';
import { hasOwnPassword, mayUse, type Actor } from '@/lib/actor';
import type { MessageKey } from '@/lib/messages';

/**
 * What every form action returns; forms render `message` and `fieldErrors` next to the inputs.
 * `D` is what an action shows back besides a message (the import preview), in `data`.
 */
export type FormState<D = never> = {
  ok: boolean;
  /** The same codes as route handlers' JSON errors (lib/errors.ts). */
  error?: Extract<ErrorCode, 'unauthenticated' | 'forbidden' | 'invalid' | 'notFound' | 'refused'>;
  message?: string;
  fieldErrors?: Record<string, string>;
  /** Shown once after success, e.g. a one-time password. */
  secret?: string;
  /** What the user typed (never passwords), so a refused form keeps it. */
  values?: Record<string, string>;
  data?: D;
} | null;

function typedValues(input: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (input && typeof input === 'object')
    for (const [key, value] of Object.entries(input))
      if (typeof value === 'string' && value.length <= 1000 && !/password/i.test(key)) values[key] = value;
  return values;
}

/** Form fields as an object; a field sent more than once (checkboxes) becomes an array. */
function toInput(raw: unknown): unknown {
  if (raw instanceof FormData) {
    const out: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
    for (const key of new Set(raw.keys())) {
      if (key.startsWith('$ACTION')) continue;
      const values = raw.getAll(key);
      out[key] = values.length > 1 ? values : values[0];
    }
    return out;
  }
  return raw;
}

/**
 * Wraps a form action: re-reads the user, checks the permission, validates the form with zod, then
 * calls `handler`, which calls the data-access layer (which checks the permission again, beside
 * the data). Refusals come back as translated messages; nothing is written on a refusal.
 * `permission: null` is for the few actions open to signed-out visitors (setup, sign-in).
 */
export function formAction<S extends z.ZodType, D = never>(
  permission: Permission | null,
  schema: S,
  handler: (actor: Actor | null, input: z.output<S>) => Promise<FormState<D> | void>,
) {
  return async (_previous: FormState<D>, formData: FormData): Promise<FormState<D>> => {
    const t = await getTranslations('errors');
    const signedIn = await currentActor();
    if (permission) {
      if (!signedIn) return { ok: false, error: 'unauthenticated', message: t('signedOut') };
      if (!mayUse(signedIn, permission))
        return {
          ok: false,
          error: 'forbidden',
          message: t(hasOwnPassword(signedIn) ? 'forbidden' : 'choosePasswordFirst'),
        };
    }
    // Actions open to visitors treat someone who has not chosen a password yet as one.
    const actor = signedIn && (permission || hasOwnPassword(signedIn)) ? signedIn : null;
    const input = toInput(formData);
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'form');
        // Schemas name an "errors" key as the issue's message; zod's own messages are not keys, so
        // the key is checked here at run time.
        const key = issue.message as MessageKey<'errors'>;
        fieldErrors[field] ??= t.has(key) ? t(key) : t('invalid');
      }
      return { ok: false, error: 'invalid', message: t('checkFields'), fieldErrors, values: typedValues(input) };
    }
    try {
      const result = (await handler(actor, parsed.data)) ?? { ok: true };
      return result.ok ? result : { ...result, values: typedValues(input) };
    } catch (error) {
      const refusal = refusalOf(error);
      if (!refusal) throw error;
      const message = t(refusal.messageKey, refusal.values);
      return refusal.code === 'forbidden'
        ? { ok: false, error: refusal.code, message }
        : { ok: false, error: refusal.code, message, values: typedValues(input) };
    }
  };
}
