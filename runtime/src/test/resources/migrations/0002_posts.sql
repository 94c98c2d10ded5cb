CREATE TABLE posts (
	`id` integer PRIMARY KEY NOT NULL,
	`author_id` integer NOT NULL REFERENCES users(id),
	`title` text NOT NULL
);
--> statement-breakpoint
CREATE TRIGGER posts_count AFTER INSERT ON posts
BEGIN
  UPDATE users SET post_count = post_count + 1 WHERE id = new.author_id;
  UPDATE users SET post_count = CASE WHEN post_count < 0 THEN 0 ELSE post_count END WHERE id = new.author_id;
END;
--> statement-breakpoint
CREATE INDEX posts_author ON posts (author_id);
