import 'server-only';
import { getTranslations } from 'next-intl/server';
import { currentActor } from './auth';
import type { Permission } from '@/lib/permissions';
import { ERROR_STATUS, refusalOf, type ErrorCode } from '@/lib/errors';
import { hasOwnPassword, mayUse, type Actor } from '@/lib/actor';
import type { MessageKey } from '@/lib/messages';

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * The one shape of a JSON error: `{ error, messageKey, message, values? }`, with the message in the
 * user's language and the status that belongs to the code. `extra` adds fields (a conflict's
 * newer draft).
 */
export async function jsonError(
  code: ErrorCode,
  key: MessageKey<'errors'>,
  values?: Record<string, string | number>,
  extra: Record<string, unknown> = {},
): Promise<Response> {
  const t = await getTranslations('errors');
  const body = { error: code, messageKey: `errors.${key}`, message: t(key, values) };
  return json(
    values && Object.keys(values).length ? { ...body, values, ...extra } : { ...body, ...extra },
    ERROR_STATUS[code],
  );
}

/**
 * Wraps a route handler: re-reads the user and checks the permission (the data-access layer checks
 * again), and turns refusals (NotFoundError, ForbiddenError, UserError) into JSON errors.
 */
export function route<C>(
  permission: Permission,
  handler: (actor: Actor, request: Request, context: C) => Promise<Response>,
) {
  return async (request: Request, context: C): Promise<Response> => {
    const actor = await currentActor();
    if (!actor) return jsonError('unauthenticated', 'signedOut');
    if (!mayUse(actor, permission))
      return jsonError('forbidden', hasOwnPassword(actor) ? 'forbidden' : 'choosePasswordFirst');
    try {
      return await handler(actor, request, context);
    } catch (error) {
      const refusal = refusalOf(error);
      if (!refusal) throw error;
      return jsonError(refusal.code, refusal.messageKey, refusal.values);
    }
  };
}
