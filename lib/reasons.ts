import type { Reason } from '@/lib/errors';

/**
 * A translator over the whole catalogue (keys with their namespace): next-intl's `t` from
 * getTranslations() on the server, or createTranslator() with loadMessages() in the CLI and tests.
 */
export type Translate<K extends string> = (key: K, values?: Record<string, string | number>) => string;

/**
 * A validator or import reason in the reader's language. One that names a line of an imported file
 * starts with it: "Line 12: …" / "Linje 12: …".
 */
export function reasonText<K extends string>(
  t: Translate<K | 'import.atLine'>,
  reason: Reason<K> & { line?: number | null },
): string {
  const text = t(reason.key, reason.values);
  return reason.line === undefined || reason.line === null ? text : t('import.atLine', { line: reason.line, text });
}
