import fs from 'node:fs';
import path from 'node:path';

/**
 * What a message key, or next-intl's fallback for a missing one ("namespace.key"), looks like on
 * screen: dotted camelCase words whose first word is a catalogue namespace or the first part of a
 * stored audit action or notification kind ("review.requested", "user.added", "signin.success").
 * Addresses and file names ("anne@example.com", "guide.md") start with other words.
 */
const namespaces = fs
  .readdirSync(path.join(process.cwd(), 'messages', 'en'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length));
const firstWords = [...namespaces, 'setup', 'signin', 'user', 'kind', 'actions'];
const keyLike = new RegExp(`(?<![\\w@/.-])(?:${firstWords.join('|')})(?:\\.[A-Za-z][A-Za-z0-9]*)+(?![\\w@/-])`, 'g');

const fileName = /\.(md|markdown|json|csv|html?|txt|pdf|docx?)$/;

/** The message-key-looking words in a text, each once. */
export function messageKeysIn(text: string): string[] {
  return [...new Set(text.match(keyLike) ?? [])].filter((word) => !fileName.test(word));
}
