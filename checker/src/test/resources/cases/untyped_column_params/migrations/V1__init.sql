-- A column without a declared type, and a STRICT table's ANY: both hold any value as it is given.
CREATE TABLE readings (
  id INTEGER PRIMARY KEY,
  sensor TEXT NOT NULL,
  payload
);

CREATE TABLE samples (
  id INTEGER PRIMARY KEY,
  value ANY NOT NULL,
  note ANY
) STRICT;
