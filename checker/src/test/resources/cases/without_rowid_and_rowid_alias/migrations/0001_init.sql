CREATE TABLE rowid_alias (
  id INTEGER PRIMARY KEY,
  note TEXT
);
CREATE TABLE int_key (
  id INT PRIMARY KEY,
  note TEXT
);
CREATE TABLE text_key (
  code TEXT PRIMARY KEY,
  note TEXT
);
CREATE TABLE compact (
  code TEXT,
  version INTEGER,
  note TEXT,
  PRIMARY KEY (code, version)
) WITHOUT ROWID;
