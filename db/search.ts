import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from './index';
import type { SearchScope } from './store/search-index';
import { assertCan, type Actor } from '@/lib/actor';
import { can } from '@/lib/permissions';
import { ftsQuery, HIGHLIGHT_END, HIGHLIGHT_START } from '@/lib/search/sections';

export type SearchHit = {
  guideId: number;
  guideTitle: string;
  scope: SearchScope;
  anchor: string;
  title: string;
  snippet: string;
};

/**
 * Ranked hits (bm25, titles weighted up) in published guides; ambassadors and reviewers may include
 * drafts. The snippet marks matches with control characters that the page turns into <mark>.
 */
export function searchGuides(
  actor: Actor | null,
  query: string,
  options: { includeDrafts?: boolean } = {},
): SearchHit[] {
  assertCan(actor, 'guide.read');
  const match = ftsQuery(query);
  if (!match) return [];
  const drafts = options.includeDrafts && can(actor.role, 'guide.readDraft');
  return db().all<SearchHit>(sql`
    SELECT s.guide_id AS guideId, g.title AS guideTitle, s.scope AS scope, s.anchor AS anchor, s.title AS title,
           snippet(search_index, 4, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}, '…', 16) AS snippet
    FROM search_index s JOIN guides g ON g.id = s.guide_id
    WHERE search_index MATCH ${match} AND (s.scope = 'published' OR ${drafts ? 1 : 0})
    ORDER BY bm25(search_index, 0, 0, 0, 4.0, 1.0)
    LIMIT 50`);
}
