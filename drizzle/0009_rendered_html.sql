CREATE TABLE `rendered_html` (
	`revision_id` integer NOT NULL,
	`doc_version` integer NOT NULL,
	`renderer_version` integer NOT NULL,
	`variant` text NOT NULL,
	`html` text NOT NULL,
	`rendered_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	PRIMARY KEY(`revision_id`, `doc_version`, `renderer_version`, `variant`),
	FOREIGN KEY (`revision_id`) REFERENCES `revisions`(`id`) ON UPDATE no action ON DELETE no action
);
