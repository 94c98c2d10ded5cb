CREATE TABLE authors (
  id   INTEGER PRIMARY KEY,
  name TEXT    NOT NULL,
  bio  TEXT
);

CREATE TABLE articles (
  id        INTEGER PRIMARY KEY,
  author_id INTEGER NOT NULL REFERENCES authors (id),
  title     TEXT    NOT NULL,
  -- planted: the enum Status maps these three values, but the length limit refuses 'published'
  status    TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived'))
                    CHECK (length(status) <= 8),
  audience  TEXT    NOT NULL DEFAULT 'everyone' CHECK (audience IN ('everyone', 'members'))
);

-- planted: a trigger that turns 'members' back into 'everyone', so that constant never reads back
CREATE TRIGGER articles_audience AFTER UPDATE OF audience ON articles
WHEN NEW.audience = 'members'
BEGIN
  UPDATE articles SET audience = 'everyone' WHERE id = NEW.id;
END;
