ALTER TABLE `posts` ADD `body` text;
