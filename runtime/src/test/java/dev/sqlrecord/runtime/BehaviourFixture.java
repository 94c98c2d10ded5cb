package dev.sqlrecord.runtime;

/** What the behaviour interfaces need from the suite running them. */
public interface BehaviourFixture {
    /** The database under test, empty at the start of each test. */
    Database db();

    /** Whether it is D1 (for the few documented differences). */
    boolean isD1();

    /** The schema most tests use: users, posts referencing them, with every kind of constraint. */
    default void createBlogSchema() {
        db().batch(
                        Statement.exec(
                                "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT,"
                                        + " age INTEGER CONSTRAINT age_not_negative CHECK (age >= 0))"),
                        Statement.exec("CREATE TABLE posts (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL"
                                + " REFERENCES users(id), title TEXT NOT NULL, UNIQUE (author_id, title))"));
    }
}
