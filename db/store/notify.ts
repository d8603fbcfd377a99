import { notifications } from '../schema';
import type { Tx } from './tx';

export type NotificationKind =
  | 'review.requested'
  | 'review.approved'
  | 'review.changesRequested'
  | 'review.commented'
  | 'review.withdrawn'
  | 'review.published';

/** Inside the transaction that caused it, so a notice exists exactly when its event does. */
export function notify(
  tx: Tx,
  userIds: Iterable<number>,
  event: { kind: NotificationKind; guideId: number; requestId: number; actorId: number },
): void {
  for (const userId of new Set(userIds))
    if (userId !== event.actorId)
      tx.insert(notifications)
        .values({ userId, ...event })
        .run();
}
