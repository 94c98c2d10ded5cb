CREATE TABLE prices (
  id       INTEGER PRIMARY KEY,
  amount   DECIMAL(12, 2) NOT NULL,
  rate     NUMERIC,
  label    TEXT NOT NULL
);
