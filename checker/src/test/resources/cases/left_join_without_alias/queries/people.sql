-- LEFT and NATURAL are join keywords here, never aliases of the table before them.
-- name: peopleWithBadges :many
SELECT name, label FROM people LEFT JOIN badges ON badges.person_id = people.person_id;

-- name: peopleNaturalBadges :many
SELECT name, label FROM people LEFT NATURAL JOIN badges;
