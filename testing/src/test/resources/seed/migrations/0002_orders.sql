CREATE TABLE orders (
  id          INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers (id),
  sku         TEXT NOT NULL,
  region      TEXT NOT NULL,
  quantity    INTEGER NOT NULL CHECK (quantity > 0 AND quantity <= 99),
  placed      DATETIME,
  FOREIGN KEY (sku, region) REFERENCES products (sku, region),
  UNIQUE (customer_id, sku, region)
);
