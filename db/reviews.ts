import 'server-only';
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from './index';
import {
  guides,
  revisions,
  reviewComments,
  reviewDecisions,
  reviewRequests,
  users,
  type ReviewDecision,
  type ReviewStatus,
} from './schema';
import { recordAudit } from './audit';
import { notify } from './notifications';
import { appendRevision, publishRevisionDoc, readDraft } from './guides';
import { loadDoc } from './revision-store';
import { assertCan, type Actor } from '@/lib/actor';
import { ForbiddenError, UserError } from '@/lib/errors';
import type { GuideDoc } from '@/lib/doc/types';
import { approvalsOf, type Policy } from '@/lib/review/approvals';

type Tx = Parameters<Parameters<ReturnType<typeof db>['transaction']>[0]>[0];
type Reader = Pick<Tx, 'select'>;

export function reviewPolicy(tx: Reader, guideId: number): Policy {
  const row = tx
    .select({ required: guides.requiredApprovals, approverIds: guides.approverIds })
    .from(guides)
    .where(eq(guides.id, guideId))
    .get();
  if (!row) throw new UserError('guideNotFound');
  return { required: row.required, approverIds: row.approverIds ?? null };
}

export function getReviewPolicy(actor: Actor | null, guideId: number): Policy {
  assertCan(actor, 'guide.read');
  return reviewPolicy(db(), guideId);
}

/** People whose approval can count: the named approvers, or every active reviewer and ambassador. */
export function eligibleReviewers(tx: Reader, policy: Policy): { id: number; name: string; role: Actor['role'] }[] {
  const active = tx
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(eq(users.active, true))
    .orderBy(asc(users.name))
    .all();
  return active.filter((u) => (policy.approverIds ? policy.approverIds.includes(u.id) : u.role !== 'reader'));
}

export function listReviewerCandidates(actor: Actor | null) {
  assertCan(actor, 'review.settings');
  return eligibleReviewers(db(), { required: 1, approverIds: null });
}

export function setReviewPolicy(actor: Actor | null, guideId: number, policy: Policy): void {
  assertCan(actor, 'review.settings');
  db().transaction((tx) => {
    reviewPolicy(tx, guideId);
    if (policy.approverIds) {
      const candidates = new Set(eligibleReviewers(tx, { required: 1, approverIds: null }).map((u) => u.id));
      if (policy.approverIds.some((id) => !candidates.has(id))) throw new UserError('invalidReviewer');
      if (policy.required > policy.approverIds.length)
        throw new UserError('tooFewReviewers', { count: policy.approverIds.length });
    }
    tx.update(guides)
      .set({ requiredApprovals: policy.required, approverIds: policy.approverIds })
      .where(eq(guides.id, guideId))
      .run();
    recordAudit({ actorId: actor.id, action: 'review.policyChanged', detail: { guideId, ...policy } }, tx);
  });
}

function openRequestOf(tx: Reader, guideId: number) {
  return tx
    .select({ id: reviewRequests.id, revisionId: reviewRequests.revisionId })
    .from(reviewRequests)
    .where(and(eq(reviewRequests.guideId, guideId), eq(reviewRequests.status, 'open')))
    .get();
}

