-- Full-text search over guides: one row per section (a routine, or the text under a heading).
-- scope is 'published' (the current published version) or 'draft' (ambassadors only).
-- unicode61 folds case for æøå as for a-z; remove_diacritics 2 lets "e" find "é" but leaves æ, ø
-- (separate letters, not accented ones) as they are.
CREATE VIRTUAL TABLE `search_index` USING fts5(
  `guide_id` UNINDEXED,
  `scope` UNINDEXED,
  `anchor` UNINDEXED,
  `title`,
  `body`,
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
-- History is append-only, enforced by the database itself.
CREATE TRIGGER `revisions_no_update` BEFORE UPDATE ON `revisions` BEGIN SELECT RAISE(ABORT, 'revisions are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `revisions_no_delete` BEFORE DELETE ON `revisions` BEGIN SELECT RAISE(ABORT, 'revisions are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `blocks_no_change` BEFORE UPDATE ON `blocks` BEGIN SELECT RAISE(ABORT, 'blocks are immutable'); END;
--> statement-breakpoint
CREATE TRIGGER `blocks_no_delete` BEFORE DELETE ON `blocks` BEGIN SELECT RAISE(ABORT, 'blocks are immutable'); END;
--> statement-breakpoint
CREATE TRIGGER `block_lists_no_change` BEFORE UPDATE ON `block_lists` BEGIN SELECT RAISE(ABORT, 'block lists are immutable'); END;
--> statement-breakpoint
CREATE TRIGGER `block_lists_no_delete` BEFORE DELETE ON `block_lists` BEGIN SELECT RAISE(ABORT, 'block lists are immutable'); END;
