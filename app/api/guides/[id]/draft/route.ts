import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { json, jsonError, route } from '@/lib/server/route';
import { getDraft, saveDraft } from '@/db/guides';
import { MAX_DOC_BYTES, validateDoc } from '@/lib/doc/validate';
import { NotFoundError } from '@/lib/errors';
import { reasonText } from '@/lib/reasons';
import { idParam } from '@/lib/validation/params';
import { crossSiteRefusal } from '@/lib/server/same-origin';

type Context = RouteContext<'/api/guides/[id]/draft'>;

const saveSchema = z.object({ baseVersion: z.number().int().min(1), doc: z.unknown() });

/** The current draft, for an editor that must reload it (e.g. after a conflict). */
export const GET = route('guide.readDraft', async (actor, _request, { params }: Context) => {
  const id = idParam((await params).id);
  if (!id) throw new NotFoundError('guide');
  return json(getDraft(actor, id));
});

/**
 * Autosave. The body names the draft version it was based on; if someone saved since, nothing is
 * written and the answer (409) carries their version so the editor can show both.
 */
export const PUT = route('guide.edit', async (actor, request, { params }: Context) => {
  const refusal = crossSiteRefusal(request);
  if (refusal === 'wrongOrigin') return jsonError('forbidden', 'wrongOrigin');
  if (refusal) return jsonError('unsupportedMediaType', 'jsonRequired');
  const id = idParam((await params).id);
  if (!id) throw new NotFoundError('guide');
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_DOC_BYTES + 1024) return jsonError('tooLarge', 'documentTooLarge');
  const text = await request.text();
  if (text.length > MAX_DOC_BYTES + 1024) return jsonError('tooLarge', 'documentTooLarge');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return jsonError('invalid', 'invalidJson');
  }
  const parsed = saveSchema.safeParse(body);
  if (!parsed.success) return jsonError('invalid', 'invalid');
  const valid = validateDoc(parsed.data.doc);
  if (!valid.ok) {
    // The reason is worded in the user's language; its key and path stay for a client that points at it.
    const reason = reasonText(await getTranslations(), valid.issue);
    const code = valid.issue.key === 'document.tooLarge' ? 'tooLarge' : 'invalid';
    return jsonError(code, 'invalidDocument', { reason }, { issue: valid.issue });
  }
  const result = saveDraft(actor, id, parsed.data.baseVersion, valid.doc);
  if (!result.ok) return jsonError('conflict', 'saveConflict', undefined, { current: result.conflict });
  return json({ version: result.version, savedAt: result.savedAt });
});
