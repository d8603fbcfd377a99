import 'server-only';
import { desc, eq, count, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from './index';
import { auditLog, guides, users } from './schema';
import { assertCan, type Actor } from '@/lib/actor';

export const AUDIT_PAGE_SIZE = 50;

export function listAudit(actor: Actor | null, page: number) {
  assertCan(actor, 'audit.read');
  const actorUser = alias(users, 'actor_user');
  const target = alias(users, 'target_user');
  const rows = db()
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      detail: auditLog.detail,
      actorName: actorUser.name,
      targetName: target.name,
      guideTitle: guides.title,
    })
    .from(auditLog)
    .leftJoin(actorUser, eq(actorUser.id, auditLog.actorId))
    .leftJoin(target, eq(target.id, auditLog.targetUserId))
    // Guide events name their guide in the details; its current title makes the sentence.
    .leftJoin(guides, eq(guides.id, sql`json_extract(${auditLog.detail}, '$.guideId')`))
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset(Math.max(0, page - 1) * AUDIT_PAGE_SIZE)
    .all();
  const [{ total }] = db().select({ total: count() }).from(auditLog).all();
  return { rows, total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}
