CREATE TABLE profiles (
  id INTEGER PRIMARY KEY,
  nickname TEXT,
  full_name TEXT NOT NULL,
  age INTEGER,
  score REAL
);
