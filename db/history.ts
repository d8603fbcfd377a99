import 'server-only';
import { and, desc, eq, gte, isNotNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from './index';
import { drafts, guides, revisions, users, type RevisionKind } from './schema';
import { recordAudit } from './store/audit';
import { loadDoc } from './store/documents';
import { draftDocColumns, readDraft } from './store/drafts';
import { appendRevision, storedDocColumns } from './store/revisions';
import { indexGuide } from './store/search-index';
import { assertCan, type Actor } from '@/lib/actor';
import { can } from '@/lib/permissions';
import { NotFoundError } from '@/lib/errors';
import { enforce, restoreRefusal } from '@/lib/policy';
import type { GuideDoc } from '@/lib/doc/types';
import type { DiffSummary } from '@/lib/diff';
import type { RevisionRef } from '@/lib/validation/params';

export const HISTORY_PAGE_SIZE = 50;

export type RevisionListItem = {
  id: number;
  kind: RevisionKind;
  version: number | null;
  name: string | null;
  note: string | null;
  authorId: number;
  authorName: string;
  createdAt: Date;
  summary: DiffSummary | null;
  /** What `summary` is against, for "compare with the one before": the same span. */
  summaryFrom: RevisionRef | null;
  restoredFrom: number | null;
};

/** `v3` for a published version, `r120` for any other revision. */
export function refOf(row: { id: number; version: number | null }): RevisionRef {
  return row.version !== null ? { kind: 'version', version: row.version } : { kind: 'revision', id: row.id };
}

/**
 * Newest first, a page at a time by keyset (`before` a revision id), so the 10,000th revision
 * comes as fast as the first. Readers see published versions only.
 */
export function listRevisions(
  actor: Actor | null,
  guideId: number,
  filter: { before?: number; authorId?: number; from?: Date; to?: Date } = {},
): { items: RevisionListItem[]; nextBefore: number | null } {
  assertCan(actor, 'guide.read');
  const where: SQL[] = [eq(revisions.guideId, guideId)];
  if (!can(actor.role, 'guide.compareAny')) where.push(isNotNull(revisions.version));
  if (filter.before) where.push(lt(revisions.id, filter.before));
  if (filter.authorId) where.push(eq(revisions.authorId, filter.authorId));
  if (filter.from) where.push(gte(revisions.createdAt, filter.from));
  if (filter.to) where.push(lte(revisions.createdAt, filter.to));
  const base = alias(revisions, 'summary_base');
  const rows = db()
    .select({
      id: revisions.id,
      kind: revisions.kind,
      version: revisions.version,
      name: revisions.name,
      note: revisions.note,
      authorId: revisions.authorId,
      authorName: users.name,
      createdAt: revisions.createdAt,
      summary: revisions.summary,
      baseId: base.id,
      baseVersion: base.version,
      restoredFrom: revisions.restoredFrom,
    })
    .from(revisions)
    .innerJoin(users, eq(users.id, revisions.authorId))
    .leftJoin(base, eq(base.id, revisions.summaryFrom))
    .where(and(...where))
    .orderBy(desc(revisions.id))
    .limit(HISTORY_PAGE_SIZE + 1)
    .all();
  const items = rows.slice(0, HISTORY_PAGE_SIZE).map(({ baseId, baseVersion, ...r }) => ({
    ...r,
    summary: r.summary as DiffSummary | null,
    summaryFrom: baseId === null ? null : refOf({ id: baseId, version: baseVersion }),
  }));
  return { items, nextBefore: rows.length > HISTORY_PAGE_SIZE ? items[items.length - 1].id : null };
}

/** People who wrote revisions of a guide, for the history filter. */
export function revisionAuthors(actor: Actor | null, guideId: number): { id: number; name: string }[] {
  assertCan(actor, 'guide.read');
  const published = can(actor.role, 'guide.compareAny') ? sql`1` : sql`${revisions.version} IS NOT NULL`;
  return db()
    .selectDistinct({ id: users.id, name: users.name })
    .from(revisions)
    .innerJoin(users, eq(users.id, revisions.authorId))
    .where(and(eq(revisions.guideId, guideId), published))
    .orderBy(users.name)
    .all();
}

export type ResolvedRevision = {
  ref: RevisionRef;
  id: number | null;
  version: number | null;
  /** `v3`, `r120` or `draft`, as the URL and the audit log name it; people see lib/revision-label.ts. */
  label: string;
  kind: RevisionKind | 'draft';
  name: string | null;
  doc: GuideDoc;
  createdAt: Date;
  authorName: string;
};

/**
 * The content behind `v3`, `r120` or `draft`. Readers may open published versions only; the
 * draft needs draft access.
 */
export function resolveRevision(actor: Actor | null, guideId: number, ref: RevisionRef): ResolvedRevision {
  assertCan(actor, 'guide.read');
  if (ref.kind === 'draft') {
    assertCan(actor, 'guide.readDraft');
    const draft = readDraft(db(), guideId);
    if (!draft) throw new NotFoundError('guide');
    return {
      ref,
      id: null,
      version: null,
      label: 'draft',
      kind: 'draft',
      name: null,
      doc: draft.doc,
      createdAt: draft.updatedAt,
      authorName: draft.updatedByName,
    };
  }
  const row = db()
    .select({
      id: revisions.id,
      version: revisions.version,
      kind: revisions.kind,
      ...storedDocColumns,
      createdAt: revisions.createdAt,
      authorName: users.name,
      name: revisions.name,
    })
    .from(revisions)
    .innerJoin(users, eq(users.id, revisions.authorId))
    .where(
      and(
        eq(revisions.guideId, guideId),
        ref.kind === 'version' ? eq(revisions.version, ref.version) : eq(revisions.id, ref.id),
      ),
    )
    .get();
  if (!row) throw new NotFoundError(ref.kind === 'version' ? 'version' : 'revision');
  if (row.version === null) assertCan(actor, 'guide.compareAny');
  return {
    ref,
    id: row.id,
    version: row.version,
    label: row.version ? `v${row.version}` : `r${row.id}`,
    kind: row.kind,
    name: row.name,
    doc: loadDoc(db(), row),
    createdAt: row.createdAt,
    authorName: row.authorName,
  };
}

/**
 * The revision just before another (by id): for "compare with previous", or with `publishedOnly`
 * the published version that was current when it was written. Readers only ever get published ones.
 */
export function revisionBefore(
  actor: Actor | null,
  guideId: number,
  revisionId: number,
  options: { publishedOnly?: boolean } = {},
): RevisionRef | null {
  assertCan(actor, 'guide.read');
  const onlyPublished = options.publishedOnly || !can(actor.role, 'guide.compareAny');
  const row = db()
    .select({ id: revisions.id, version: revisions.version })
    .from(revisions)
    .where(
      and(
        eq(revisions.guideId, guideId),
        lt(revisions.id, revisionId),
        onlyPublished ? isNotNull(revisions.version) : sql`1`,
      ),
    )
    .orderBy(desc(revisions.id))
    .limit(1)
    .get();
  if (!row) return null;
  return refOf(row);
}

/** "Save version": a named checkpoint of the current draft. */
export function saveNamedVersion(actor: Actor | null, guideId: number, name: string): { id: number } {
  assertCan(actor, 'guide.edit');
  return db().transaction((tx) => {
    const draft = readDraft(tx, guideId);
    if (!draft) throw new NotFoundError('guide');
    const id = appendRevision(tx, { guideId, kind: 'named', authorId: actor.id, doc: draft.doc, name });
    return { id };
  });
}

/**
 * Makes an earlier revision the draft's content again, as a forward edit: the current draft is kept
 * as a checkpoint first, and the restore itself is a revision that names its source.
 */
export function restoreRevision(
  actor: Actor | null,
  guideId: number,
  ref: RevisionRef,
): { draftVersion: number; source: Omit<ResolvedRevision, 'doc'> } {
  assertCan(actor, 'guide.edit');
  const source = resolveRevision(actor, guideId, ref);
  // The draft is not a revision to go back to.
  if (source.id === null) throw new NotFoundError('revision');
  enforce(restoreRefusal(actor, source));
  return db().transaction((tx) => {
    const guide = tx.select({ title: guides.title }).from(guides).where(eq(guides.id, guideId)).get();
    const draft = readDraft(tx, guideId);
    if (!guide || !draft) throw new NotFoundError('guide');
    appendRevision(tx, { guideId, kind: 'checkpoint', authorId: actor.id, doc: draft.doc, name: null });
    appendRevision(tx, { guideId, kind: 'restore', authorId: actor.id, doc: source.doc, restoredFrom: source.id });
    const draftVersion = draft.version + 1;
    tx.update(drafts)
      .set({ version: draftVersion, ...draftDocColumns(source.doc), updatedBy: actor.id, updatedAt: new Date() })
      .where(eq(drafts.guideId, guideId))
      .run();
    indexGuide(tx, guideId, 'draft', source.doc, guide.title);
    recordAudit({ actorId: actor.id, action: 'guide.restored', detail: { guideId, from: source.label } }, tx);
    const { doc: _doc, ...described } = source;
    return { draftVersion, source: described };
  });
}
