CREATE TABLE items (
  id INTEGER PRIMARY KEY,
  stock INTEGER NOT NULL,
  price REAL,
  label TEXT
);
