CREATE TABLE never (x);
