ALTER TABLE orders ADD COLUMN priority TEXT CHECK (priority IN ('low', 'normal', 'high', NULL));
CREATE INDEX orders_customer ON orders (customer_id);
