-- Only "INTEGER PRIMARY KEY DESC" in a column definition is not a rowid alias: its key may be NULL.
CREATE TABLE events (id INTEGER PRIMARY KEY DESC, name TEXT NOT NULL);
CREATE TABLE marks (id INTEGER, label TEXT NOT NULL, PRIMARY KEY (id DESC));
