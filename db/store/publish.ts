import { eq } from 'drizzle-orm';
import { guides } from '../schema';
import { recordAudit } from './audit';
import { loadDoc } from './documents';
import { appendRevision, latestPublished } from './revisions';
import { indexGuide } from './search-index';
import type { Tx } from './tx';
import type { Actor } from '@/lib/actor';
import { UserError } from '@/lib/errors';
import { canonicalJson } from '@/lib/diff/canonical';
import type { GuideDoc } from '@/lib/doc/types';

/**
 * The next published version with this content, inside a publishing transaction: from the draft
 * (db/guides.ts) or from an approved review request (db/reviews.ts). The caller has checked that
 * the actor may publish.
 */
export function publishRevisionDoc(
  tx: Tx,
  actor: Actor,
  guideId: number,
  doc: GuideDoc,
  note: string,
): { version: number } {
  const guide = tx.select({ title: guides.title }).from(guides).where(eq(guides.id, guideId)).get()!;
  const last = latestPublished(tx, guideId);
  if (last && canonicalJson(loadDoc(tx, last)) === canonicalJson(doc))
    throw new UserError('nothingToPublish', { version: last.version ?? 0 });
  const version = (last?.version ?? 0) + 1;
  appendRevision(tx, { guideId, kind: 'published', authorId: actor.id, doc, version, note });
  indexGuide(tx, guideId, 'published', doc, guide.title);
  recordAudit({ actorId: actor.id, action: 'guide.published', detail: { guideId, version, note } }, tx);
  return { version };
}
