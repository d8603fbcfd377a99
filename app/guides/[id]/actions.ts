'use server';
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { formAction } from '@/lib/server/action';
import { getPublished } from '@/db/guides';
import { confirmRead } from '@/db/reading';

const schema = z.object({
  guideId: z.coerce.number({ error: 'guideNotFound' }).int('guideNotFound').positive('guideNotFound'),
  version: z.coerce.number({ error: 'notCurrentVersion' }).int('notCurrentVersion').positive('notCurrentVersion'),
});

export const confirmReadAction = formAction('guide.read', schema, async (actor, input) => {
  confirmRead(actor, input.guideId, input.version, getPublished(actor, input.guideId)?.version ?? null);
  revalidatePath(`/guides/${input.guideId}`);
  return { ok: true, message: (await getTranslations('reading'))('confirmed', { version: input.version }) };
});
