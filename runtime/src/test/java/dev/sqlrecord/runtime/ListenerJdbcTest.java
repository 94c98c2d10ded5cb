package dev.sqlrecord.runtime;

/** {@link ListenerBehaviour} on SQLite through sqlite-jdbc, in memory. */
class ListenerJdbcTest extends ListenerBehaviour {
    @Override
    Database open() {
        return Database.open("jdbc:sqlite::memory:");
    }

    @Override
    boolean isD1() {
        return false;
    }
}
