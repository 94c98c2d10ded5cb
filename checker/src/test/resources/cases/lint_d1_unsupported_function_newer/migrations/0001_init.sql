-- Functions of the check's SQLite that D1 does not run: a CHECK fails when the table is created
-- there, a view when it is read.
CREATE TABLE docs (
  id   INTEGER PRIMARY KEY,
  body TEXT NOT NULL CHECK (json_error_position(body) = 0),
  size REAL
);
CREATE VIEW pretty_docs AS SELECT id, json_pretty(body) AS body FROM docs;
