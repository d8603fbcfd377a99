import 'server-only';
import { createHash } from 'node:crypto';
import { getTranslations } from 'next-intl/server';
import { RENDERER_VERSION, renderGuideHtml } from '@/lib/render/html';
import { datesFor } from '@/lib/dates';
import { islandStore } from '@/lib/html-islands';
import { renderOnce } from '@/lib/server/render-cache';
import { CURRENT_DOC_VERSION } from '@/lib/doc/schema-version';
import type { Actor } from '@/lib/actor';
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

// The last few published versions' HTML stays in this process too, for <GuideContentIsland>.
const CACHE_LIMIT = 32;

/**
 * The HTML of a published version and the key under which <GuideContentIsland> finds it. Published
 * versions never change, so the HTML is rendered once (render-cache.ts); the key includes the
 * language and the owners' current names, the only inputs besides the document.
 */
export async function publishedHtml(
  actor: Actor,
  guideId: number,
  published: { revisionId: number; doc: GuideDoc },
  language: 'nb' | 'en',
  owners: Map<string, string>,
): Promise<{ key: string; html: string }> {
  const cache = islandStore();
  const variant = `${language}-${createHash('sha1')
    .update(JSON.stringify([...owners]))
    .digest('base64url')}`;
  const key = `${published.revisionId}-${CURRENT_DOC_VERSION}-${RENDERER_VERSION}-${variant}`;
  let html = cache.get(key);
  if (html === undefined) {
    html = await renderOnce(
      actor,
      guideId,
      { revisionId: published.revisionId, docVersion: CURRENT_DOC_VERSION, rendererVersion: RENDERER_VERSION, variant },
      () => guideHtml(published.doc, language, owners),
    );
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, html);
  }
  return { key, html };
}

/** The HTML of any document (a draft, a preview), rendered each time. */
export async function guideHtml(doc: GuideDoc, language: 'nb' | 'en', owners: Map<string, string>): Promise<string> {
  return renderGuideHtml(doc, await contentLabels(language), owners);
}
