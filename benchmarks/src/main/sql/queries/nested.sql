-- Benchmark-only (nested.sh, RESULTS.md "Nested results"): 100 users with 10 posts each, three ways.

-- One query, the posts of each user as a JSON list (at most 100 per user: D1 caps a value at ~2 MB).
-- name: nestedUsersWithPosts :many
SELECT u.id, u.name,
       json((SELECT json_group_array(json_object('id', p.id, 'title', p.title, 'body', p.body))
             FROM (SELECT id, title, body FROM posts WHERE author_id = u.id ORDER BY id LIMIT 100) AS p)) AS posts
FROM users u
ORDER BY u.id;

-- One flat join, folded into AuthorWithArticles by users.id.
-- name: foldedUsersWithPosts :many -> AuthorWithArticles
SELECT u.id, u.name, p.id, p.title, p.body
FROM users u
LEFT JOIN posts p ON p.author_id = u.id
ORDER BY u.id, p.id;

-- N+1: the users, then the posts of each.
-- name: authors :many -> Author
SELECT id, name FROM users ORDER BY id;

-- name: articlesOfAuthor :many -> Article
SELECT id, title, body FROM posts WHERE author_id = :authorId ORDER BY id;
