import type { GuideDoc } from '@/lib/doc/types';
import { outline } from '@/lib/doc/outline';
import { importMessage, type ImportMessage } from '@/lib/markdown/errors';

/** A link or image address as written in the file, with its line. */
export type Address = { kind: 'link' | 'image'; url: string; line: number | null };

// `https:`, `mailto:` … or `//host`: addresses that mean the same wherever the guide is. Which
// schemes a guide may use is decided elsewhere (lib/editor/url-policy.ts).
const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

function anchorTarget(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * Relative addresses that cannot resolve once the file is a guide: a path (`../a.md`,
 * `/en/page`, `image.png`) pointed next to the original page, which the upload did not bring;
 * `#place` resolves only to a heading or routine anchor of the guide itself.
 */
export function unresolvedAddresses(addresses: Address[], doc: GuideDoc): ImportMessage[] {
  const anchors = new Set(outline(doc).map((entry) => entry.id));
  const warnings: ImportMessage[] = [];
  for (const { kind, url, line } of addresses) {
    if (ABSOLUTE.test(url)) continue;
    if (kind === 'image') warnings.push(importMessage(line, 'import.unresolvedImage', { src: url }));
    else if (!url.startsWith('#')) warnings.push(importMessage(line, 'import.unresolvedLink', { href: url }));
    else if (!anchors.has(anchorTarget(url.slice(1))))
      warnings.push(importMessage(line, 'import.unresolvedAnchor', { href: url }));
  }
  return warnings;
}

const ADDRESS_KEYS = new Set<string>(['import.unresolvedLink', 'import.unresolvedAnchor', 'import.unresolvedImage']);

/** Whether a warning is about where an address points (not about reading the Markdown). */
export function isAddressWarning(warning: ImportMessage): boolean {
  return ADDRESS_KEYS.has(warning.key);
}
