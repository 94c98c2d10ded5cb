package dev.sqlrecord.runtime.jdbc;

import dev.sqlrecord.runtime.SqlRecordException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.sqlite.JDBC;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Opens the connection behind {@link dev.sqlrecord.runtime.Database#open(String)}, configured like D1 behaves. */
final class SqliteConnector {
    static final String PREFIX = "jdbc:sqlite:";
    static final int BUSY_TIMEOUT_MILLIS = 5000;

    private SqliteConnector() {}

    /** {@code jdbc:sqlite:...} as given; anything without a {@code jdbc:} scheme is a file path. */
    static String toJdbcUrl(String url) {
        if (url.startsWith(PREFIX)) {
            return url;
        }
        if (url.regionMatches(true, 0, "jdbc:", 0, 5)) {
            throw new SqlRecordException("not an SQLite URL (expected jdbc:sqlite:...): " + url);
        }
        return PREFIX + url;
    }

    /**
     * In-memory and temporary databases live and die with their connection, so they must never be
     * opened twice and WAL does not apply to them.
     */
    static boolean isPrivateToConnection(String jdbcUrl) {
        String rest = jdbcUrl.substring(PREFIX.length()).toLowerCase(Locale.ROOT);
        return rest.isEmpty()
                || rest.startsWith(":memory:")
                || rest.startsWith("file::memory:")
                || rest.contains("mode=memory");
    }

    /**
     * Opens with D1-like defaults; a setting given in the URL ({@code ?journal_mode=DELETE}) is left
     * to the URL, because sqlite-jdbc would otherwise let the defaults override it.
     */
    static Connection open(String jdbcUrl) {
        Set<String> inUrl = urlSettings(jdbcUrl);
        SQLiteConfig config = new SQLiteConfig();
        if (!inUrl.contains("foreign_keys")) {
            // D1 enforces foreign keys on every query; matching it keeps local tests honest
            config.enforceForeignKeys(true);
        }
        if (!inUrl.contains("busy_timeout")) {
            config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        }
        if (!inUrl.contains("transaction_mode")) {
            // a deferred transaction that reads first and writes later fails with SQLITE_BUSY (no
            // waiting) when another connection wrote in between; taking the write lock at BEGIN waits
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        if (!inUrl.contains("journal_mode") && !isPrivateToConnection(jdbcUrl)) {
            // readers and the writer stop blocking each other
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        // the driver would run its own SELECT last_insert_rowid() after every INSERT for
        // getGeneratedKeys(), which we never call: :execresult asks SQLite itself, once
        config.setGetGeneratedKeys(false);
        long deadline = System.nanoTime() + BUSY_TIMEOUT_MILLIS * 1_000_000L;
        while (true) {
            try {
                Connection connection = JDBC.createConnection(jdbcUrl, config.toProperties());
                if (connection == null) {
                    throw new SqlRecordException("not an SQLite URL: " + jdbcUrl);
                }
                return connection;
            } catch (SQLException e) {
                if (!isBusy(e) || System.nanoTime() > deadline) {
                    throw new SqlRecordException("could not open " + jdbcUrl + ": " + SqliteErrors.reason(e), e);
                }
                // Switching a new file to WAL needs it to itself, and SQLite answers BUSY at once,
                // without its busy handler, when several connections open a new file together (app
                // instances starting side by side). Once the file is in WAL mode, opening is free.
                pause();
            }
        }
    }

    private static boolean isBusy(SQLException e) {
        return e instanceof SQLiteException sqlite
                && sqlite.getResultCode().code % 256 == SQLiteErrorCode.SQLITE_BUSY.code;
    }

    private static void pause() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(5, 50));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new SqlRecordException("interrupted while waiting to open the database");
        }
    }

    /**
     * Whether the database is in WAL mode, where readers and the writer do not block each other
     * (in the rollback-journal modes a reader would make the writer wait, and the reverse).
     */
    static boolean isWal(JdbcSession session) {
        try (java.sql.Statement statement = session.connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery("PRAGMA journal_mode")) {
            return rows.next() && "wal".equalsIgnoreCase(rows.getString(1));
        } catch (SQLException e) {
            session.close();
            throw SqliteErrors.wrap(e, "PRAGMA journal_mode", 0);
        }
    }

    /** Names of the {@code key=value} settings after the URL's {@code ?}, lower-cased. */
    static Set<String> urlSettings(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        if (query < 0) {
            return Set.of();
        }
        Set<String> keys = new HashSet<>();
        for (String pair : jdbcUrl.substring(query + 1).split("&")) {
            int eq = pair.indexOf('=');
            keys.add((eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT));
        }
        return keys;
    }
}
