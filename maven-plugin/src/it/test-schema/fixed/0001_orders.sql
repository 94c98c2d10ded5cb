CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'paid')),
  total_cents INTEGER NOT NULL CHECK (total_cents >= 0)
);
