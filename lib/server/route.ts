import 'server-only';
import { getTranslations } from 'next-intl/server';
import { currentActor } from './auth';
import type { Permission } from '@/lib/permissions';
import { ForbiddenError, UserError } from '@/lib/errors';
import { hasOwnPassword, mayUse, type Actor } from '@/lib/actor';

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * Wraps a route handler: re-reads the user and checks the permission (the data-access layer checks
 * again), and turns refusals into JSON errors with a translated message.
 */
export function route<C>(
  permission: Permission,
  handler: (actor: Actor, request: Request, context: C) => Promise<Response>,
) {
  return async (request: Request, context: C): Promise<Response> => {
    const t = await getTranslations('errors');
    const actor = await currentActor();
    if (!actor) return json({ error: 'unauthenticated', message: t('signedOut') }, 401);
    if (!mayUse(actor, permission))
      return json({ error: 'forbidden', message: t(hasOwnPassword(actor) ? 'forbidden' : 'choosePasswordFirst') }, 403);
    try {
      return await handler(actor, request, context);
    } catch (error) {
      if (error instanceof ForbiddenError) return json({ error: 'forbidden', message: t('forbidden') }, 403);
      if (error instanceof UserError)
        return json({ error: 'refused', message: t(error.messageKey, error.values) }, 422);
      throw error;
    }
  };
}
