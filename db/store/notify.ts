import { notifications, type Notification } from '../schema';
import type { Tx } from './tx';

/** Inside the transaction that caused it, so a notice exists exactly when its event does. */
export function notify(
  tx: Tx,
  userIds: Iterable<number>,
  event: { kind: Notification['kind']; guideId: number; requestId: number; actorId: number },
): void {
  for (const userId of new Set(userIds))
    if (userId !== event.actorId)
      tx.insert(notifications)
        .values({ userId, ...event })
        .run();
}
