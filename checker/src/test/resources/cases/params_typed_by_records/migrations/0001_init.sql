CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  public_id TEXT NOT NULL UNIQUE,
  plan TEXT NOT NULL CHECK (plan IN ('free', 'pro', 'team-plus')),
  e_mail TEXT NOT NULL,
  created INTEGER NOT NULL,
  seen_ms INTEGER,
  settings TEXT NOT NULL DEFAULT '{}',
  tags JSON,
  renewed_at DATETIME
);

CREATE TABLE devices (
  id INTEGER PRIMARY KEY,
  serial TEXT NOT NULL
);
