'use client';
import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { importGuideAction, previewImportAction } from '@/app/guides/actions';
import { Field } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { ImportPreview } from './ImportPreview';

/**
 * Upload in two steps: "Show what will be imported" reads the file and shows the preview (nothing
 * saved), then "Import" sends the same file again with the chosen title. The form is submitted by
 * hand, not through `action`, because React clears a form after its action, and with it the file.
 */
export function ImportForm() {
  const t = useTranslations('newGuide');
  const [preview, showPreview, previewing] = useActionState(previewImportAction, null);
  const [result, importGuide, importing] = useActionState(importGuideAction, null);
  const [file, setFile] = useState<File | null>(null);
  const [previewedFile, setPreviewedFile] = useState<File | null>(null);
  const [lastStep, setLastStep] = useState<'preview' | 'import'>('preview');

  const shown = preview?.ok && preview.data && previewedFile === file ? preview.data : null;
  const state = lastStep === 'import' ? result : preview?.ok ? null : preview;
  const pending = previewing || importing;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const step = shown ? 'import' : 'preview';
    setLastStep(step);
    if (step === 'preview') setPreviewedFile(file);
    startTransition(() => (step === 'import' ? importGuide(form) : showPreview(form)));
  }

  return (
    <form onSubmit={submit} aria-labelledby="import-heading" noValidate>
      <FormMessage state={state} />
      <Field
        name="file"
        type="file"
        label={t('file')}
        accept=".md,.mdx,.markdown,text/markdown"
        error={state?.fieldErrors?.file}
        onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
      />
      {shown && <ImportPreview preview={shown} />}
      <button type="submit" disabled={pending} aria-disabled={pending}>
        {shown ? (importing ? t('importing') : t('import')) : previewing ? t('previewing') : t('preview')}
      </button>
    </form>
  );
}
