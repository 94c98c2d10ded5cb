CREATE TABLE accounts (
  account_id INTEGER PRIMARY KEY,
  display_name TEXT NOT NULL,
  home_dir TEXT,
  created_at INTEGER NOT NULL
);
