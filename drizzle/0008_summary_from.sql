-- Which revision each summary is computed against: a published version against the previous
-- published version, any other revision against the one before it (db/store/revisions.ts).
ALTER TABLE `revisions` ADD `summary_from` integer;--> statement-breakpoint
DROP TRIGGER `revisions_no_update`;--> statement-breakpoint
UPDATE `revisions` SET `summary_from` = (
  SELECT max(p.`id`) FROM `revisions` p
  WHERE p.`guide_id` = `revisions`.`guide_id` AND p.`id` < `revisions`.`id`
    AND (`revisions`.`version` IS NULL OR p.`version` IS NOT NULL)
);--> statement-breakpoint
-- Published versions were summarised against the revision just before them (often the one submitted
-- for review): those summaries are emptied here and computed again when the database is opened.
UPDATE `revisions` SET `summary` = NULL
WHERE `version` IS NOT NULL AND `summary_from` IS NOT (
  SELECT max(p.`id`) FROM `revisions` p WHERE p.`guide_id` = `revisions`.`guide_id` AND p.`id` < `revisions`.`id`
);--> statement-breakpoint
-- Still append-only; the one change allowed is filling in a missing summary (fillMissingSummaries).
CREATE TRIGGER `revisions_no_update` BEFORE UPDATE ON `revisions`
WHEN NOT (
  OLD.`summary` IS NULL
  AND NEW.`id` IS OLD.`id` AND NEW.`guide_id` IS OLD.`guide_id` AND NEW.`kind` IS OLD.`kind`
  AND NEW.`version` IS OLD.`version` AND NEW.`name` IS OLD.`name` AND NEW.`note` IS OLD.`note`
  AND NEW.`author_id` IS OLD.`author_id` AND NEW.`created_at` IS OLD.`created_at`
  AND NEW.`list_ids` IS OLD.`list_ids` AND NEW.`schema_version` IS OLD.`schema_version`
  AND NEW.`summary_from` IS OLD.`summary_from` AND NEW.`restored_from` IS OLD.`restored_from`
)
BEGIN SELECT RAISE(ABORT, 'revisions are append-only'); END;
