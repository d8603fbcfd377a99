import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from './locale';

export type Messages = { [key: string]: string | Messages };

/**
 * Each feature keeps its strings in messages/<locale>/<namespace>.json; the file name is the
 * namespace. Read once per process.
 */
const loaded = new Map<Locale, Messages>();
export function loadMessages(locale: Locale): Messages {
  let messages = loaded.get(locale);
  if (!messages) {
    const dir = path.join(process.cwd(), 'messages', locale);
    messages = {};
    for (const file of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      messages[file.slice(0, -'.json'.length)] = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Messages;
    }
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
];
