import { and, desc, eq, isNotNull, max } from 'drizzle-orm';
import { revisions, users, type RevisionKind } from '../schema';
import { loadDoc, storeDoc } from './documents';
import type { Reader, Tx } from './tx';
import { diffDocs } from '@/lib/diff';
import { CURRENT_DOC_VERSION } from '@/lib/doc/schema-version';
import type { GuideDoc } from '@/lib/doc/types';

/** The columns of a revision that lead to its document (see loadDoc). */
export const storedDocColumns = { listIds: revisions.listIds, schemaVersion: revisions.schemaVersion };

/** The one way a revision is written: history is append-only, and each one records what changed. */
export function appendRevision(
  tx: Tx,
  input: {
    guideId: number;
    kind: RevisionKind;
    authorId: number;
    doc: GuideDoc;
    version?: number;
    name?: string | null;
    note?: string | null;
    restoredFrom?: number | null;
  },
) {
  const previous = tx
    .select(storedDocColumns)
    .from(revisions)
    .where(eq(revisions.guideId, input.guideId))
    .orderBy(desc(revisions.id))
    .limit(1)
    .get();
  const summary = previous ? diffDocs(loadDoc(tx, previous), input.doc).summary : null;
  const [row] = tx
    .insert(revisions)
    .values({
      guideId: input.guideId,
      kind: input.kind,
      version: input.version ?? null,
      name: input.name ?? null,
      note: input.note ?? null,
      authorId: input.authorId,
      listIds: storeDoc(tx, input.doc),
      schemaVersion: CURRENT_DOC_VERSION,
      summary: summary as Record<string, unknown> | null,
      restoredFrom: input.restoredFrom ?? null,
    })
    .returning({ id: revisions.id })
    .all();
  return row.id;
}

const publishedColumns = {
  id: revisions.id,
  version: revisions.version,
  ...storedDocColumns,
  createdAt: revisions.createdAt,
  note: revisions.note,
  authorName: users.name,
};

/** A guide's current published revision, if it has one. */
export function latestPublished(tx: Reader, guideId: number) {
  return tx
    .select(publishedColumns)
    .from(revisions)
    .innerJoin(users, eq(users.id, revisions.authorId))
    .where(and(eq(revisions.guideId, guideId), isNotNull(revisions.version)))
    .orderBy(desc(revisions.version))
    .limit(1)
    .get();
}

/** One given published version of a guide. */
export function publishedVersion(tx: Reader, guideId: number, version: number) {
  return tx
    .select(publishedColumns)
    .from(revisions)
    .innerJoin(users, eq(users.id, revisions.authorId))
    .where(and(eq(revisions.guideId, guideId), eq(revisions.version, version)))
    .get();
}

/**
 * Each guide's highest published version, as a subquery: join it on `guideId`, then `revisions`
 * on (guide, version), to read every guide's current version in the same statement as the guides.
 */
export function publishedHeads(tx: Reader) {
  return tx
    .select({ guideId: revisions.guideId, version: max(revisions.version).as('head_version') })
    .from(revisions)
    .where(isNotNull(revisions.version))
    .groupBy(revisions.guideId)
    .as('published_heads');
}
