import 'server-only';
import { and, eq, gt, isNotNull } from 'drizzle-orm';
import { db } from './index';
import { drafts, guides, revisions, users } from './schema';
import { recordAudit } from './store/audit';
import { loadDocs, type StoredDoc } from './store/documents';
import { draftDoc, draftDocColumns, readDraft, type Draft } from './store/drafts';
import { publishRevisionDoc } from './store/publish';
import { appendRevision, latestPublished, publishedHeads, publishedVersion, storedDocColumns } from './store/revisions';
import { indexGuide } from './store/search-index';
import type { Reader } from './store/tx';
import { assertCan, type Actor } from '@/lib/actor';
import { can } from '@/lib/permissions';
import { NotFoundError, UserError } from '@/lib/errors';
import { enforce, publishDraftRefusal } from '@/lib/policy';
import type { FrontMatter, GuideDoc } from '@/lib/doc/types';

export type { Draft };

export const CHECKPOINT_INTERVAL_MS = 10 * 60 * 1000;

export type GuideSummary = {
  id: number;
  title: string;
  language: 'nb' | 'en';
  publishedVersion: number | null;
  publishedAt: Date | null;
  draftUpdatedAt: Date | null;
};

/** Readers see guides that have a published version; editors and reviewers see all. One statement. */
export function listGuides(actor: Actor | null): GuideSummary[] {
  assertCan(actor, 'guide.read');
  const seeDrafts = can(actor.role, 'guide.readDraft');
  const heads = publishedHeads(db());
  return db()
    .select({
      id: guides.id,
      title: guides.title,
      language: guides.language,
      publishedVersion: revisions.version,
      publishedAt: revisions.createdAt,
      draftUpdatedAt: drafts.updatedAt,
    })
    .from(guides)
    .leftJoin(drafts, eq(drafts.guideId, guides.id))
    .leftJoin(heads, eq(heads.guideId, guides.id))
    .leftJoin(revisions, and(eq(revisions.guideId, guides.id), eq(revisions.version, heads.version)))
    .where(seeDrafts ? undefined : isNotNull(heads.version))
    .orderBy(guides.title)
    .all()
    .map((r) => ({ ...r, draftUpdatedAt: seeDrafts ? r.draftUpdatedAt : null }));
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
      .values({ guideId: guide.id, version: 1, ...draftDocColumns(input.doc), updatedBy: actor.id })
      .run();
    appendRevision(tx, { guideId: guide.id, kind: 'created', authorId: actor.id, doc: input.doc });
    indexGuide(tx, guide.id, 'draft', input.doc, input.title);
    recordAudit({ actorId: actor.id, action: 'guide.created', detail: { guideId: guide.id, title: input.title } }, tx);
    return guide;
  });
}

export function getDraft(actor: Actor | null, guideId: number): Draft {
  assertCan(actor, 'guide.readDraft');
  const draft = readDraft(db(), guideId);
  if (!draft) throw new NotFoundError('guide');
  return draft;
}

/** A newer draft a save ran into; `byYou` when the caller saved it (in another window or tab). */
export type DraftConflict = Omit<Draft, 'updatedById'> & { byYou: boolean };
export type SaveResult = { ok: true; version: number; savedAt: Date } | { ok: false; conflict: DraftConflict };

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
    if (current.version !== baseVersion) {
      const { updatedById, ...newer } = current;
      return { ok: false, conflict: { ...newer, byYou: updatedById === actor.id } };
    }
    const savedAt = new Date();
    tx.update(drafts)
      .set({ version: baseVersion + 1, ...draftDocColumns(doc), updatedBy: actor.id, updatedAt: savedAt })
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
    enforce(publishDraftRefusal(actor, { required: guide.requiredApprovals }), { count: guide.requiredApprovals });
    const draft = readDraft(tx, guideId)!;
    if (draft.version !== baseVersion) throw new UserError('draftChanged');
    return publishRevisionDoc(tx, actor, guideId, draft.doc, note);
  });
}

// Revisions never change, so a published one is read and parsed once per process; callers treat
// the document as read-only. Those not cached are read together, in two statements.
const publishedDocs = new Map<number, GuideDoc>();
function revisionDocs(tx: Reader, wanted: (StoredDoc & { revisionId: number })[]): GuideDoc[] {
  const missing = wanted.filter((w) => !publishedDocs.has(w.revisionId));
  const loaded = loadDocs(tx, missing);
  const docs = new Map(missing.map((w, i) => [w.revisionId, loaded[i]]));
  for (const w of wanted) docs.set(w.revisionId, docs.get(w.revisionId) ?? publishedDocs.get(w.revisionId)!);
  for (const [revisionId, doc] of docs) {
    publishedDocs.delete(revisionId);
    if (publishedDocs.size >= 16) publishedDocs.delete(publishedDocs.keys().next().value!);
    publishedDocs.set(revisionId, doc);
  }
  return wanted.map((w) => docs.get(w.revisionId)!);
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
  const row = version ? publishedVersion(db(), guideId, version) : latestPublished(db(), guideId);
  if (!row || row.version === null) {
    if (version) throw new NotFoundError('version');
    return null;
  }
  return {
    revisionId: row.id,
    version: row.version,
    doc: revisionDocs(db(), [{ revisionId: row.id, ...row }])[0],
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

/** Published content of every guide, for the owners overview: three statements, however many guides. */
export function allPublished(
  actor: Actor | null,
): { guideId: number; title: string; version: number; doc: GuideDoc }[] {
  assertCan(actor, 'guide.read');
  const heads = publishedHeads(db());
  const rows = db()
    .select({
      guideId: guides.id,
      title: guides.title,
      revisionId: revisions.id,
      version: heads.version,
      ...storedDocColumns,
    })
    .from(guides)
    .innerJoin(heads, eq(heads.guideId, guides.id))
    .innerJoin(revisions, and(eq(revisions.guideId, guides.id), eq(revisions.version, heads.version)))
    .orderBy(guides.title)
    .all();
  const docs = revisionDocs(db(), rows);
  return rows.map((r, i) => ({ guideId: r.guideId, title: r.title, version: r.version!, doc: docs[i] }));
}

/** Every guide's draft, for the ambassador's overview of routines due for review. */
export function allDrafts(actor: Actor | null): { guideId: number; title: string; doc: GuideDoc }[] {
  assertCan(actor, 'guide.edit');
  return db()
    .select({ guideId: drafts.guideId, title: guides.title, doc: drafts.doc, schemaVersion: drafts.schemaVersion })
    .from(drafts)
    .innerJoin(guides, eq(guides.id, drafts.guideId))
    .orderBy(guides.title)
    .all()
    .map((r) => ({ guideId: r.guideId, title: r.title, doc: draftDoc(r) }));
}
