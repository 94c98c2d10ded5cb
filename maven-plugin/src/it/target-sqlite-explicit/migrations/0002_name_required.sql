-- Runs on the SQLite the check uses (3.54), a syntax error on D1's
ALTER TABLE users ALTER COLUMN name SET NOT NULL;
