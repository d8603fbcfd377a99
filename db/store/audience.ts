import { and as and, eq, inArray, notExists, or, type SQL } from 'drizzle-orm';
import { guideAudienceTeams, teamMembers, users } from '../schema';
import type { Reader } from './tx';

/**
 * Who a guide is meant for: everyone when it names no teams, else the members of those teams. This
 * is the one place the rule lives: read requests, "who has read it", notices and mails all use it.
 * A condition on `users.id`, for queries that list people: `.where(and(eq(users.active, true),
 * inAudience(r, guideId)))`.
 */
export function inAudience(r: Reader, guideId: number): SQL {
  const named = r
    .select({ teamId: guideAudienceTeams.teamId })
    .from(guideAudienceTeams)
    .where(eq(guideAudienceTeams.guideId, guideId));
  const members = r
    .select({ userId: teamMembers.userId })
    .from(teamMembers)
    .innerJoin(guideAudienceTeams, eq(guideAudienceTeams.teamId, teamMembers.teamId))
    .where(eq(guideAudienceTeams.guideId, guideId));
  return or(notExists(named), inArray(users.id, members))!;
}

/** Whether one person is meant to read a guide (same rule as inAudience). */
export function isInAudience(r: Reader, guideId: number, userId: number): boolean {
  return (
    r
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, userId), inAudience(r, guideId)))
      .get() !== undefined
  );
}
