import { route } from '@/lib/server/route';
import { getDraft, getGuide, getPublished } from '@/db/guides';
import { exportMarkdown } from '@/lib/markdown';
import { exportFrontMatter } from '@/lib/guide-import';
import { idParam } from '@/lib/validation/params';
import { NotFoundError } from '@/lib/errors';
import type { GuideDoc } from '@/lib/doc/types';

type Context = RouteContext<'/api/guides/[id]/export'>;

/** `?version=N` (a published version; default the current one) or `?version=draft`, as Markdown. */
export const GET = route('guide.read', async (actor, request, { params }: Context) => {
  const id = idParam((await params).id);
  if (!id) throw new NotFoundError('guide');
  const guide = getGuide(actor, id);
  const wanted = new URL(request.url).searchParams.get('version');
  let doc: GuideDoc;
  let label: string;
  if (wanted === 'draft') {
    // Refused with ForbiddenError (403) for those who may not see drafts.
    doc = getDraft(actor, guide.id).doc;
    label = 'draft';
  } else {
    const version = wanted === null ? undefined : idParam(wanted);
    if (version === null) throw new NotFoundError('version');
    const published = version === undefined ? getPublished(actor, guide.id) : getPublished(actor, guide.id, version);
    if (!published) throw new NotFoundError('version');
    doc = published.doc;
    label = `v${published.version}`;
  }
  const titled: GuideDoc = {
    ...doc,
    content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: guide.title }] }, ...doc.content],
  };
  const markdown = exportMarkdown({ frontMatter: exportFrontMatter(guide.frontMatter, guide), doc: titled });
  const slug =
    guide.title
      .normalize('NFKD')
      .replace(/[^\w]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'guide';
  return new Response(markdown, {
    headers: {
      'Content-Type': 'text/markdown; charset=utf-8',
      'Content-Disposition': `attachment; filename="${slug}-${label}.md"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
