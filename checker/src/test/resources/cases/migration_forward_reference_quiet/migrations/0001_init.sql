CREATE TABLE posts (
  id INTEGER PRIMARY KEY,
  user_id INTEGER REFERENCES users(id)
);
CREATE INDEX posts_user_id ON posts(user_id);
CREATE TABLE users (id INTEGER PRIMARY KEY);
