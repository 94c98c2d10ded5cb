package dev.sqlrecord.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * Opens the one connection a contender other than sqlrecord runs on, configured exactly as
 * sqlrecord's {@code Database.open} configures its own (runtime's {@code SqliteConnector}): foreign
 * keys on, a 5 s busy timeout, {@code BEGIN IMMEDIATE} transactions, WAL for files, sqlite-jdbc's
 * defaults otherwise. {@link BlogBenchmark} checks the resulting pragmas on every contender. The one
 * driver setting that differs between contenders is {@link GeneratedKeys}: each contender names the one
 * its code needs.
 */
public final class SqliteConnections {
    public static final String MEMORY_URL = "jdbc:sqlite::memory:";

    /** sqlite-jdbc's {@code jdbc.get_generated_keys}. */
    public enum GeneratedKeys {
        /**
         * The driver's default: after every INSERT it runs its own {@code SELECT last_insert_rowid()}, so
         * that {@code getGeneratedKeys()} has an answer. For libraries that ask for keys that way.
         */
        BY_DRIVER,
        /**
         * What sqlrecord's runtime sets: no extra query per INSERT, and {@code getGeneratedKeys()} has
         * nothing to give. For code that never calls it.
         */
        OFF
    }

    private SqliteConnections() {}

    public static Connection open(String url, GeneratedKeys keys) {
        try {
            return config(url, keys).createConnection(url);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + url, e);
        }
    }

    /** The settings {@link #open} opens with, for a pool's data source to open its connections alike. */
    public static SQLiteConfig config(String url, GeneratedKeys keys) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        if (!url.equals(MEMORY_URL)) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        config.setGetGeneratedKeys(keys == GeneratedKeys.BY_DRIVER);
        return config;
    }
}
