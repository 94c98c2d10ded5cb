-- name: getPlayer :one -> Player
SELECT id, name, level, best_score, banned, rating FROM players WHERE id = :id;

-- name: levels :many -> com.example.app.PlayerLevel
SELECT id, level, best_score FROM players ORDER BY level DESC;
