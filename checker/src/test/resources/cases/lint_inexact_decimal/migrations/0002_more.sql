ALTER TABLE prices ADD COLUMN tax MONEY;

-- Rebuilt under a new name, as drizzle-kit does: the definition moves with the table.
CREATE TABLE __new_rates (
  id    INTEGER PRIMARY KEY,
  ratio DEC(38, 18)
);
ALTER TABLE __new_rates RENAME TO rates;
ALTER TABLE prices RENAME COLUMN rate TO exchange_rate;
