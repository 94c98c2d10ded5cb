CREATE TABLE players (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  level INTEGER NOT NULL,
  best_score INTEGER,
  banned BOOLEAN NOT NULL DEFAULT 0,
  rating REAL
);
