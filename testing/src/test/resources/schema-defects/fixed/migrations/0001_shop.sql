-- The shop of ../planted with every defect fixed: test-schema passes it.
CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE CHECK (email LIKE '%_@_%'),
  invite_code TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(8)))),
  created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE categories (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (name IS NOT NULL)
);

CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  sku TEXT NOT NULL UNIQUE CHECK (length(sku) >= 6 AND length(sku) <= 8),
  name TEXT NOT NULL
);

CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  category_id INTEGER DEFAULT NULL REFERENCES categories(id) ON DELETE SET DEFAULT,
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200)
);

CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'paid', 'shipped')),
  total_cents INTEGER NOT NULL CHECK (total_cents >= 0)
);

CREATE TABLE order_notes (
  id INTEGER PRIMARY KEY,
  order_id INTEGER REFERENCES orders(id) ON DELETE SET NULL,
  body TEXT NOT NULL
);

CREATE TABLE warehouses (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  city TEXT NOT NULL
);

CREATE TABLE shipments (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE RESTRICT,
  warehouse_code TEXT REFERENCES warehouses(code)
);

CREATE TABLE teams (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  captain_id INTEGER REFERENCES players(id)
);

CREATE TABLE players (
  id INTEGER PRIMARY KEY,
  team_id INTEGER NOT NULL REFERENCES teams(id),
  name TEXT NOT NULL
);
