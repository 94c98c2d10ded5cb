-- merged from the main branch
ALTER TABLE users RENAME COLUMN name TO full_name;
