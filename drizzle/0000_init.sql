CREATE TABLE `actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`idempotency_key` text NOT NULL,
	`group_id` text NOT NULL,
	`flag_id` integer,
	`kind` text NOT NULL,
	`payload_enc` blob,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`receipt_ref` text,
	`via` text,
	`last_error` text,
	`run_after` integer NOT NULL,
	`created_at` integer NOT NULL,
	`done_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `actions_key_uq` ON `actions` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `actions_due_idx` ON `actions` (`status`,`run_after`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`group_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`action` text NOT NULL,
	`subject` text,
	`detail` text,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_group_idx` ON `audit_log` (`group_id`,`at`);--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`flag_id` integer NOT NULL,
	`actor_id` text NOT NULL,
	`decision` text NOT NULL,
	`step` text,
	`text_enc` blob,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `decisions_flag_idx` ON `decisions` (`flag_id`);--> statement-breakpoint
CREATE TABLE `flags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`group_id` text NOT NULL,
	`channel_id` text NOT NULL,
	`message_id` integer NOT NULL,
	`message_version` integer NOT NULL,
	`kind` text NOT NULL,
	`platform_message_id` text NOT NULL,
	`author_id` text NOT NULL,
	`target_id` text,
	`categories` text NOT NULL,
	`crisis` integer NOT NULL,
	`priority` integer NOT NULL,
	`severity` real NOT NULL,
	`status` text NOT NULL,
	`claimed_by` text,
	`evidence_enc` blob,
	`card_ref` text,
	`outcome` text,
	`created_at` integer NOT NULL,
	`decided_at` integer,
	`purge_after` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `flags_message_uq` ON `flags` (`message_id`,`message_version`,`kind`);--> statement-breakpoint
CREATE INDEX `flags_queue_idx` ON `flags` (`group_id`,`status`,`priority`,`created_at`);--> statement-breakpoint
CREATE INDEX `flags_purge_idx` ON `flags` (`purge_after`);--> statement-breakpoint
CREATE TABLE `groups` (
	`id` text PRIMARY KEY NOT NULL,
	`platform` text NOT NULL,
	`settings` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `members` (
	`group_id` text NOT NULL,
	`member_id` text NOT NULL,
	`restricted_until` integer,
	`left_at` integer,
	PRIMARY KEY(`group_id`, `member_id`)
);
--> statement-breakpoint
CREATE TABLE `message_scores` (
	`message_id` integer NOT NULL,
	`version` integer NOT NULL,
	`group_id` text NOT NULL,
	`author_id` text NOT NULL,
	`target_id` text,
	`gaslighting` real NOT NULL,
	`dismissal` real NOT NULL,
	`blame_shifting` real NOT NULL,
	`phi` real NOT NULL,
	`crisis` real NOT NULL,
	`classifier` text NOT NULL,
	`scored_at` integer NOT NULL,
	PRIMARY KEY(`message_id`, `version`)
);
--> statement-breakpoint
CREATE INDEX `scores_group_idx` ON `message_scores` (`group_id`,`scored_at`);--> statement-breakpoint
CREATE INDEX `scores_pair_idx` ON `message_scores` (`group_id`,`author_id`,`target_id`,`scored_at`);--> statement-breakpoint
CREATE TABLE `messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`group_id` text NOT NULL,
	`channel_id` text NOT NULL,
	`thread_id` text,
	`platform_message_id` text NOT NULL,
	`author_id` text NOT NULL,
	`text_enc` blob,
	`mentions` text,
	`sent_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`classified_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `messages_platform_uq` ON `messages` (`group_id`,`channel_id`,`platform_message_id`);--> statement-breakpoint
CREATE INDEX `messages_channel_idx` ON `messages` (`group_id`,`channel_id`,`id`);--> statement-breakpoint
CREATE INDEX `messages_purge_idx` ON `messages` (`status`,`sent_at`);--> statement-breakpoint
CREATE TABLE `offences` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`group_id` text NOT NULL,
	`member_id` text NOT NULL,
	`flag_id` integer NOT NULL,
	`categories` text NOT NULL,
	`step` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `offences_flag_uq` ON `offences` (`flag_id`);--> statement-breakpoint
CREATE INDEX `offences_member_idx` ON `offences` (`group_id`,`member_id`,`expires_at`);--> statement-breakpoint
CREATE TABLE `queue_jobs` (
	`queue` text NOT NULL,
	`id` text NOT NULL,
	`name` text NOT NULL,
	`data` text NOT NULL,
	`status` text NOT NULL,
	`priority` integer NOT NULL,
	`attempts_made` integer NOT NULL,
	`max_attempts` integer NOT NULL,
	`backoff_ms` integer NOT NULL,
	`run_at` integer NOT NULL,
	`locked_until` integer,
	`lock_token` text,
	`last_error` text,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`queue`, `id`)
);
--> statement-breakpoint
CREATE INDEX `queue_jobs_ready_idx` ON `queue_jobs` (`queue`,`status`,`priority`,`run_at`);--> statement-breakpoint
CREATE TABLE `seen_events` (
	`key` text PRIMARY KEY NOT NULL,
	`at` integer NOT NULL
);
