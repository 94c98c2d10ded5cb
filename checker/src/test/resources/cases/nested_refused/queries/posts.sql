-- name: lostSubtype :many
SELECT p.id,
       json_object('title', p.title,
                   'comments', (SELECT json_group_array(json_object('id', c.id)) FROM comments c WHERE c.post_id = p.id))
           AS post
FROM posts p;

-- name: blobInside :many
SELECT json_object('id', p.id, 'raw', randomblob(4)) AS post
FROM posts p;

-- name: nestedIntoUserRecord :many -> Post
SELECT p.id, json_object('id', p.id) AS self
FROM posts p;

-- name: untypedJsonInside :many
SELECT json_object('id', p.id, 'tags', json_array(p.title, 'x')) AS post
FROM posts p;
