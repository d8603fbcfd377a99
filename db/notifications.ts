import 'server-only';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from './index';
import { guides, notifications, users } from './schema';
import { assertCan, type Actor } from '@/lib/actor';

export function unreadCount(actor: Actor | null): number {
  assertCan(actor, 'account.self');
  return db()
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)))
    .all()[0].n;
}

export function listNotifications(actor: Actor | null) {
  assertCan(actor, 'account.self');
  const by = alias(users, 'by');
  return db()
    .select({
      id: notifications.id,
      kind: notifications.kind,
      guideId: notifications.guideId,
      guideTitle: guides.title,
      requestId: notifications.requestId,
      actorName: by.name,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .innerJoin(guides, eq(guides.id, notifications.guideId))
    .leftJoin(by, eq(by.id, notifications.actorId))
    .where(eq(notifications.userId, actor.id))
    .orderBy(desc(notifications.id))
    .limit(100)
    .all();
}

/** Marks the user's own notices read: all of them, or those about one review request. */
export function markRead(actor: Actor | null, requestId?: number): void {
  assertCan(actor, 'account.self');
  const mine = and(eq(notifications.userId, actor.id), isNull(notifications.readAt));
  db()
    .update(notifications)
    .set({ readAt: new Date() })
    .where(requestId ? and(mine, eq(notifications.requestId, requestId)) : mine)
    .run();
}
