package dev.sqlrecord.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * Opens the one connection a contender other than sqlrecord runs on, configured exactly as
 * sqlrecord's {@code Database.open} configures its own (runtime's {@code SqliteConnector}): foreign
 * keys on, a 5 s busy timeout, {@code BEGIN IMMEDIATE} transactions, WAL for files, sqlite-jdbc's
 * defaults otherwise. {@link BlogBenchmark} checks the resulting pragmas on every contender.
 */
public final class SqliteConnections {
    public static final String MEMORY_URL = "jdbc:sqlite::memory:";

    private SqliteConnections() {
    }

    public static Connection open(String url) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        if (!url.equals(MEMORY_URL)) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        try {
            return config.createConnection(url);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + url, e);
        }
    }
}
