CREATE TABLE `llm_budget` (
	`group_id` text NOT NULL,
	`day` text NOT NULL,
	`used` integer NOT NULL,
	PRIMARY KEY(`group_id`, `day`)
);
