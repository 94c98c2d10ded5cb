CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT
);
CREATE TABLE posts (
  id INTEGER PRIMARY KEY,
  user_id INTEGER REFERENCES users(id),
  title TEXT NOT NULL
);
CREATE VIEW post_summaries AS
SELECT p.id, p.title, u.name AS author, upper(u.email) AS author_email
FROM posts p LEFT JOIN users u ON u.id = p.user_id;
CREATE VIEW user_post_counts (user_id, posts) AS
SELECT u.id, count(p.id) FROM users u LEFT JOIN posts p ON p.user_id = u.id GROUP BY u.id;
