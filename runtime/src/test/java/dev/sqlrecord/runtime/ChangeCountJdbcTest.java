package dev.sqlrecord.runtime;

/** {@link ChangeCountBehaviour} on SQLite through sqlite-jdbc, in memory. */
class ChangeCountJdbcTest extends ChangeCountBehaviour {
    @Override
    Database open() {
        return Database.open("jdbc:sqlite::memory:");
    }
}
