import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { json, route } from '@/lib/server/route';
import { getDraft, saveDraft } from '@/db/guides';
import { MAX_DOC_BYTES, validateDoc } from '@/lib/doc/validate';
import { idParam } from '@/lib/validation/params';

type Context = RouteContext<'/api/guides/[id]/draft'>;

const saveSchema = z.object({ baseVersion: z.number().int().min(1), doc: z.unknown() });

/** The current draft, for an editor that must reload it (e.g. after a conflict). */
export const GET = route('guide.readDraft', async (actor, _request, { params }: Context) => {
  const id = idParam((await params).id);
  const draft = id ? getDraft(actor, id) : null;
  if (!draft) return json({ error: 'notFound' }, 404);
  return json(draft);
});

/**
 * Autosave. The body names the draft version it was based on; if someone saved since, nothing is
 * written and the answer (409) carries their version so the editor can show both.
 */
export const PUT = route('guide.edit', async (actor, request, { params }: Context) => {
  const t = await getTranslations('errors');
  const id = idParam((await params).id);
  if (!id) return json({ error: 'notFound', message: t('guideNotFound') }, 404);
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_DOC_BYTES + 1024) return json({ error: 'tooLarge', message: t('documentTooLarge') }, 413);
  const text = await request.text();
  if (text.length > MAX_DOC_BYTES + 1024) return json({ error: 'tooLarge', message: t('documentTooLarge') }, 413);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return json({ error: 'invalid', message: t('invalidJson') }, 400);
  }
  const parsed = saveSchema.safeParse(body);
  if (!parsed.success) return json({ error: 'invalid', message: t('invalid') }, 400);
  const valid = validateDoc(parsed.data.doc);
  if (!valid.ok) return json({ error: 'invalid', message: t('invalidDocument', { reason: valid.error }) }, 400);
  const result = saveDraft(actor, id, parsed.data.baseVersion, valid.doc);
  if (!result.ok) return json({ error: 'conflict', current: result.conflict }, 409);
  return json({ version: result.version, savedAt: result.savedAt });
});
