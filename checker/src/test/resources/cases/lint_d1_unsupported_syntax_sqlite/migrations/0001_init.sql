CREATE TABLE users (
  id    INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name  TEXT,
  age   INTEGER
);
CREATE INDEX users_lower_email ON users (lower(email));
