'use server';
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { formAction } from '@/lib/server/action';
import type { MessageKey } from '@/lib/messages';
import {
  addComment,
  decide,
  publishApproved,
  resolveComment,
  setReviewPolicy,
  submitForReview,
  withdrawRequest,
} from '@/db/reviews';
import { markRead } from '@/db/notifications';
import { REVIEW_DECISIONS } from '@/db/schema';

const id = (message: string) =>
  z.coerce.number({ error: message }).int(message).positive(message).max(Number.MAX_SAFE_INTEGER, message);
const guideId = id('guideNotFound');
const requestId = id('reviewNotFound');
const text = (max: number, required: string) =>
  z.string({ error: required }).trim().min(1, required).max(max, 'tooLong');
const done = async (key: MessageKey<'review'>, values?: Record<string, string | number>) => ({
  ok: true,
  message: (await getTranslations('review'))(key, values),
});

export const setReviewPolicyAction = formAction(
  'review.settings',
  z.object({
    guideId,
    required: z.enum(['on']).optional(),
    approvals: z.coerce.number({ error: 'invalid' }).int('invalid').min(1, 'invalid').max(10, 'invalid'),
    approverIds: z.union([id('invalidReviewer'), z.array(id('invalidReviewer')).max(100, 'tooLong')]).optional(),
  }),
  async (actor, input) => {
    const approverIds = input.approverIds === undefined ? null : [input.approverIds].flat();
    setReviewPolicy(actor, input.guideId, {
      required: input.required ? input.approvals : 0,
      approverIds: approverIds?.length ? approverIds : null,
    });
    revalidatePath(`/guides/${input.guideId}/review`);
    return done('settingsSaved');
  },
);

export const submitForReviewAction = formAction(
  'review.submit',
  z.object({ guideId, baseVersion: id('draftChanged'), summary: text(2000, 'required') }),
  async (actor, input) => {
    submitForReview(actor, input.guideId, input.baseVersion, input.summary);
    revalidatePath('/', 'layout');
    return done('submitted');
  },
);

export const withdrawAction = formAction('review.submit', z.object({ requestId }), async (actor, input) => {
  withdrawRequest(actor, input.requestId);
  revalidatePath('/', 'layout');
  return done('withdrawn');
});

export const decideAction = formAction(
  'review.approve',
  z.object({ requestId, decision: z.enum(REVIEW_DECISIONS, { error: 'invalid' }) }),
  async (actor, input) => {
    decide(actor, input.requestId, input.decision);
    revalidatePath('/', 'layout');
    return done('decided');
  },
);

export const commentAction = formAction(
  'review.comment',
  z.object({
    requestId,
    anchor: z.union([z.literal(''), z.string().regex(/^b:\d{1,6}$/, 'invalidAnchor')]).optional(),
    body: text(5000, 'required'),
  }),
  async (actor, input) => {
    addComment(actor, input.requestId, input.anchor || null, input.body);
    revalidatePath(`/reviews/${input.requestId}`);
    return done('commentAdded');
  },
);

export const resolveCommentAction = formAction(
  'review.comment',
  z.object({ commentId: id('commentNotFound'), requestId }),
  async (actor, input) => {
    resolveComment(actor, input.requestId, input.commentId);
    revalidatePath(`/reviews/${input.requestId}`);
    return { ok: true };
  },
);

export const publishApprovedAction = formAction(
  'guide.publish',
  z.object({ requestId, note: text(2000, 'noteRequired') }),
  async (actor, input) => {
    const { version } = publishApproved(actor, input.requestId, input.note);
    revalidatePath('/', 'layout');
    return done('published', { version });
  },
);

export const markNotificationsReadAction = formAction('account.self', z.object({}), async (actor) => {
  markRead(actor);
  revalidatePath('/', 'layout');
  return { ok: true };
});
