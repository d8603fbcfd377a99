import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ROLES } from '@/lib/roles';
import { AUDIT_ACTIONS } from '@/lib/audit';
import { NOTIFICATION_KINDS } from '@/lib/notifications';

const now = sql`(cast(unixepoch('subsec') * 1000 as integer))`;

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  passwordHash: text('password_hash').notNull(),
  /** Set for one-time passwords: the user must choose their own at next sign-in. */
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  /** When the one-time password was issued; it no longer signs in 72 hours later. Null once chosen. */
  oneTimePasswordAt: integer('one_time_password_at', { mode: 'timestamp_ms' }),
  locale: text('locale', { enum: ['nb', 'en'] }),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  /** Bumped on deactivation and password reset: tokens carrying an older value are void. */
  sessionVersion: integer('session_version').notNull().default(0),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
});

/** What became of a sign-in attempt; `pending` (being verified, or the server died meanwhile) counts as a failure. */
export const SIGNIN_RESULTS = ['pending', 'success', 'failure', 'forgiven'] as const;

/**
 * One row per password actually verified (refusals are not verified and land in the audit log,
 * one row per window). Kept 24 hours. What was typed as the e-mail is never stored: a known
 * account is its user id, an unknown one only a 16-bit keyed bucket, so that unknown e-mails are
 * throttled like known ones (no way to tell which exist) without keeping anything that was typed.
 */
export const loginAttempts = sqliteTable(
  'login_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').references(() => users.id),
    unknownBucket: integer('unknown_bucket'),
    ip: text('ip').notNull(),
    result: text('result', { enum: SIGNIN_RESULTS }).notNull(),
    /** When the password is (to be) verified: a throttled account's attempts queue up in the future. */
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('login_attempts_user_at').on(t.userId, t.at),
    index('login_attempts_unknown_at').on(t.unknownBucket, t.at),
    index('login_attempts_ip_at').on(t.ip, t.at),
    index('login_attempts_at').on(t.at),
    check('login_attempts_ip_length', sql`length(${t.ip}) <= 64`),
  ],
);

export const SIGNIN_REFUSAL_REASONS = ['throttled', 'unknownAccount'] as const;

/**
 * Sign-ins refused without a session, one row per account, address, reason and 15-minute window
 * with a count, so a flood adds a number, not rows. Kept 30 days. `userId` null: no such account.
 */
export const signinRefusals = sqliteTable(
  'signin_refusals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').references(() => users.id),
    ip: text('ip').notNull(),
    reason: text('reason', { enum: SIGNIN_REFUSAL_REASONS }).notNull(),
    windowStart: integer('window_start', { mode: 'timestamp_ms' }).notNull(),
    count: integer('count').notNull(),
    lastAt: integer('last_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('signin_refusals_window').on(t.windowStart, t.ip),
    index('signin_refusals_user').on(t.userId, t.lastAt),
    check('signin_refusals_ip_length', sql`length(${t.ip}) <= 64`),
  ],
);

/**
 * One row per signed-in device: the session cookie names its id, and a cookie whose row is revoked,
 * expired or missing signs nobody in. Sign-out revokes its own row; a password change the others.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('sessions_user').on(t.userId), index('sessions_expires').on(t.expiresAt)],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull().default(now),
    actorId: integer('actor_id').references(() => users.id),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    targetUserId: integer('target_user_id').references(() => users.id),
    /** Small JSON object with the event's details (never secrets). */
    detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [index('audit_log_at').on(t.at)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type AuditEntry = typeof auditLog.$inferSelect;

// ---- Guides -------------------------------------------------------------------------------------

export const GUIDE_LANGUAGES = ['nb', 'en'] as const;

export const guides = sqliteTable('guides', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  title: text('title').notNull(),
  language: text('language', { enum: GUIDE_LANGUAGES }).notNull(),
  /** Front matter from the Markdown it came from (template or import), kept for export. */
  frontMatter: text('front_matter', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  createdBy: integer('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
  /** Publishing needs this many reviewer approvals of the exact revision; 0 = no review needed. */
  requiredApprovals: integer('required_approvals').notNull().default(0),
  /** Only these users' approvals count; null = any reviewer. */
  approverIds: text('approver_ids', { mode: 'json' }).$type<number[]>(),
});

/**
 * The working copy an ambassador edits: one row per guide, overwritten by each save. `version` goes
 * up by one per save; a save names the version it was based on, so no save overwrites another
 * unseen. Everything worth keeping becomes an immutable revision.
 */
export const drafts = sqliteTable('drafts', {
  guideId: integer('guide_id')
    .primaryKey()
    .references(() => guides.id),
  version: integer('version').notNull(),
  doc: text('doc').notNull(),
  /** The format `doc` was written in (lib/doc/schema-version.ts); older ones are upgraded on read. */
  schemaVersion: integer('schema_version').notNull().default(1),
  updatedBy: integer('updated_by')
    .notNull()
    .references(() => users.id),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(now),
});

/** Content-addressed top-level blocks: each distinct block is stored once, whatever cites it. */
export const blocks = sqliteTable('blocks', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  hash: text('hash').notNull().unique(),
  json: text('json').notNull(),
});

/** Content-addressed runs of block ids; a revision is a list of these (like git's trees). */
export const blockLists = sqliteTable('block_lists', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  hash: text('hash').notNull().unique(),
  blockIds: text('block_ids', { mode: 'json' }).$type<number[]>().notNull(),
});