/** Freezes the draft as it is (`baseVersion`) into a revision and asks for review of exactly that. */
export function submitForReview(
  actor: Actor | null,
  guideId: number,
  baseVersion: number,
  summary: string,
): { id: number } {
  assertCan(actor, 'review.submit');
  return db().transaction((tx) => {
    const draft = readDraft(tx, guideId);
    if (!draft) throw new UserError('guideNotFound');
    if (draft.version !== baseVersion) throw new UserError('draftChanged');
    const previous = tx
      .select({ id: reviewRequests.id })
      .from(reviewRequests)
      .where(eq(reviewRequests.guideId, guideId))
      .orderBy(desc(reviewRequests.id))
      .limit(1)
      .get();
    const open = openRequestOf(tx, guideId);
    if (open)
      tx.update(reviewRequests)
        .set({ status: 'superseded', closedAt: new Date(), closedBy: actor.id })
        .where(eq(reviewRequests.id, open.id))
        .run();
    const revisionId = appendRevision(tx, {
      guideId,
      kind: 'submitted',
      authorId: actor.id,
      doc: draft.doc,
      note: summary,
    });
    const [row] = tx
      .insert(reviewRequests)
      .values({
        guideId,
        revisionId,
        draftVersion: draft.version,
        previousRequestId: previous?.id ?? null,
        summary,
        submittedBy: actor.id,
      })
      .returning({ id: reviewRequests.id })
      .all();
    notify(
      tx,
      eligibleReviewers(tx, reviewPolicy(tx, guideId)).map((u) => u.id),
      { kind: 'review.requested', guideId, requestId: row.id, actorId: actor.id },
    );
    recordAudit(
      { actorId: actor.id, action: 'review.submitted', detail: { guideId, requestId: row.id, revisionId } },
      tx,
    );
    return row;
  });
}

function loadRequest(tx: Reader, requestId: number) {
  const request = tx.select().from(reviewRequests).where(eq(reviewRequests.id, requestId)).get();
  if (!request) throw new UserError('reviewNotFound');
  return request;
}

function assertOpen(request: { status: ReviewStatus }) {
  if (request.status !== 'open') throw new UserError('reviewClosed');
}

export function withdrawRequest(actor: Actor | null, requestId: number): void {
  assertCan(actor, 'review.submit');
  db().transaction((tx) => {
    const request = loadRequest(tx, requestId);
    assertOpen(request);
    tx.update(reviewRequests)
      .set({ status: 'withdrawn', closedAt: new Date(), closedBy: actor.id })
      .where(eq(reviewRequests.id, requestId))
      .run();
    recordAudit({ actorId: actor.id, action: 'review.withdrawn', detail: { guideId: request.guideId, requestId } }, tx);
  });
}

/** Approve or ask for changes. Never on one's own submission; with named approvers, only by them. */
export function decide(actor: Actor | null, requestId: number, decision: ReviewDecision): void {
  assertCan(actor, 'review.approve');
  db().transaction((tx) => {
    const request = loadRequest(tx, requestId);
    assertOpen(request);
    if (request.submittedBy === actor.id) throw new ForbiddenError('own submission');
    const policy = reviewPolicy(tx, request.guideId);
    if (!eligibleReviewers(tx, policy).some((u) => u.id === actor.id)) throw new ForbiddenError('not an approver');
    tx.insert(reviewDecisions)
      .values({ requestId, revisionId: request.revisionId, reviewerId: actor.id, decision })
      .run();
    notify(tx, [request.submittedBy], {
      kind: decision === 'approved' ? 'review.approved' : 'review.changesRequested',
      guideId: request.guideId,
      requestId,
      actorId: actor.id,
    });
    recordAudit(
      {
        actorId: actor.id,
        action: decision === 'approved' ? 'review.approved' : 'review.changesRequested',
        detail: { guideId: request.guideId, requestId, revisionId: request.revisionId },
      },
      tx,
    );
  });
}

export function addComment(actor: Actor | null, requestId: number, anchor: string | null, body: string): void {
  assertCan(actor, 'review.comment');
  db().transaction((tx) => {
    const request = loadRequest(tx, requestId);
    tx.insert(reviewComments).values({ requestId, authorId: actor.id, anchor, body }).run();
    const participants = tx
      .select({ id: reviewComments.authorId })
      .from(reviewComments)
      .where(eq(reviewComments.requestId, requestId))
      .all()
      .map((r) => r.id);
    notify(tx, [request.submittedBy, ...participants], {
      kind: 'review.commented',
      guideId: request.guideId,
      requestId,
      actorId: actor.id,
    });
  });
}

