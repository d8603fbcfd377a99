import 'server-only';
import { and, desc, eq, gt, isNotNull } from 'drizzle-orm';
import { db } from './index';
import { drafts, guides, revisions, users, type RevisionKind } from './schema';
import { recordAudit } from './audit';
import { indexGuide } from './search';
import { loadDoc, storeDoc } from './revision-store';
import { assertCan, type Actor } from '@/lib/actor';
import { can } from '@/lib/permissions';
import { NotFoundError, UserError } from '@/lib/errors';
import { diffDocs } from '@/lib/diff';
import { canonicalJson } from '@/lib/diff/canonical';
import type { FrontMatter, GuideDoc } from '@/lib/doc/types';

type Tx = Parameters<Parameters<ReturnType<typeof db>['transaction']>[0]>[0];

export const CHECKPOINT_INTERVAL_MS = 10 * 60 * 1000;

export type GuideSummary = {
  id: number;
  title: string;
  language: 'nb' | 'en';
  publishedVersion: number | null;
  publishedAt: Date | null;
  draftUpdatedAt: Date | null;
};

function latestPublished(tx: Pick<Tx, 'select'>, guideId: number) {
  return tx
    .select({
      id: revisions.id,
      version: revisions.version,
      listIds: revisions.listIds,
      createdAt: revisions.createdAt,
      note: revisions.note,
      authorName: users.name,
    })
    .from(revisions)
    .innerJoin(users, eq(users.id, revisions.authorId))
    .where(and(eq(revisions.guideId, guideId), isNotNull(revisions.version)))
    .orderBy(desc(revisions.version))
    .limit(1)
    .get();
}

/** Readers see guides that have a published version; editors and reviewers see all. */
export function listGuides(actor: Actor | null): GuideSummary[] {
  assertCan(actor, 'guide.read');
  const seeDrafts = can(actor.role, 'guide.readDraft');
  const rows = db()
    .select({ id: guides.id, title: guides.title, language: guides.language, draftUpdatedAt: drafts.updatedAt })
    .from(guides)
    .leftJoin(drafts, eq(drafts.guideId, guides.id))
    .orderBy(guides.title)
    .all();
  return rows
    .map((r) => {
      const published = latestPublished(db(), r.id);
      return {
        ...r,
        publishedVersion: published?.version ?? null,
        publishedAt: published?.createdAt ?? null,
        draftUpdatedAt: seeDrafts ? r.draftUpdatedAt : null,
      };
    })
    .filter((r) => seeDrafts || r.publishedVersion !== null);
}

export function getGuide(actor: Actor | null, guideId: number) {
  assertCan(actor, 'guide.read');
  const guide = db()
    .select({ id: guides.id, title: guides.title, language: guides.language, frontMatter: guides.frontMatter })
    .from(guides)
    .where(eq(guides.id, guideId))
    .get();
  if (!guide) throw new NotFoundError('guide');
  // A reader may not know that a guide exists before it is published.
  if (!can(actor.role, 'guide.readDraft') && !latestPublished(db(), guideId)) throw new NotFoundError('guide');
  return guide;
}

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
    .select({ listIds: revisions.listIds })
    .from(revisions)
    .where(eq(revisions.guideId, input.guideId))
    .orderBy(desc(revisions.id))
    .limit(1)
    .get();
  const summary = previous ? diffDocs(loadDoc(tx, previous.listIds), input.doc).summary : null;
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
      summary: summary as Record<string, unknown> | null,
      restoredFrom: input.restoredFrom ?? null,
    })
    .returning({ id: revisions.id })
    .all();
  return row.id;
}

