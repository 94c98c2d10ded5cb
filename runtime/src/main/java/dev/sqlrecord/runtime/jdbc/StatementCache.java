package dev.sqlrecord.runtime.jdbc;

import dev.sqlrecord.runtime.internal.SqlLexer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.core.CoreStatement;

/**
 * Prepared statements of one connection, kept by SQL text and evicted least recently used first.
 * Preparing is the most expensive part of a short SQLite query, and generated code runs the same
 * few hundred statements over and over.
 *
 * <p>A statement is leased while its result is read. If the same SQL runs again meanwhile (a mapper
 * that queries, say), that call gets a one-off statement instead of resetting the outer cursor.
 * Not thread-safe: a cache belongs to a {@link JdbcSession}, used by one thread at a time.
 */
final class StatementCache {

    /** A leased statement; give it back with {@link #release}. */
    static final class Lease {
        final PreparedStatement statement;
        /** INSERT, UPDATE, DELETE or REPLACE: SQLite's change count after it is the statement's own. */
        final boolean writesRows;
        /** The statement's {@code ?} count, asked of the driver once rather than on every bind. */
        final int parameterCount;
        /**
         * sqlite-jdbc's statement, run through its native handle ({@link NativeStatements}); null when
         * the driver is another (or wrapped by a pool).
         */
        final CoreStatement sqlite;
        /** A write that returns no rows (no {@code RETURNING}): its change count is all there is to read. */
        final boolean plainWrite;

        private final boolean cached;
        private boolean inUse;
        private boolean evicted;

        private Lease(PreparedStatement statement, String sql, boolean cached) throws SQLException {
            this.statement = statement;
            this.parameterCount = statement.getParameterMetaData().getParameterCount();
            this.writesRows = SqlLexer.startsWithWrite(sql);
            this.sqlite = statement instanceof CoreStatement core ? core : null;
            this.plainWrite = writesRows
                    && sqlite != null
                    && sqlite.pointer.safeRunInt((db, handle) -> db.column_count(handle)) == 0;
            this.cached = cached;
        }

        /**
         * Whether the driver finalized the statement under us: sqlite-jdbc does when a statement's
         * first step fails with most error codes (SQLITE_ERROR, say), and then refuses to run it again.
         */
        boolean finalized() throws SQLException {
            return sqlite != null ? sqlite.pointer.isClosed() : statement.isClosed();
        }
    }

    private final Connection connection;
    private final int capacity;
    private final Map<String, Lease> bySql;

    /** @param capacity statements to keep; 0 prepares every call afresh (and closes after) */
    StatementCache(Connection connection, int capacity) {
        this.connection = connection;
        this.capacity = capacity;
        this.bySql = new LinkedHashMap<>(Math.max(16, capacity * 4 / 3 + 1), 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Lease> eldest) {
                if (size() <= StatementCache.this.capacity) {
                    return false;
                }
                Lease lease = eldest.getValue();
                lease.evicted = true;
                if (!lease.inUse) {
                    closeQuietly(lease.statement);
                }
                return true;
            }
        };
    }

    Lease lease(String sql) throws SQLException {
        if (capacity > 0) {
            Lease lease = bySql.get(sql);
            if (lease != null && !lease.inUse && lease.finalized()) {
                bySql.remove(sql);
                lease = null;
            }
            if (lease == null) {
                lease = new Lease(connection.prepareStatement(sql), sql, true);
                lease.inUse = true;
                bySql.put(sql, lease);
                return lease;
            }
            if (!lease.inUse) {
                lease.inUse = true;
                return lease;
            }
        }
        Lease oneOff = new Lease(connection.prepareStatement(sql), sql, false);
        oneOff.inUse = true;
        return oneOff;
    }

    void release(Lease lease) {
        lease.inUse = false;
        if (!lease.cached || lease.evicted) {
            closeQuietly(lease.statement);
        }
    }

    /** Closes every cached statement; leased ones are closed when released. */
    void close() {
        List<Lease> all = new ArrayList<>(bySql.values());
        bySql.clear();
        for (Lease lease : all) {
            lease.evicted = true;
            if (!lease.inUse) {
                closeQuietly(lease.statement);
            }
        }
    }

    int size() {
        return bySql.size();
    }

    private static void closeQuietly(PreparedStatement statement) {
        try {
            statement.close();
        } catch (SQLException ignored) {
            // closing a statement only frees native memory; nothing to report to the caller
        }
    }
}
