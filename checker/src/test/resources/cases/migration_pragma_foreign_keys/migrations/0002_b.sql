PRAGMA foreign_keys=OFF;
ALTER TABLE a ADD COLUMN b TEXT;
PRAGMA foreign_keys=ON;