export function resolveComment(actor: Actor | null, requestId: number, commentId: number): void {
  assertCan(actor, 'review.comment');
  const changed = db()
    .update(reviewComments)
    .set({ resolvedAt: new Date(), resolvedBy: actor.id })
    .where(
      and(eq(reviewComments.id, commentId), eq(reviewComments.requestId, requestId), isNull(reviewComments.resolvedAt)),
    )
    .run();
  if (changed.changes === 0) throw new UserError('commentNotFound');
}

function decisionsOf(tx: Reader, requestId: number) {
  return tx
    .select({
      reviewerId: reviewDecisions.reviewerId,
      reviewerName: users.name,
      decision: reviewDecisions.decision,
      revisionId: reviewDecisions.revisionId,
      at: reviewDecisions.at,
    })
    .from(reviewDecisions)
    .innerJoin(users, eq(users.id, reviewDecisions.reviewerId))
    .where(eq(reviewDecisions.requestId, requestId))
    .orderBy(asc(reviewDecisions.id))
    .all();
}

/**
 * Publishes exactly the revision that was approved, once enough eligible reviewers' latest
 * decision on it is "approved". The draft is left as it is.
 */
export function publishApproved(actor: Actor | null, requestId: number, note: string): { version: number } {
  assertCan(actor, 'guide.publish');
  return db().transaction((tx) => {
    const request = loadRequest(tx, requestId);
    assertOpen(request);
    const policy = reviewPolicy(tx, request.guideId);
    const state = approvalsOf(
      decisionsOf(tx, requestId),
      request.revisionId,
      policy,
      eligibleReviewers(tx, policy).map((u) => u.id),
    );
    if (!state.met) throw new UserError('notEnoughApprovals', { have: state.approvals, need: state.required });
    const revision = tx
      .select({ listIds: revisions.listIds })
      .from(revisions)
      .where(eq(revisions.id, request.revisionId))
      .get()!;
    const result = publishRevisionDoc(tx, actor, request.guideId, loadDoc(tx, revision.listIds), note);
    tx.update(reviewRequests)
      .set({ status: 'published', closedAt: new Date(), closedBy: actor.id })
      .where(eq(reviewRequests.id, requestId))
      .run();
    notify(tx, [request.submittedBy, ...decisionsOf(tx, requestId).map((d) => d.reviewerId)], {
      kind: 'review.published',
      guideId: request.guideId,
      requestId,
      actorId: actor.id,
    });
    recordAudit(
      {
        actorId: actor.id,
        action: 'review.publishedApproved',
        detail: { guideId: request.guideId, requestId, revisionId: request.revisionId, version: result.version },
      },
      tx,
    );
    return result;
  });
}

export type RequestDetail = {
  id: number;
  guideId: number;
  guideTitle: string;
  revisionId: number;
  previousRevisionId: number | null;
  status: ReviewStatus;
  summary: string;
  submittedBy: number;
  submittedByName: string;
  submittedAt: Date;
  draftChangedSinceSubmitted: boolean;
  doc: GuideDoc;
  decisions: ReturnType<typeof decisionsOf>;
  approvals: number;
  required: number;
  met: boolean;
  eligibleIds: number[];
  comments: {
    id: number;
    authorName: string;
    anchor: string | null;
    body: string;
    createdAt: Date;
    resolvedAt: Date | null;
    resolvedByName: string | null;
  }[];
};

