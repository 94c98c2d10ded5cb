-- An index on a column that does not exist.
CREATE INDEX users_name_idx
  ON users (name);
