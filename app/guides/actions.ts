'use server';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { formAction } from '@/lib/server/action';
import { createGuide, publishDraft } from '@/db/guides';
import { loadTemplate } from '@/lib/templates';
import { MARKDOWN_LIMITS } from '@/lib/markdown/limits';
import { UserError } from '@/lib/errors';
import { TITLE_SOURCES } from '@/lib/guide-import';
import { importPreview, type ImportPreview } from '@/lib/import-preview';
import { prepareImportInWorker } from '@/lib/server/markdown-worker';
import { reasonText } from '@/lib/reasons';

const guideId = z.coerce.number({ error: 'guideNotFound' }).int('guideNotFound').positive('guideNotFound');

const publishSchema = z.object({
  guideId,
  baseVersion: z.coerce.number({ error: 'draftChanged' }).int('draftChanged').positive('draftChanged'),
  note: z.string({ error: 'noteRequired' }).trim().min(1, 'noteRequired').max(2000, 'tooLong'),
});

export const publishAction = formAction('guide.publish', publishSchema, async (actor, input) => {
  const { version } = publishDraft(actor, input.guideId, input.baseVersion, input.note);
  revalidatePath(`/guides/${input.guideId}`, 'layout');
  return { ok: true, message: (await getTranslations('editor'))('published', { version }) };
});

const templateSchema = z.object({
  template: z.string({ error: 'unknownTemplate' }).regex(/^(nb|en):[a-z0-9-]{1,60}$/, 'unknownTemplate'),
  title: z.string().trim().max(200, 'tooLong').optional(),
});

export const createFromTemplateAction = formAction('guide.edit', templateSchema, async (actor, input) => {
  const [language, id] = input.template.split(':') as ['nb' | 'en', string];
  const template = loadTemplate(language, id);
  if (!template) throw new UserError('unknownTemplate');
  const { id: newId } = createGuide(actor, {
    title: input.title || template.title,
    language,
    frontMatter: template.frontMatter,
    doc: template.doc,
  });
  redirect(`/guides/${newId}/edit`);
});

const importFile = z
  .instanceof(File, { message: 'fileRequired' })
  .refine((f) => f.size > 0, 'fileRequired')
  .refine((f) => f.size <= MARKDOWN_LIMITS.bytes, 'fileTooLarge')
  .refine((f) => /\.(md|mdx|markdown)$/i.test(f.name), 'fileType');

const previewSchema = z.object({ file: importFile });

/** Step one of an upload: what the file would become (titles, routines, sections, warnings); nothing is saved. */
export const previewImportAction = formAction<typeof previewSchema, ImportPreview>(
  'guide.edit',
  previewSchema,
  async (_actor, input) => {
    const prepared = await prepareImportInWorker(await input.file.text(), input.file.name);
    const t = await getTranslations();
    if (!prepared.ok) throw new UserError('importFailed', { reason: reasonText(t, prepared.error) });
    return { ok: true, data: importPreview(prepared, input.file.name, (warning) => reasonText(t, warning)) };
  },
);

// The file is sent again with the chosen title and read again: the preview is only what was shown.
const importSchema = z.object({
  file: importFile,
  titleFrom: z.enum(TITLE_SOURCES, { error: 'invalid' }).optional(),
});

export const importGuideAction = formAction('guide.edit', importSchema, async (actor, input) => {
  const prepared = await prepareImportInWorker(await input.file.text(), input.file.name, {
    titleFrom: input.titleFrom,
  });
  if (!prepared.ok)
    throw new UserError('importFailed', { reason: reasonText(await getTranslations(), prepared.error) });
  const { id } = createGuide(actor, {
    title: prepared.title,
    language: prepared.language,
    frontMatter: prepared.frontMatter,
    doc: prepared.doc,
  });
  redirect(`/guides/${id}/edit`);
});
