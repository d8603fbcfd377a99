import 'server-only';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from './index';
import {
  drafts,
  guides,
  revisions,
  reviewComments,
  reviewDecisions,
  reviewRequests,
  users,
  type ReviewDecision,
  type ReviewStatus,
} from './schema';
import { recordAudit } from './store/audit';
import { loadDoc } from './store/documents';
import { readDraft } from './store/drafts';
import { notify } from './store/notify';
import { publishRevisionDoc } from './store/publish';
import { appendRevision, storedDocColumns } from './store/revisions';
import type { Reader } from './store/tx';
import { assertCan, type Actor } from '@/lib/actor';
import { NotFoundError, UserError } from '@/lib/errors';
import type { GuideDoc } from '@/lib/doc/types';
import { approvalsOf, latestDecisionBy, type Policy } from '@/lib/review/approvals';
import {
  canDecide,
  countsAsApprover,
  decideRefusal,
  enforce,
  publishRequestRefusal,
  withdrawRefusal,
} from '@/lib/policy';

const policyColumns = { required: guides.requiredApprovals, approverIds: guides.approverIds };

function policyOf(row: { required: number; approverIds: number[] | null }): Policy {
  return { required: row.required, approverIds: row.approverIds ?? null };
}

function reviewPolicy(tx: Reader, guideId: number): Policy {
  const row = tx.select(policyColumns).from(guides).where(eq(guides.id, guideId)).get();
  if (!row) throw new NotFoundError('guide');
  return policyOf(row);
}

export function getReviewPolicy(actor: Actor | null, guideId: number): Policy {
  assertCan(actor, 'guide.read');
  return reviewPolicy(db(), guideId);
}

/** People whose approval can count under `policy` (see countsAsApprover); they are told of new requests. */
function eligibleReviewers(tx: Reader, policy: Policy): { id: number; name: string; role: Actor['role'] }[] {
  const active = tx
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(eq(users.active, true))
    .orderBy(asc(users.name))
    .all();
  return active.filter((u) => countsAsApprover({ ...u, active: true }, policy));
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
      // A name given twice would count once but raise the number the policy can ask for.
      if (new Set(policy.approverIds).size !== policy.approverIds.length) throw new UserError('duplicateReviewer');
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
    .select({ id: reviewRequests.id, revisionId: reviewRequests.revisionId, draftVersion: reviewRequests.draftVersion })
    .from(reviewRequests)
    .where(and(eq(reviewRequests.guideId, guideId), eq(reviewRequests.status, 'open')))
    .get();
}

/** The guide's open review request, with the draft version it froze; null when none is open. */
export function openRequest(actor: Actor | null, guideId: number): { id: number; draftVersion: number } | null {
  assertCan(actor, 'review.read');
  const open = openRequestOf(db(), guideId);
  return open ? { id: open.id, draftVersion: open.draftVersion } : null;
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
    if (!draft) throw new NotFoundError('guide');
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
  if (!request) throw new NotFoundError('review');
  return request;
}

export function withdrawRequest(actor: Actor | null, requestId: number): void {
  assertCan(actor, 'review.submit');
  db().transaction((tx) => {
    const request = loadRequest(tx, requestId);
    enforce(withdrawRefusal(actor, request));
    tx.update(reviewRequests)
      .set({ status: 'withdrawn', closedAt: new Date(), closedBy: actor.id })
      .where(eq(reviewRequests.id, requestId))
      .run();
    // Everyone the request asked or who took part in it, so no one reviews a closed request.
    const commenters = tx
      .select({ id: reviewComments.authorId })
      .from(reviewComments)
      .where(eq(reviewComments.requestId, requestId))
      .all();
    notify(
      tx,
      [
        ...eligibleReviewers(tx, reviewPolicy(tx, request.guideId)).map((u) => u.id),
        ...decisionsOf(tx, requestId).map((d) => d.reviewerId),
        ...commenters.map((c) => c.id),
      ],
      { kind: 'review.withdrawn', guideId: request.guideId, requestId, actorId: actor.id },
    );
    recordAudit({ actorId: actor.id, action: 'review.withdrawn', detail: { guideId: request.guideId, requestId } }, tx);
  });
}

/**
 * Approve or ask for changes, as decideRefusal allows (never one's own submission; only counting
 * approvers; not the same decision twice on the same revision).
 */
