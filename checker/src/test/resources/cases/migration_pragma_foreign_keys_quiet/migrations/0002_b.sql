PRAGMA defer_foreign_keys = on;
ALTER TABLE a ADD COLUMN b TEXT;
