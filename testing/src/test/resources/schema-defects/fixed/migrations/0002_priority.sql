ALTER TABLE orders ADD COLUMN priority TEXT CHECK (priority IN ('low', 'normal', 'high'));
CREATE INDEX orders_customer ON orders (customer_id);
