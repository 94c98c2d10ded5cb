CREATE TABLE people (person_id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE badges (badge_id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES people (person_id),
                     label TEXT NOT NULL);
CREATE INDEX badges_person_idx ON badges (person_id);