export function decide(actor: Actor | null, requestId: number, decision: ReviewDecision): void {
  assertCan(actor, 'review.approve');
  db().transaction((tx) => {
    const request = loadRequest(tx, requestId);
    const latestOwn = latestDecisionBy(decisionsOf(tx, requestId), actor.id, request.revisionId)?.decision ?? null;
    enforce(decideRefusal(actor, request, reviewPolicy(tx, request.guideId), { wanted: decision, latestOwn }), {
      decision,
    });
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
  if (changed.changes === 0) throw new NotFoundError('comment');
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
    const policy = reviewPolicy(tx, request.guideId);
    const state = approvalsOf(
      decisionsOf(tx, requestId),
      request.revisionId,
      policy,
      eligibleReviewers(tx, policy).map((u) => u.id),
    );
    enforce(publishRequestRefusal(actor, request, state), { have: state.approvals, need: state.required });
    const revision = tx.select(storedDocColumns).from(revisions).where(eq(revisions.id, request.revisionId)).get()!;
    const result = publishRevisionDoc(tx, actor, request.guideId, loadDoc(tx, revision), note);
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
  /** The guide's review policy, for asking lib/policy what this actor may do here. */
  policy: Policy;
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

/** Everything the request page shows, read in one transaction: six statements, whatever the request holds. */
export function getRequest(actor: Actor | null, requestId: number): RequestDetail {
  assertCan(actor, 'review.read');
  return db().transaction((tx) => {
    const previous = alias(reviewRequests, 'previous_request');
    const row = tx
      .select({
        request: reviewRequests,
        guideTitle: guides.title,
        ...policyColumns,
        submittedByName: users.name,
        stored: storedDocColumns,
        previousRevisionId: previous.revisionId,
        currentDraftVersion: drafts.version,
      })
      .from(reviewRequests)
      .innerJoin(guides, eq(guides.id, reviewRequests.guideId))
      .innerJoin(users, eq(users.id, reviewRequests.submittedBy))
      .innerJoin(revisions, eq(revisions.id, reviewRequests.revisionId))
      .leftJoin(previous, eq(previous.id, reviewRequests.previousRequestId))
      .leftJoin(drafts, eq(drafts.guideId, reviewRequests.guideId))
      .where(eq(reviewRequests.id, requestId))
      .get();
    if (!row) throw new NotFoundError('review');
    const { request } = row;
    const policy = policyOf(row);
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
      guideTitle: row.guideTitle,
      revisionId: request.revisionId,
      previousRevisionId: row.previousRevisionId ?? null,
      status: request.status,
      summary: request.summary,
      submittedBy: request.submittedBy,
      submittedByName: row.submittedByName,
      submittedAt: request.submittedAt,
      draftChangedSinceSubmitted: (row.currentDraftVersion ?? request.draftVersion) !== request.draftVersion,
      doc: loadDoc(tx, row.stored),
      decisions,
      ...state,
      policy,
      comments,
    };
  });
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

const requestListColumns = {
  id: reviewRequests.id,
  guideId: reviewRequests.guideId,
  guideTitle: guides.title,
  status: reviewRequests.status,
  summary: reviewRequests.summary,
  submittedByName: users.name,
  submittedAt: reviewRequests.submittedAt,
};

/** Requests of one guide, or the open ones everywhere. */
export function listRequests(actor: Actor | null, filter: { guideId?: number; openOnly?: boolean }): RequestListItem[] {
  assertCan(actor, 'review.read');
  const where = [
    filter.guideId ? eq(reviewRequests.guideId, filter.guideId) : undefined,
    filter.openOnly ? eq(reviewRequests.status, 'open') : undefined,
  ].filter(Boolean);
  return db()
    .select(requestListColumns)
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

/**
 * Open requests this person may decide on and has not decided on yet: of the newest hundred open
 * ones, like the list of all open requests. One statement.
 */
export function awaitingReview(actor: Actor | null): RequestListItem[] {
  assertCan(actor, 'review.approve');
  const decidedByActor = sql<number>`exists (select 1 from ${reviewDecisions} where ${reviewDecisions.requestId} = ${reviewRequests.id} and ${reviewDecisions.reviewerId} = ${actor.id})`;
  return db()
    .select({
      ...requestListColumns,
      submittedBy: reviewRequests.submittedBy,
      ...policyColumns,
      decidedByActor,
    })
    .from(reviewRequests)
    .innerJoin(guides, eq(guides.id, reviewRequests.guideId))
    .innerJoin(users, eq(users.id, reviewRequests.submittedBy))
    .where(eq(reviewRequests.status, 'open'))
    .orderBy(desc(reviewRequests.id))
    .limit(100)
    .all()
    .filter((r) => !r.decidedByActor && canDecide(actor, { status: 'open', submittedBy: r.submittedBy }, policyOf(r)))
    .map(({ submittedBy: _s, required: _r, approverIds: _a, decidedByActor: _d, ...item }) => item);
}
