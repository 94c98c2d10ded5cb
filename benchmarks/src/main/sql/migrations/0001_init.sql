-- The blog of the Cloudflare D1 guides: people and what they write.
-- Times are unix epoch seconds (INTEGER), as D1 applications usually store them.

CREATE TABLE users (
  id         INTEGER PRIMARY KEY,
  email      TEXT    NOT NULL UNIQUE,
  name       TEXT    NOT NULL,
  bio        TEXT,
  created_at INTEGER NOT NULL DEFAULT (unixepoch()),
  updated_at INTEGER NOT NULL DEFAULT (unixepoch())
);

CREATE TABLE posts (
  id           INTEGER PRIMARY KEY,
  author_id    INTEGER NOT NULL REFERENCES users (id),
  title        TEXT    NOT NULL,
  body         TEXT    NOT NULL,
  status       TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
  published_at INTEGER,
  created_at   INTEGER NOT NULL DEFAULT (unixepoch()),
  updated_at   INTEGER NOT NULL DEFAULT (unixepoch()),
  -- Soft delete: a post with deleted_at set is gone for readers but kept for its author.
  deleted_at   INTEGER
);

CREATE INDEX posts_author_idx ON posts (author_id);
CREATE INDEX posts_status_idx ON posts (status) WHERE deleted_at IS NULL;
