package dev.sqlrecord.runtime;

/** The shared suite on SQLite through sqlite-jdbc, in memory. */
class DatabaseBehaviourJdbcTest extends DatabaseBehaviour {
    @Override
    Database open() {
        return Database.open("jdbc:sqlite::memory:");
    }

    @Override
    public boolean isD1() {
        return false;
    }
}