export const REVISION_KINDS = ['published', 'checkpoint', 'named', 'restore', 'created', 'submitted'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

/**
 * Append-only history, enforced by triggers (drizzle/0002, 0008): no row is changed or deleted,
 * except that a missing summary may be filled in (after an upgrade, by fillMissingSummaries).
 */
export const revisions = sqliteTable(
  'revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    guideId: integer('guide_id')
      .notNull()
      .references(() => guides.id),
    kind: text('kind', { enum: REVISION_KINDS }).notNull(),
    /** Published version number (1, 2, ...); null for draft checkpoints. */
    version: integer('version'),
    name: text('name'),
    note: text('note'),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
    listIds: text('list_ids', { mode: 'json' }).$type<number[]>().notNull(),
    /** The format the document's blocks were written in; older ones are upgraded on read. */
    schemaVersion: integer('schema_version').notNull().default(1),
    /**
     * What changed, for the history list: a published version against the previous published
     * version, any other revision against the revision before it (`summaryFrom`, see appendRevision).
     */
    summary: text('summary', { mode: 'json' }).$type<Record<string, unknown>>(),
    /** The revision `summary` was computed against; null when there is none (the first of its kind). */
    summaryFrom: integer('summary_from'),
    restoredFrom: integer('restored_from'),
  },
  (t) => [
    index('revisions_guide_id').on(t.guideId, t.id),
    uniqueIndex('revisions_guide_version').on(t.guideId, t.version),
  ],
);

export type Guide = typeof guides.$inferSelect;
export type Revision = typeof revisions.$inferSelect;

// ---- Reading -------------------------------------------------------------------------------------

