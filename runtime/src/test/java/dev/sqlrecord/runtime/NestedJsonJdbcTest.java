package dev.sqlrecord.runtime;

/** {@link NestedJsonBehaviour} on SQLite through sqlite-jdbc, in memory. */
class NestedJsonJdbcTest extends NestedJsonBehaviour {
    @Override
    Database open() {
        return Database.open("jdbc:sqlite::memory:");
    }
}
