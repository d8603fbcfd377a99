import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const ROLES = ['ambassador', 'reviewer', 'reader'] as const;
export type Role = (typeof ROLES)[number];

const now = sql`(cast(unixepoch('subsec') * 1000 as integer))`;

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  passwordHash: text('password_hash').notNull(),
  /** Set for one-time passwords: the user must choose their own at next sign-in. */
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  locale: text('locale', { enum: ['nb', 'en'] }),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  /** Bumped on deactivation and password reset: tokens carrying an older value are void. */
  sessionVersion: integer('session_version').notNull().default(0),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
});

export const loginAttempts = sqliteTable(
  'login_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    success: integer('success', { mode: 'boolean' }).notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [index('login_attempts_email_at').on(t.email, t.at), index('login_attempts_ip_at').on(t.ip, t.at)],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull().default(now),
    actorId: integer('actor_id').references(() => users.id),
    action: text('action').notNull(),
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
  createdBy: integer('created_by').notNull().references(() => users.id),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
});

/**
 * The working copy an ambassador edits: one row per guide, overwritten by each save. `version` goes
 * up by one per save; a save names the version it was based on, so no save overwrites another
 * unseen. Everything worth keeping becomes an immutable revision.
 */
export const drafts = sqliteTable('drafts', {
  guideId: integer('guide_id').primaryKey().references(() => guides.id),
  version: integer('version').notNull(),
  doc: text('doc').notNull(),
  updatedBy: integer('updated_by').notNull().references(() => users.id),
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

export const REVISION_KINDS = ['published', 'checkpoint', 'named', 'restore', 'created'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

/** Append-only history: no statement updates or deletes a row here. */
export const revisions = sqliteTable(
  'revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    guideId: integer('guide_id').notNull().references(() => guides.id),
    kind: text('kind', { enum: REVISION_KINDS }).notNull(),
    /** Published version number (1, 2, ...); null for draft checkpoints. */
    version: integer('version'),
    name: text('name'),
    note: text('note'),
    authorId: integer('author_id').notNull().references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
    listIds: text('list_ids', { mode: 'json' }).$type<number[]>().notNull(),
    /** Computed from the content against the previous revision, for the history list. */
    summary: text('summary', { mode: 'json' }).$type<Record<string, unknown>>(),
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
    userId: integer('user_id').notNull().references(() => users.id),
    guideId: integer('guide_id').notNull().references(() => guides.id),
    version: integer('version').notNull(),
    confirmedAt: integer('confirmed_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [index('read_confirmations_guide_user').on(t.guideId, t.userId, t.version)],
);

/** The last time each person opened each guide, and which version they saw. */
export const guideVisits = sqliteTable(
  'guide_visits',
  {
    userId: integer('user_id').notNull().references(() => users.id),
    guideId: integer('guide_id').notNull().references(() => guides.id),
    version: integer('version').notNull(),
    visitedAt: integer('visited_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.userId, t.guideId] })],
);
