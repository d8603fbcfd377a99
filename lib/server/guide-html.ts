import 'server-only';
import { createHash } from 'node:crypto';
import { getTranslations } from 'next-intl/server';
import { renderGuideHtml } from '@/lib/render/html';
import { datesFor } from '@/lib/dates';
import { islandStore } from '@/lib/html-islands';
import type { GuideDoc } from '@/lib/doc/types';
import { CALLOUT_KINDS, type CalloutKind } from '@/lib/doc/types';

/** Labels inside the guide follow the guide's own language, not the reader's menu language. */
async function contentLabels(language: 'nb' | 'en') {
  const t = await getTranslations({ locale: language, namespace: 'guide' });
  return {
    what: t('what'),
    owner: t('owner'),
    reviewBy: t('reviewBy'),
    calloutLabels: Object.fromEntries(CALLOUT_KINDS.map((k) => [k, t(`callout.${k}`)])) as Record<CalloutKind, string>,
    // A calendar date needs no time zone (lib/dates.ts reads it as UTC).
    formatDate: datesFor(language, 'UTC').date,
  };
}

// Published versions never change, so their HTML is rendered once per process. The key includes
// the owners' current names, which are the only outside input.
const CACHE_LIMIT = 32;

/** The HTML of a published version and the key under which <GuideContentIsland> finds it. */
export async function publishedHtml(
  doc: GuideDoc,
  language: 'nb' | 'en',
  owners: Map<string, string>,
  revisionId: number,
): Promise<{ key: string; html: string }> {
  const cache = islandStore();
  const ownersKey = createHash('sha1')
    .update(JSON.stringify([...owners]))
    .digest('base64url');
  const key = `${revisionId}-${language}-${ownersKey}`;
  let html = cache.get(key);
  if (html === undefined) {
    html = await guideHtml(doc, language, owners);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, html);
  }
  return { key, html };
}

/** The HTML of any document (a draft, a preview), rendered each time. */
export async function guideHtml(doc: GuideDoc, language: 'nb' | 'en', owners: Map<string, string>): Promise<string> {
  return renderGuideHtml(doc, await contentLabels(language), owners);
}
