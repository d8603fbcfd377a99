'use server';
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { formAction } from '@/lib/server/action';
import { restoreRevision, saveNamedVersion } from '@/db/history';
import { revisionRef } from '@/lib/validation/params';
import { revisionLabeler } from '@/lib/server/revision-label';

const guideId = z.coerce.number({ error: 'guideNotFound' }).int('guideNotFound').positive('guideNotFound');

export const saveVersionAction = formAction(
  'guide.edit',
  z.object({ guideId, name: z.string().trim().max(200, 'tooLong').optional() }),
  async (actor, input) => {
    saveNamedVersion(actor, input.guideId, input.name || '');
    revalidatePath(`/guides/${input.guideId}/history`);
    return { ok: true, message: (await getTranslations('history'))('versionSaved') };
  },
);

export const restoreAction = formAction(
  'guide.edit',
  z.object({
    guideId,
    revision: z
      .string({ error: 'revisionNotFound' })
      .transform(
        (v, ctx) => revisionRef(v) ?? (ctx.addIssue({ code: 'custom', message: 'revisionNotFound' }), z.NEVER),
      ),
  }),
  async (actor, input) => {
    const { source } = restoreRevision(actor, input.guideId, input.revision);
    revalidatePath(`/guides/${input.guideId}`, 'layout');
    const [t, label] = await Promise.all([getTranslations('history'), revisionLabeler()]);
    return { ok: true, message: t('restored', { label: label(source) }) };
  },
);
