-- name: employeesRightJoin :many
SELECT e.name AS employee, d.name AS department
FROM employees e RIGHT JOIN departments d ON d.id = e.department_id;

-- name: everything :many
SELECT e.name AS employee, d.name AS department
FROM employees e FULL OUTER JOIN departments d ON d.id = e.department_id;

-- name: leftThenRight :many
SELECT d.name AS department, e.name AS employee, m.name AS manager
FROM departments d
LEFT JOIN employees e ON e.department_id = d.id
RIGHT JOIN employees m ON m.id = e.id;
