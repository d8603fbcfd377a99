-- login_attempts changes shape (no typed e-mail, a result per verified attempt): its rows are only
-- kept for a day anyway, so the table is dropped here and created anew in 0007.
DROP TABLE `login_attempts`;--> statement-breakpoint
ALTER TABLE `users` ADD `one_time_password_at` integer;--> statement-breakpoint
-- One-time passwords already handed out get their 72 hours from the upgrade.
UPDATE `users` SET `one_time_password_at` = cast(unixepoch('subsec') * 1000 as integer) WHERE `must_change_password` = 1;
