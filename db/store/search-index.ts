import { sql } from 'drizzle-orm';
import type { Tx } from './tx';
import type { GuideDoc } from '@/lib/doc/types';
import { searchSections } from '@/lib/search/sections';

export type SearchScope = 'published' | 'draft';

/** Replaces a guide's rows for one scope; runs inside the transaction that changed the content. */
export function indexGuide(tx: Tx, guideId: number, scope: SearchScope, doc: GuideDoc, title: string): void {
  tx.run(sql`DELETE FROM search_index WHERE guide_id = ${guideId} AND scope = ${scope}`);
  for (const s of searchSections(doc, title))
    tx.run(
      sql`INSERT INTO search_index (guide_id, scope, anchor, title, body) VALUES (${guideId}, ${scope}, ${s.anchor}, ${s.title}, ${s.body})`,
    );
}
