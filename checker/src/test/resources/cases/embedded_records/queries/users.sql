-- Many-to-one over an inner join: the author is always there.
-- name: postsWithAuthors :many -> PostWithAuthor
SELECT p.*, u.* FROM posts p JOIN users u ON u.id = p.author_id ORDER BY p.id;

-- A LEFT JOIN: a user without posts has no post (all its columns NULL).
-- name: usersAndPosts :many -> UserPost
SELECT u.id, u.name, u.admin, p.id, p.author_id, p.title, p.status, p.score
FROM users u LEFT JOIN posts p ON p.author_id = u.id
ORDER BY u.id, p.id;

-- Folded: one UserWithPosts per user, grouped by users.id, each with its posts in row order.
-- name: usersWithPosts :many -> UserWithPosts
SELECT u.*, p.* FROM users u LEFT JOIN posts p ON p.author_id = u.id ORDER BY u.id, p.id;

-- name: userWithPosts :many -> UserWithPosts
SELECT u.*, p.* FROM users u JOIN posts p ON p.author_id = u.id WHERE u.id = :id ORDER BY p.id;

-- Rows of one user need not be adjacent: parents come in the order of their first row.
-- name: usersWithPostsNewestFirst :many -> UserWithPosts
SELECT u.*, p.* FROM users u JOIN posts p ON p.author_id = u.id ORDER BY p.id DESC;
