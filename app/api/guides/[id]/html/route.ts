import { json, route } from '@/lib/server/route';
import { getGuide, getPublished, ownerNames } from '@/db/guides';
import { publishedHtml } from '@/lib/server/guide-html';
import { idParam } from '@/lib/validation/params';

type Context = RouteContext<'/api/guides/[id]/html'>;

/** The rendered HTML of a published version (`?version=N`), for the reader page after client-side navigation. */
export const GET = route('guide.read', async (actor, request, { params }: Context) => {
  const id = idParam((await params).id);
  const guide = id ? getGuide(actor, id) : null;
  const version = idParam(new URL(request.url).searchParams.get('version'));
  const published = guide && version ? getPublished(actor, guide.id, version) : null;
  if (!guide || !published) return json({ error: 'notFound' }, 404);
  const { html } = await publishedHtml(published.doc, guide.language, ownerNames(actor), published.revisionId);
  return new Response(html, {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-cache' },
  });
});
