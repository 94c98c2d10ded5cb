package dev.sqlrecord.runtime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The edge-value suite on SQLite through sqlite-jdbc, in memory. */
class EdgeValuesJdbcTest implements NumberEdgeBehaviour, TextTimeEdgeBehaviour {
    private Database db;

    @BeforeEach
    void openDatabase() {
        db = Database.open("jdbc:sqlite::memory:");
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Override
    public Database db() {
        return db;
    }

    @Override
    public boolean isD1() {
        return false;
    }
}
