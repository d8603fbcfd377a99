import type account from '@/messages/en/account.json';
import type audit from '@/messages/en/audit.json';
import type auth from '@/messages/en/auth.json';
import type common from '@/messages/en/common.json';
import type compare from '@/messages/en/compare.json';
import type diff from '@/messages/en/diff.json';
import type document from '@/messages/en/document.json';
import type editor from '@/messages/en/editor.json';
import type errors from '@/messages/en/errors.json';
import type guide from '@/messages/en/guide.json';
import type history from '@/messages/en/history.json';
import type home from '@/messages/en/home.json';
import type importMessages from '@/messages/en/import.json';
import type newGuide from '@/messages/en/newGuide.json';
import type notifications from '@/messages/en/notifications.json';
import type owners from '@/messages/en/owners.json';
import type people from '@/messages/en/people.json';
import type reading from '@/messages/en/reading.json';
import type review from '@/messages/en/review.json';
import type search from '@/messages/en/search.json';
import type { Locale as AppLocale } from '@/lib/locale';

/**
 * The shape of the catalogues, from the English files (lib/messages.ts merges one file per
 * namespace; tests/unit/messages.test.ts checks that Norwegian has the same keys). With it, the
 * compiler checks every `t('key')`, `useTranslations('namespace')` and `getTranslations(...)`.
 */
type AppMessages = {
  account: typeof account;
  audit: typeof audit;
  auth: typeof auth;
  common: typeof common;
  compare: typeof compare;
  diff: typeof diff;
  document: typeof document;
  editor: typeof editor;
  errors: typeof errors;
  guide: typeof guide;
  history: typeof history;
  home: typeof home;
  import: typeof importMessages;
  newGuide: typeof newGuide;
  notifications: typeof notifications;
  owners: typeof owners;
  people: typeof people;
  reading: typeof reading;
  review: typeof review;
  search: typeof search;
};

declare module 'next-intl' {
  interface AppConfig {
    Locale: AppLocale;
    Messages: AppMessages;
  }
}
