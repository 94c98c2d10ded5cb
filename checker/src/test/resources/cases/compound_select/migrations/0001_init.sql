CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL,
  phone TEXT
);
CREATE TABLE suppliers (
  id INTEGER PRIMARY KEY,
  email TEXT,
  phone TEXT NOT NULL
);
