CREATE TABLE accounts (
  id        INTEGER PRIMARY KEY,
  email     TEXT NOT NULL UNIQUE,
  nickname  TEXT COLLATE NOCASE UNIQUE,
  handle    TEXT COLLATE NOCASE,
  name      TEXT NOT NULL,
  region    TEXT NOT NULL,
  code      TEXT,
  status    TEXT NOT NULL
);
-- A unique pair, a plain index, and unique indexes that prove nothing of '=' on a column:
-- partial, on an expression, under a collation finer than the column's.
CREATE UNIQUE INDEX accounts_region_code ON accounts (region, code);
CREATE INDEX accounts_name ON accounts (name);
CREATE UNIQUE INDEX accounts_one_live ON accounts (status) WHERE status = 'live';
CREATE UNIQUE INDEX accounts_lower_name ON accounts (lower(name));
CREATE UNIQUE INDEX accounts_handle ON accounts (handle COLLATE BINARY);

CREATE TABLE memberships (
  org_id     INTEGER NOT NULL,
  account_id INTEGER NOT NULL,
  role       TEXT NOT NULL,
  PRIMARY KEY (org_id, account_id)
) WITHOUT ROWID;

CREATE TABLE tags (
  label TEXT PRIMARY KEY,
  uses  INTEGER NOT NULL
);

-- No key but the rowid; and a table whose column named oid hides the rowid's alias.
CREATE TABLE events (kind TEXT NOT NULL);
CREATE TABLE legacy (oid INTEGER, note TEXT);

CREATE VIEW live_accounts AS SELECT id, email FROM accounts WHERE status = 'live';
