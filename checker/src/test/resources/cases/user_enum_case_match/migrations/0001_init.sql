CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'in-review')),
  audience TEXT CHECK (audience IN ('Everyone', 'MEMBERS'))
);
