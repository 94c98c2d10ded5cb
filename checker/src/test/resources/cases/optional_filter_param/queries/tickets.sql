-- name: findTickets :many
SELECT id, title FROM tickets
WHERE (:status IS NULL OR status = :status)
  AND (:assignee_id IS NULL OR assignee_id = :assignee_id)
ORDER BY id;

-- name: ticketsAssignedTo :many
SELECT id FROM tickets WHERE assignee_id IS :assignee;
