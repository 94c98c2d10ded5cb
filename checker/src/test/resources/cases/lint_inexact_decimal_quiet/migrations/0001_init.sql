-- Columns that keep what they are given: text, integers, reals, booleans and dates are not decimals.
CREATE TABLE ledger (
  id          INTEGER PRIMARY KEY,
  amount      TEXT NOT NULL,
  cents       INTEGER NOT NULL,
  ratio       REAL,
  settled     BOOLEAN NOT NULL DEFAULT 0,
  booked_on   DATE,
  booked_at   DATETIME,
  anything
);

-- Whole numbers only, kept well inside 64 bits by the application.
-- sqlrecord:ignore inexact-decimal
CREATE TABLE counters (
  id    INTEGER PRIMARY KEY,
  total NUMERIC NOT NULL
);