export function createGuide(
  actor: Actor | null,
  input: { title: string; language: 'nb' | 'en'; frontMatter: FrontMatter; doc: GuideDoc },
): { id: number } {
  assertCan(actor, 'guide.edit');
  return db().transaction((tx) => {
    const [guide] = tx
      .insert(guides)
      .values({ title: input.title, language: input.language, frontMatter: input.frontMatter, createdBy: actor.id })
      .returning({ id: guides.id })
      .all();
    tx.insert(drafts)
      .values({ guideId: guide.id, version: 1, doc: JSON.stringify(input.doc), updatedBy: actor.id })
      .run();
    appendRevision(tx, { guideId: guide.id, kind: 'created', authorId: actor.id, doc: input.doc });
    indexGuide(tx, guide.id, 'draft', input.doc, input.title);
    recordAudit({ actorId: actor.id, action: 'guide.created', detail: { guideId: guide.id, title: input.title } }, tx);
    return guide;
  });
}

export type Draft = { version: number; doc: GuideDoc; updatedAt: Date; updatedByName: string };

export function readDraft(tx: Pick<Tx, 'select'>, guideId: number): Draft | null {
  const row = tx
    .select({ version: drafts.version, doc: drafts.doc, updatedAt: drafts.updatedAt, updatedByName: users.name })
    .from(drafts)
    .innerJoin(users, eq(users.id, drafts.updatedBy))
    .where(eq(drafts.guideId, guideId))
    .get();
  return row ? { ...row, doc: JSON.parse(row.doc) as GuideDoc } : null;
}

export function getDraft(actor: Actor | null, guideId: number): Draft {
  assertCan(actor, 'guide.readDraft');
  const draft = readDraft(db(), guideId);
  if (!draft) throw new NotFoundError('guide');
  return draft;
}

export type SaveResult = { ok: true; version: number; savedAt: Date } | { ok: false; conflict: Draft };

/**
 * Saves the draft if nobody saved since `baseVersion`; otherwise returns the newer draft and
 * changes nothing. While someone edits, a checkpoint revision is kept at most every 10 minutes
 * per author.
 */
export function saveDraft(actor: Actor | null, guideId: number, baseVersion: number, doc: GuideDoc): SaveResult {
  assertCan(actor, 'guide.edit');
  return db().transaction((tx) => {
    const guide = tx.select({ title: guides.title }).from(guides).where(eq(guides.id, guideId)).get();
    if (!guide) throw new NotFoundError('guide');
    const current = readDraft(tx, guideId)!;
    if (current.version !== baseVersion) return { ok: false, conflict: current };
    const savedAt = new Date();
    tx.update(drafts)
      .set({ version: baseVersion + 1, doc: JSON.stringify(doc), updatedBy: actor.id, updatedAt: savedAt })
      .where(eq(drafts.guideId, guideId))
      .run();
    const recent = tx
      .select({ id: revisions.id })
      .from(revisions)
      .where(
        and(
          eq(revisions.guideId, guideId),
          eq(revisions.authorId, actor.id),
          gt(revisions.createdAt, new Date(savedAt.getTime() - CHECKPOINT_INTERVAL_MS)),
        ),
      )
      .limit(1)
      .get();
    if (!recent) appendRevision(tx, { guideId, kind: 'checkpoint', authorId: actor.id, doc });
    indexGuide(tx, guideId, 'draft', doc, guide.title);
    return { ok: true, version: baseVersion + 1, savedAt };
  });
}

/**
 * Publishes the draft exactly as the ambassador saw it (`baseVersion`) as the next version. Refused
 * for a guide that requires approval: there, only an approved review request can be published.
 */
export function publishDraft(
  actor: Actor | null,
  guideId: number,
  baseVersion: number,
  note: string,
): { version: number } {
  assertCan(actor, 'guide.publish');
  return db().transaction((tx) => {
    const guide = tx
      .select({ requiredApprovals: guides.requiredApprovals })
      .from(guides)
      .where(eq(guides.id, guideId))
      .get();
    if (!guide) throw new NotFoundError('guide');
    if (guide.requiredApprovals > 0) throw new UserError('approvalRequired', { count: guide.requiredApprovals });
    const draft = readDraft(tx, guideId)!;
    if (draft.version !== baseVersion) throw new UserError('draftChanged');
    return publishRevisionDoc(tx, actor, guideId, draft.doc, note);
  });
}

