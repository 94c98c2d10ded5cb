-- name: bestOverall :one -> Best
SELECT player, max(points) AS best, avg(points) AS average FROM scores;
