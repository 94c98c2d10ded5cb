CREATE TABLE profiles (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  prefs JSON NOT NULL,
  tags JSON
);
