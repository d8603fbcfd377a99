import type { MessageKey } from './messages';

/** Every event the audit log records; db/schema.ts types the column with it. */
export const AUDIT_ACTIONS = [
  'setup.completed',
  'signin.success',
  'signin.failure',
  'signin.rateLimited',
  'signin.oneTimePasswordExpired',
  'user.added',
  'user.roleChanged',
  'user.deactivated',
  'user.reactivated',
  'user.passwordReset',
  'user.passwordChanged',
  'user.signInUnlocked',
  'guide.created',
  'guide.published',
  'guide.restored',
  'guide.readConfirmed',
  'review.policyChanged',
  'review.submitted',
  'review.withdrawn',
  'review.approved',
  'review.changesRequested',
  'review.publishedApproved',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One row of the log as the audit page reads it: names joined, details as stored. */
export type AuditRecord = {
  action: string;
  detail: Record<string, unknown> | null;
  actorName: string | null;
  targetName: string | null;
  guideTitle: string | null;
};

export type AuditSentence = {
  key: Extract<MessageKey<'audit'>, `actions.${string}`>;
  values: Record<string, string | number>;
};

type Parts = {
  actor: string;
  target: string;
  guide: string;
  /** A detail as text; `unknown` when the row lacks it. */
  text(name: string, fallback?: string): string;
  /** A numeric detail for `{version}` or `#{request}`; `unknown` when the row lacks it. */
  number(name: string): number | string;
  /** A count for a plural: the number, or the length of a list; 0 when the row lacks it. */
  count(name: string): number;
};

/**
 * The sentence for each action: its message (audit.json `actions`) and the values it needs, from
 * the stored details. Keyed by every action, so a new one without a sentence does not compile.
 */
const SENTENCES: { [A in AuditAction]: (p: Parts) => AuditSentence } = {
  'setup.completed': (p) => ({ key: 'actions.setupCompleted', values: { actor: p.actor } }),
  'signin.success': (p) => ({ key: 'actions.signinSuccess', values: { actor: p.actor, ip: p.text('ip') } }),
  'signin.failure': (p) => ({ key: 'actions.signinFailure', values: { target: p.target, ip: p.text('ip') } }),
  'signin.rateLimited': (p) => ({ key: 'actions.signinRateLimited', values: { target: p.target, ip: p.text('ip') } }),
  'signin.oneTimePasswordExpired': (p) => ({
    key: 'actions.signinOneTimePasswordExpired',
    values: { target: p.target, ip: p.text('ip') },
  }),
  'user.added': (p) => ({
    key: 'actions.userAdded',
    values: { actor: p.actor, target: p.target, role: p.text('role') },
  }),
  'user.roleChanged': (p) => ({
    key: 'actions.userRoleChanged',
    values: { actor: p.actor, target: p.target, from: p.text('from'), to: p.text('to') },
  }),
  'user.deactivated': (p) => ({ key: 'actions.userDeactivated', values: { actor: p.actor, target: p.target } }),
  'user.reactivated': (p) => ({ key: 'actions.userReactivated', values: { actor: p.actor, target: p.target } }),
  'user.passwordReset': (p) => ({ key: 'actions.userPasswordReset', values: { actor: p.actor, target: p.target } }),
  'user.passwordChanged': (p) => ({ key: 'actions.userPasswordChanged', values: { actor: p.actor } }),
  'user.signInUnlocked': (p) => ({ key: 'actions.userSignInUnlocked', values: { actor: p.actor, target: p.target } }),
  'guide.created': (p) => ({ key: 'actions.guideCreated', values: { actor: p.actor, guide: p.guide } }),
  'guide.published': (p) => {
    const note = p.text('note', '');
    return {
      key: 'actions.guidePublished',
      values: { actor: p.actor, guide: p.guide, version: p.number('version'), note, hasNote: note ? 'yes' : 'no' },
    };
  },
  'guide.restored': (p) => ({
    key: 'actions.guideRestored',
    values: { actor: p.actor, guide: p.guide, from: p.text('from') },
  }),
  'guide.readConfirmed': (p) => ({
    key: 'actions.guideReadConfirmed',
    values: { actor: p.actor, guide: p.guide, version: p.number('version') },
  }),
  'review.policyChanged': (p) => ({
    key: 'actions.reviewPolicyChanged',
    values: { actor: p.actor, guide: p.guide, required: p.count('required'), approvers: p.count('approverIds') },
  }),
  'review.submitted': (p) => ({
    key: 'actions.reviewSubmitted',
    values: { actor: p.actor, guide: p.guide, request: p.number('requestId') },
  }),
  'review.withdrawn': (p) => ({
    key: 'actions.reviewWithdrawn',
    values: { actor: p.actor, guide: p.guide, request: p.number('requestId') },
  }),
  'review.approved': (p) => ({
    key: 'actions.reviewApproved',
    values: { actor: p.actor, guide: p.guide, request: p.number('requestId') },
  }),
  'review.changesRequested': (p) => ({
    key: 'actions.reviewChangesRequested',
    values: { actor: p.actor, guide: p.guide, request: p.number('requestId') },
  }),
  'review.publishedApproved': (p) => ({
    key: 'actions.reviewPublishedApproved',
    values: { actor: p.actor, guide: p.guide, request: p.number('requestId'), version: p.number('version') },
  }),
};

const isAuditAction = (action: string): action is AuditAction => Object.hasOwn(SENTENCES, action);

/**
 * What happened, as a sentence to translate: "Anne changed the role of Ola from reader to
 * reviewer". Details missing from an old row read as `unknown`; an action this version does not
 * know (written by a newer one) is named as stored.
 */
export function auditSentence(record: AuditRecord, unknown: string): AuditSentence {
  const detail = record.detail ?? {};
  if (!isAuditAction(record.action))
    return { key: 'actions.other', values: { actor: record.actorName ?? unknown, action: record.action } };
  return SENTENCES[record.action]({
    actor: record.actorName ?? unknown,
    target: record.targetName ?? unknown,
    guide: record.guideTitle ?? (typeof detail.title === 'string' ? detail.title : unknown),
    text: (name, fallback = unknown) => {
      const v = detail[name];
      return typeof v === 'string' || typeof v === 'number' ? String(v) : fallback;
    },
    number: (name) => {
      const v = detail[name];
      return typeof v === 'number' && Number.isFinite(v) ? v : unknown;
    },
    count: (name) => {
      const v = detail[name];
      return Array.isArray(v) ? v.length : typeof v === 'number' && Number.isFinite(v) ? v : 0;
    },
  });
}
