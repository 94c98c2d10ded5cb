-- A shop for the seed tests: every kind of constraint the generator respects, and values that are
-- hard to carry over D1's JSON (blobs, integers beyond 2^53, astral-plane text).
CREATE TABLE customers (
  id       INTEGER PRIMARY KEY,
  email    TEXT NOT NULL UNIQUE CHECK (email LIKE '%@%'),
  referrer INTEGER REFERENCES customers (id),
  tier     TEXT NOT NULL DEFAULT 'basic' CHECK (tier IN ('basic', 'gold')),
  avatar   BLOB,
  balance  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE products (
  sku    TEXT NOT NULL,
  region TEXT NOT NULL CHECK (length(region) = 2),
  price  REAL NOT NULL CHECK (price BETWEEN 0.5 AND 1000),
  name   TEXT,
  label  TEXT GENERATED ALWAYS AS (sku || '/' || region) VIRTUAL,
  PRIMARY KEY (sku, region)
) WITHOUT ROWID;
