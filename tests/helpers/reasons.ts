import { createTranslator } from 'next-intl';
import { reasonText } from '@/lib/reasons';
import type { DocIssue } from '@/lib/doc/validate';
import type { ImportMessage } from '@/lib/markdown/errors';
import type { Locale } from '@/lib/locale';
import enDocument from '@/messages/en/document.json';
import enImport from '@/messages/en/import.json';
import nbDocument from '@/messages/nb/document.json';
import nbImport from '@/messages/nb/import.json';

// Strict: a missing key or value fails the test instead of printing the key.
const strict = (error: Error) => {
  throw error;
};
const translators = {
  en: createTranslator({ locale: 'en', messages: { document: enDocument, import: enImport }, onError: strict }),
  nb: createTranslator({ locale: 'nb', messages: { document: nbDocument, import: nbImport }, onError: strict }),
};

/** A validator or import reason worded as a user of `locale` reads it. */
export function reasonIn(locale: Locale, reason: DocIssue | ImportMessage): string {
  return reasonText(translators[locale], reason);
}

export const english = (reason: DocIssue | ImportMessage) => reasonIn('en', reason);
