CREATE TABLE `login_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer,
	`unknown_bucket` integer,
	`ip` text NOT NULL,
	`result` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "login_attempts_ip_length" CHECK(length("login_attempts"."ip") <= 64)
);
--> statement-breakpoint
CREATE INDEX `login_attempts_user_at` ON `login_attempts` (`user_id`,`at`);--> statement-breakpoint
CREATE INDEX `login_attempts_unknown_at` ON `login_attempts` (`unknown_bucket`,`at`);--> statement-breakpoint
CREATE INDEX `login_attempts_ip_at` ON `login_attempts` (`ip`,`at`);--> statement-breakpoint
CREATE INDEX `login_attempts_at` ON `login_attempts` (`at`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`expires_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_user` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE INDEX `sessions_expires` ON `sessions` (`expires_at`);--> statement-breakpoint
CREATE TABLE `signin_refusals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer,
	`ip` text NOT NULL,
	`reason` text NOT NULL,
	`window_start` integer NOT NULL,
	`count` integer NOT NULL,
	`last_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "signin_refusals_ip_length" CHECK(length("signin_refusals"."ip") <= 64)
);
--> statement-breakpoint
CREATE INDEX `signin_refusals_window` ON `signin_refusals` (`window_start`,`ip`);--> statement-breakpoint
CREATE INDEX `signin_refusals_user` ON `signin_refusals` (`user_id`,`last_at`);