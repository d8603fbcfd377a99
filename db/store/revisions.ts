import { and, desc, eq, isNotNull, isNull, max, sql } from 'drizzle-orm';
import { revisions, users, type RevisionKind } from '../schema';
import { loadDoc, storeDoc } from './documents';
import type { Reader, Tx } from './tx';
import { diffDocs } from '@/lib/diff';
import { CURRENT_DOC_VERSION } from '@/lib/doc/schema-version';
import type { GuideDoc } from '@/lib/doc/types';

/** The columns of a revision that lead to its document (see loadDoc). */
export const storedDocColumns = { listIds: revisions.listIds, schemaVersion: revisions.schemaVersion };

/**
 * What a new revision of this kind is summarised against: a published version against the
 * previous published version (what readers had, and what the guide's "changed since" notice and
 * Compare use), any other revision against the revision just before it.
 */
function summaryBase(tx: Reader, guideId: number, published: boolean) {
  return tx
    .select({ id: revisions.id, ...storedDocColumns })
    .from(revisions)
    .where(and(eq(revisions.guideId, guideId), published ? isNotNull(revisions.version) : sql`1`))
    .orderBy(desc(revisions.id))
    .limit(1)
    .get();
}

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
  const base = summaryBase(tx, input.guideId, input.version !== undefined);
  const summary = base ? diffDocs(loadDoc(tx, base), input.doc).summary : null;
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
      summaryFrom: base?.id ?? null,
      restoredFrom: input.restoredFrom ?? null,
    })
    .returning({ id: revisions.id })
    .all();
  return row.id;
}

/**
 * Summaries emptied by migration 0008 (published versions once summarised against the revision
 * submitted for review), computed again against the base the migration recorded. Runs when the
 * database is opened; finds nothing to do after the first time.
 */
export function fillMissingSummaries(tx: Tx): number {
  const pending = tx
    .select({ id: revisions.id, summaryFrom: revisions.summaryFrom, ...storedDocColumns })
    .from(revisions)
    .where(and(isNull(revisions.summary), isNotNull(revisions.summaryFrom)))
    .all();
  for (const row of pending) {
    const base = tx.select(storedDocColumns).from(revisions).where(eq(revisions.id, row.summaryFrom!)).get();
    if (!base) continue;
    const { summary } = diffDocs(loadDoc(tx, base), loadDoc(tx, row));
    tx.update(revisions)
      .set({ summary: summary as Record<string, unknown> })
      .where(eq(revisions.id, row.id))
      .run();
  }
  return pending.length;
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
