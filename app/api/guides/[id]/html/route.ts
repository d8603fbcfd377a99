import { route } from '@/lib/server/route';
import { getGuide, getPublished, ownerNames } from '@/db/guides';
import { publishedHtml } from '@/lib/server/guide-html';
import { idParam } from '@/lib/validation/params';
import { NotFoundError } from '@/lib/errors';

type Context = RouteContext<'/api/guides/[id]/html'>;

/** The rendered HTML of a published version (`?version=N`), for the reader page after client-side navigation. */
export const GET = route('guide.read', async (actor, request, { params }: Context) => {
  const id = idParam((await params).id);
  if (!id) throw new NotFoundError('guide');
  const guide = getGuide(actor, id);
  const version = idParam(new URL(request.url).searchParams.get('version'));
  if (!version) throw new NotFoundError('version');
  const published = getPublished(actor, guide.id, version);
  const { html } = await publishedHtml(actor, guide.id, published, guide.language, ownerNames(actor));
  return new Response(html, {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-cache' },
  });
});
