-- SQLite 3.53's ALTER TABLE forms: the check's SQLite runs them, D1's older one does not.
ALTER TABLE users ADD CONSTRAINT age_not_negative CHECK (age >= 0);
ALTER TABLE users ADD CHECK (length(email) > 3);
ALTER TABLE users DROP CONSTRAINT age_not_negative;
ALTER TABLE users ALTER COLUMN name SET NOT NULL;
ALTER TABLE users ALTER name DROP NOT NULL;
REINDEX EXPRESSIONS;

-- What D1's authorizer refuses.
CREATE VIRTUAL TABLE places USING rtree(id, min_x, max_x);
CREATE TEMP TABLE scratch (x INTEGER);

-- sqlrecord:ignore d1-unsupported-syntax
ALTER TABLE users ALTER COLUMN email DROP NOT NULL;
