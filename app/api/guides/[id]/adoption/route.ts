import { route } from '@/lib/server/route';
import { getGuide, getPublished } from '@/db/guides';
import { adoption } from '@/db/reading';
import { idParam } from '@/lib/validation/params';
import { NotFoundError } from '@/lib/errors';
import { toCsv } from '@/lib/csv';

type Context = RouteContext<'/api/guides/[id]/adoption'>;

/** Who has confirmed which version, as CSV for a spreadsheet. */
export const GET = route('guide.adoption', async (actor, _request, { params }: Context) => {
  const id = idParam((await params).id);
  if (!id) throw new NotFoundError('guide');
  const guide = getGuide(actor, id);
  const current = getPublished(actor, guide.id)?.version ?? null;
  const { rows } = adoption(actor, guide.id, current);
  const csv = toCsv([
    [
      'name',
      'email',
      'role',
      'confirmed_version',
      'confirmed_at',
      'current_version',
      'versions_behind',
      'last_opened_version',
      'last_opened_at',
    ],
    ...rows.map((r) => [
      r.name,
      r.email,
      r.role,
      r.confirmedVersion,
      r.confirmedAt?.toISOString() ?? null,
      current,
      r.behind,
      r.lastOpenedVersion,
      r.lastOpenedAt?.toISOString() ?? null,
    ]),
  ]);
  return new Response(`\uFEFF${csv}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="adoption-guide-${guide.id}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
});
