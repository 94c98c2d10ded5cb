CREATE TABLE users (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL
);

-- One row per user: the key is the primary key, so it is indexed.
CREATE TABLE profiles (
  user_id INTEGER PRIMARY KEY REFERENCES users (id),
  bio     TEXT
);

CREATE TABLE posts (
  id        INTEGER PRIMARY KEY,
  author_id INTEGER NOT NULL REFERENCES users (id),
  title     TEXT NOT NULL
);

CREATE TABLE post_tags (
  post_id INTEGER NOT NULL REFERENCES posts (id),
  tag     TEXT NOT NULL,
  PRIMARY KEY (post_id, tag)
) WITHOUT ROWID;

-- Users are few and never deleted.
CREATE TABLE audit (
  id      INTEGER PRIMARY KEY,
  user_id INTEGER REFERENCES users (id)
);

-- sqlrecord:ignore unindexed-foreign-key
CREATE TABLE drafts (
  id        INTEGER PRIMARY KEY,
  author_id INTEGER NOT NULL REFERENCES users (id)
);
