-- a comment in Latin-1: café
CREATE TABLE tags (label TEXT PRIMARY KEY);
