DROP INDEX `messages_purge_idx`;--> statement-breakpoint
CREATE INDEX `messages_time_idx` ON `messages` (`group_id`,`channel_id`,`sent_at`);