import fs from 'node:fs';
import path from 'node:path';
import type { Messages as AppMessages, MessageKeys, NestedKeyOf } from 'next-intl';
import type { Locale } from './locale';

/** Any catalogue tree, for code that walks one (the catalogue tests). */
export type Messages = { [key: string]: string | Messages };

/** Every key of one namespace, as `t` of that namespace takes it: MessageKey<'errors'> = 'signedOut' | … */
export type MessageKey<Namespace extends keyof AppMessages> = MessageKeys<
  AppMessages[Namespace],
  NestedKeyOf<AppMessages[Namespace]>
>;

/**
 * Each feature keeps its strings in messages/<locale>/<namespace>.json; the file name is the
 * namespace. Read once per process. Typed as the English files (i18n/types.d.ts); that Norwegian
 * has the same keys is checked by tests/unit/messages.test.ts.
 */
const loaded = new Map<Locale, AppMessages>();
export function loadMessages(locale: Locale): AppMessages {
  let messages = loaded.get(locale);
  if (!messages) {
    const dir = path.join(process.cwd(), 'messages', locale);
    const read: Record<string, unknown> = {};
    for (const file of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      read[file.slice(0, -'.json'.length)] = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    }
    // Files read at run time; tests/unit/messages.test.ts checks they have the English files' keys.
    messages = read as AppMessages;
    loaded.set(locale, messages);
  }
  return messages;
}

/** The catalogues that client components use; only these are sent to the browser. */
export const CLIENT_NAMESPACES = [
  'common',
  'errors',
  'auth',
  'account',
  'people',
  'editor',
  'newGuide',
  'history',
  'reading',
  'compare',
  'diff',
] as const satisfies readonly (keyof AppMessages)[];
