import type { MessageKey } from './messages';

/** Every kind of notice; db/schema.ts types the column with it. */
export const NOTIFICATION_KINDS = [
  'review.requested',
  'review.approved',
  'review.changesRequested',
  'review.commented',
  'review.withdrawn',
  'review.published',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

type NotificationKey = Extract<MessageKey<'notifications'>, `kind.${string}`>;

/** The sentence of each kind (notifications.json `kind`); keyed by every kind, so a new one without a sentence does not compile. */
const KEYS: { [K in NotificationKind]: NotificationKey } = {
  'review.requested': 'kind.reviewRequested',
  'review.approved': 'kind.reviewApproved',
  'review.changesRequested': 'kind.reviewChangesRequested',
  'review.commented': 'kind.reviewCommented',
  'review.withdrawn': 'kind.reviewWithdrawn',
  'review.published': 'kind.reviewPublished',
};

/** The message for a stored kind; one this version does not know (written by a newer one) gets the plain sentence. */
export function notificationKey(kind: string): NotificationKey {
  return Object.hasOwn(KEYS, kind) ? KEYS[kind as NotificationKind] : 'kind.other';
}
