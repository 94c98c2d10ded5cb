-- name: version :one
SELECT sqlite_version();

-- name: compileOptions :many
SELECT compile_options FROM pragma_compile_options;

-- name: walMode :exec
PRAGMA journal_mode = WAL;

-- name: pageSize :exec
PRAGMA page_size = 8192;

-- name: userVersion :exec
PRAGMA user_version = 3;