/** "I have read version N": one row per confirmation, never changed. */
export const readConfirmations = sqliteTable(
  'read_confirmations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    guideId: integer('guide_id')
      .notNull()
      .references(() => guides.id),
    version: integer('version').notNull(),
    confirmedAt: integer('confirmed_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [index('read_confirmations_guide_user').on(t.guideId, t.userId, t.version)],
);

/** The last time each person opened each guide, and which version they saw. */
export const guideVisits = sqliteTable(
  'guide_visits',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    guideId: integer('guide_id')
      .notNull()
      .references(() => guides.id),
    version: integer('version').notNull(),
    visitedAt: integer('visited_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.userId, t.guideId] })],
);

/**
 * The reader page's HTML of a published revision, rendered once and kept across restarts. A row
 * holds for one document format, one renderer and one variant (language and owners' current
 * names); any other is rendered again, and only the newest variant of a revision is kept.
 */
export const renderedHtml = sqliteTable(
  'rendered_html',
  {
    revisionId: integer('revision_id')
      .notNull()
      .references(() => revisions.id),
    docVersion: integer('doc_version').notNull(),
    rendererVersion: integer('renderer_version').notNull(),
    variant: text('variant').notNull(),
    html: text('html').notNull(),
    renderedAt: integer('rendered_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.revisionId, t.docVersion, t.rendererVersion, t.variant] })],
);

// ---- Review ------------------------------------------------------------------------------------

export const REVIEW_STATUSES = ['open', 'withdrawn', 'superseded', 'published'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** A draft frozen for review: `revisionId` is exactly what reviewers see and what may be published. */
export const reviewRequests = sqliteTable(
  'review_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    guideId: integer('guide_id')
      .notNull()
      .references(() => guides.id),
    revisionId: integer('revision_id')
      .notNull()
      .references(() => revisions.id),
    /** The draft version that was submitted, to tell whether the draft changed since. */
    draftVersion: integer('draft_version').notNull(),
    /** The request this one replaces (a re-submit); its revision is what the new one is compared with. */
    previousRequestId: integer('previous_request_id'),
    summary: text('summary').notNull(),
    submittedBy: integer('submitted_by')
      .notNull()
      .references(() => users.id),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }).notNull().default(now),
    status: text('status', { enum: REVIEW_STATUSES }).notNull().default('open'),
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
    closedBy: integer('closed_by').references(() => users.id),
  },
  (t) => [index('review_requests_guide').on(t.guideId, t.status)],
);

export const REVIEW_DECISIONS = ['approved', 'changes_requested'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Every decision ever made; a reviewer's latest one on a request counts. */
export const reviewDecisions = sqliteTable(
  'review_decisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    requestId: integer('request_id')
      .notNull()
      .references(() => reviewRequests.id),
    revisionId: integer('revision_id')
      .notNull()
      .references(() => revisions.id),
    reviewerId: integer('reviewer_id')
      .notNull()
      .references(() => users.id),
    decision: text('decision', { enum: REVIEW_DECISIONS }).notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [index('review_decisions_request').on(t.requestId)],
);

/** On the request as a whole (`anchor` null) or on one block of the submitted revision. Never deleted. */
export const reviewComments = sqliteTable(
  'review_comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    requestId: integer('request_id')
      .notNull()
      .references(() => reviewRequests.id),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    anchor: text('anchor'),
    body: text('body').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
    resolvedAt: integer('resolved_at', { mode: 'timestamp_ms' }),
    resolvedBy: integer('resolved_by').references(() => users.id),
  },
  (t) => [index('review_comments_request').on(t.requestId)],
);

export const notifications = sqliteTable(
  'notifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    guideId: integer('guide_id')
      .notNull()
      .references(() => guides.id),
    requestId: integer('request_id').references(() => reviewRequests.id),
    actorId: integer('actor_id').references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
    readAt: integer('read_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('notifications_user').on(t.userId, t.readAt)],
);

export type ReviewRequest = typeof reviewRequests.$inferSelect;
export type Notification = typeof notifications.$inferSelect;

/** A group of people (Sales, Service …) that a guide can be meant for and a routine can be owned by. */
export const teams = sqliteTable('teams', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Unique ignoring case; db/teams.ts trims it and checks that before inserting. */
  name: text('name').notNull().unique(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
});

/** Where a membership came from: set in this app, or from the identity provider's group mapping. */
export const MEMBERSHIP_SOURCES = ['app', 'oidc'] as const;

export const teamMembers = sqliteTable(
  'team_members',
  {
    teamId: integer('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    source: text('source', { enum: MEMBERSHIP_SOURCES }).notNull().default('app'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index('team_members_user').on(t.userId)],
);

/** A guide's audience: the teams asked to read and confirm it. No rows: everyone. */
export const guideAudienceTeams = sqliteTable(
  'guide_audience_teams',
  {
    guideId: integer('guide_id')
      .notNull()
      .references(() => guides.id),
    teamId: integer('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.guideId, t.teamId] })],
);

/** A person's account at the company's identity provider: (issuer, subject) is stable, e-mail is not. */
export const userIdentities = sqliteTable(
  'user_identities',
  {
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
    lastSignInAt: integer('last_signin_at', { mode: 'timestamp_ms' }),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.subject] }), index('user_identities_user').on(t.userId)],
);

/** An identity-provider group and what membership of it gives: a role (or none) and teams. */
export const groupMappings = sqliteTable('group_mappings', {
  groupId: text('group_id').primaryKey(),
  role: text('role', { enum: ROLES }),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
});

export const groupMappingTeams = sqliteTable(
  'group_mapping_teams',
  {
    groupId: text('group_id')
      .notNull()
      .references(() => groupMappings.groupId, { onDelete: 'cascade' }),
    teamId: integer('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.teamId] })],
);

export type Team = typeof teams.$inferSelect;
