CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT, country TEXT);
CREATE TABLE books (
  id INT PRIMARY KEY,
  author_id INTEGER REFERENCES authors (id),
  title TEXT,
  isbn TEXT,
  pages INTEGER,
  in_print BOOLEAN
);