/** The next published version with this content; for use inside a publishing transaction (db/ only). */
export function publishRevisionDoc(
  tx: Tx,
  actor: Actor,
  guideId: number,
  doc: GuideDoc,
  note: string,
): { version: number } {
  const guide = tx.select({ title: guides.title }).from(guides).where(eq(guides.id, guideId)).get()!;
  const last = latestPublished(tx, guideId);
  if (last && canonicalJson(loadDoc(tx, last.listIds)) === canonicalJson(doc))
    throw new UserError('nothingToPublish', { version: last.version ?? 0 });
  const version = (last?.version ?? 0) + 1;
  appendRevision(tx, { guideId, kind: 'published', authorId: actor.id, doc, version, note });
  indexGuide(tx, guideId, 'published', doc, guide.title);
  recordAudit({ actorId: actor.id, action: 'guide.published', detail: { guideId, version, note } }, tx);
  return { version };
}

// Revisions never change, so a published one is read and parsed once per process; callers treat
// the document as read-only.
const publishedDocs = new Map<number, GuideDoc>();
function revisionDoc(revisionId: number, listIds: number[]): GuideDoc {
  let doc = publishedDocs.get(revisionId);
  if (!doc) {
    doc = loadDoc(db(), listIds);
    if (publishedDocs.size >= 16) publishedDocs.delete(publishedDocs.keys().next().value!);
    publishedDocs.set(revisionId, doc);
  }
  return doc;
}

export type Published = {
  revisionId: number;
  version: number;
  doc: GuideDoc;
  publishedAt: Date;
  authorName: string;
  note: string | null;
};

/**
 * The current published version (null while there is none), or a given one (NotFoundError when it
 * does not exist). Never the draft.
 */
export function getPublished(actor: Actor | null, guideId: number): Published | null;
export function getPublished(actor: Actor | null, guideId: number, version: number): Published;
export function getPublished(actor: Actor | null, guideId: number, version?: number): Published | null {
  assertCan(actor, 'guide.read');
  const row = version
    ? db()
        .select({
          id: revisions.id,
          version: revisions.version,
          listIds: revisions.listIds,
          createdAt: revisions.createdAt,
          note: revisions.note,
          authorName: users.name,
        })
        .from(revisions)
        .innerJoin(users, eq(users.id, revisions.authorId))
        .where(and(eq(revisions.guideId, guideId), eq(revisions.version, version)))
        .get()
    : latestPublished(db(), guideId);
  if (!row || row.version === null) {
    if (version) throw new NotFoundError('version');
    return null;
  }
  return {
    revisionId: row.id,
    version: row.version,
    doc: revisionDoc(row.id, row.listIds),
    publishedAt: row.createdAt,
    authorName: row.authorName,
    note: row.note,
  };
}

/** E-mail -> current name of every active user, so routines show owners as they are called now. */
export function ownerNames(actor: Actor | null): Map<string, string> {
  assertCan(actor, 'guide.read');
  return new Map(
    db()
      .select({ email: users.email, name: users.name })
      .from(users)
      .where(eq(users.active, true))
      .all()
      .map((u) => [u.email, u.name]),
  );
}

/** Published content of every guide, for the owners overview. */
export function allPublished(
  actor: Actor | null,
): { guideId: number; title: string; version: number; doc: GuideDoc }[] {
  assertCan(actor, 'guide.read');
  return listGuides(actor)
    .filter((g) => g.publishedVersion !== null)
    .map((g) => {
      const p = getPublished(actor, g.id)!;
      return { guideId: g.id, title: g.title, version: p.version, doc: p.doc };
    });
}

/** Every guide's draft, for the ambassador's overview of routines due for review. */
export function allDrafts(actor: Actor | null): { guideId: number; title: string; doc: GuideDoc }[] {
  assertCan(actor, 'guide.edit');
  return db()
    .select({ guideId: drafts.guideId, title: guides.title, doc: drafts.doc })
    .from(drafts)
    .innerJoin(guides, eq(guides.id, drafts.guideId))
    .orderBy(guides.title)
    .all()
    .map((r) => ({ ...r, doc: JSON.parse(r.doc) as GuideDoc }));
}
