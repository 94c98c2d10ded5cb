-- Integers beyond 2^53 - 1, which D1's JSON would round, read back exactly through the D1 forms
-- of the queries (docs/D1-EXACT-INTEGERS.md). `anything` has no type: it keeps each value's own.
CREATE TABLE numbers (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL,
  value INTEGER,
  amount REAL,
  at_ms INTEGER,
  anything
);
