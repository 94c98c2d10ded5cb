package dev.sqlrecord.runtime;

/** {@link LoggingBehaviour} on SQLite through sqlite-jdbc, in memory. */
class LoggingJdbcTest extends LoggingBehaviour {
    @Override
    Database open() {
        return Database.open("jdbc:sqlite::memory:");
    }

    @Override
    boolean isD1() {
        return false;
    }
}