export function getRequest(actor: Actor | null, requestId: number): RequestDetail {
  assertCan(actor, 'review.read');
  const tx = db();
  const request = loadRequest(tx, requestId);
  const guide = tx.select({ title: guides.title }).from(guides).where(eq(guides.id, request.guideId)).get()!;
  const submitter = tx.select({ name: users.name }).from(users).where(eq(users.id, request.submittedBy)).get()!;
  const revision = tx
    .select({ listIds: revisions.listIds })
    .from(revisions)
    .where(eq(revisions.id, request.revisionId))
    .get()!;
  const previous = request.previousRequestId
    ? tx
        .select({ revisionId: reviewRequests.revisionId })
        .from(reviewRequests)
        .where(eq(reviewRequests.id, request.previousRequestId))
        .get()
    : undefined;
  const policy = reviewPolicy(tx, request.guideId);
  const eligibleIds = eligibleReviewers(tx, policy).map((u) => u.id);
  const decisions = decisionsOf(tx, requestId);
  const state = approvalsOf(decisions, request.revisionId, policy, eligibleIds);
  const resolver = alias(users, 'resolver');
  const comments = tx
    .select({
      id: reviewComments.id,
      authorName: users.name,
      anchor: reviewComments.anchor,
      body: reviewComments.body,
      createdAt: reviewComments.createdAt,
      resolvedAt: reviewComments.resolvedAt,
      resolvedByName: resolver.name,
    })
    .from(reviewComments)
    .innerJoin(users, eq(users.id, reviewComments.authorId))
    .leftJoin(resolver, eq(resolver.id, reviewComments.resolvedBy))
    .where(eq(reviewComments.requestId, requestId))
    .orderBy(asc(reviewComments.id))
    .all();
  return {
    id: request.id,
    guideId: request.guideId,
    guideTitle: guide.title,
    revisionId: request.revisionId,
    previousRevisionId: previous?.revisionId ?? null,
    status: request.status,
    summary: request.summary,
    submittedBy: request.submittedBy,
    submittedByName: submitter.name,
    submittedAt: request.submittedAt,
    draftChangedSinceSubmitted:
      (readDraft(tx, request.guideId)?.version ?? request.draftVersion) !== request.draftVersion,
    doc: loadDoc(tx, revision.listIds),
    decisions,
    ...state,
    eligibleIds,
    comments,
  };
}

export type RequestListItem = {
  id: number;
  guideId: number;
  guideTitle: string;
  status: ReviewStatus;
  summary: string;
  submittedByName: string;
  submittedAt: Date;
};

/** Requests of one guide, or the open ones everywhere (what awaits a reviewer). */
export function listRequests(actor: Actor | null, filter: { guideId?: number; openOnly?: boolean }): RequestListItem[] {
  assertCan(actor, 'review.read');
  const where = [
    filter.guideId ? eq(reviewRequests.guideId, filter.guideId) : undefined,
    filter.openOnly ? eq(reviewRequests.status, 'open') : undefined,
  ].filter(Boolean);
  return db()
    .select({
      id: reviewRequests.id,
      guideId: reviewRequests.guideId,
      guideTitle: guides.title,
      status: reviewRequests.status,
      summary: reviewRequests.summary,
      submittedByName: users.name,
      submittedAt: reviewRequests.submittedAt,
    })
    .from(reviewRequests)
    .innerJoin(guides, eq(guides.id, reviewRequests.guideId))
    .innerJoin(users, eq(users.id, reviewRequests.submittedBy))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(reviewRequests.id))
    .limit(100)
    .all();
}

/** Decisions on all of a guide's review requests, newest first, for its history page. */
export function reviewEvents(actor: Actor | null, guideId: number) {
  assertCan(actor, 'review.read');
  return db()
    .select({
      requestId: reviewDecisions.requestId,
      revisionId: reviewDecisions.revisionId,
      reviewerName: users.name,
      decision: reviewDecisions.decision,
      at: reviewDecisions.at,
    })
    .from(reviewDecisions)
    .innerJoin(reviewRequests, eq(reviewRequests.id, reviewDecisions.requestId))
    .innerJoin(users, eq(users.id, reviewDecisions.reviewerId))
    .where(eq(reviewRequests.guideId, guideId))
    .orderBy(desc(reviewDecisions.id))
    .all();
}

/** Open requests this person may decide on and has not decided on yet. */
export function awaitingReview(actor: Actor | null): RequestListItem[] {
  assertCan(actor, 'review.approve');
  return listRequests(actor, { openOnly: true }).filter((r) => {
    const request = loadRequest(db(), r.id);
    if (request.submittedBy === actor.id) return false;
    if (!eligibleReviewers(db(), reviewPolicy(db(), r.guideId)).some((u) => u.id === actor.id)) return false;
    return !decisionsOf(db(), r.id).some((d) => d.reviewerId === actor.id);
  });
}
