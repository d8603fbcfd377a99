-- Drafts and revisions stored before this were written in document format 1 (lib/doc/schema-version.ts).
ALTER TABLE `drafts` ADD `schema_version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `revisions` ADD `schema_version` integer DEFAULT 1 NOT NULL;