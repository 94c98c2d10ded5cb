CREATE TABLE posts (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'in-review')),
  visibility TEXT CHECK (visibility IN ('public', 'private'))
);
