ALTER TABLE orders ADD COLUMN priority TEXT CHECK (priority IN ('low', 'normal', 'high', NULL));
CREATE INDEX orders_customer ON orders (customer_id);
ALTER TABLE orders ADD COLUMN discount_pct INTEGER CHECK (discount_pct >= 50 AND discount_pct <= 5);
CREATE TABLE coupons (
  id INTEGER PRIMARY KEY,
  percent INTEGER NOT NULL CHECK (percent > 50),
  CHECK (percent < 20)
);
