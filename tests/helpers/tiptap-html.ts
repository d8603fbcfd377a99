import { generateHTML } from '@tiptap/html/server';
import { prepareForRender, renderExtensions, type RenderLabels } from '@/lib/render/html';
import type { GuideDoc } from '@/lib/doc/types';

/**
 * The renderer the app used before lib/render/html.ts built strings itself: tiptap's generateHTML
 * on a happy-dom document, with the same prepared document and schema. Kept as the reference the
 * fast renderer must match.
 */
export function tiptapGuideHtml(doc: GuideDoc, labels: RenderLabels, owners?: Map<string, string>): string {
  return generateHTML(prepareForRender(doc), renderExtensions(labels, owners));
}
