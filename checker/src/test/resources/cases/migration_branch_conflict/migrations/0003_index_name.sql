-- written on a feature branch that started before 0002
CREATE INDEX users_name ON users (name);
