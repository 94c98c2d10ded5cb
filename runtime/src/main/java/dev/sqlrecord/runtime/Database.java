package dev.sqlrecord.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The entry point generated repositories call: run a statement with positional parameters and map
 * its rows. Thread-safe.
 *
 * <p>Parameters bind to the {@code ?} markers in order. Supported: {@code null}, {@link Long},
 * {@link Integer}, {@link Short}, {@link Byte}, {@link Double}, {@link Float}, {@link String},
 * {@code byte[]}, {@link Boolean} (bound as 1/0), and any {@link java.util.Collection} of these, which
 * expands its own {@code ?} into one marker per element (for {@code IN (?)}).
 */
public final class Database implements AutoCloseable {
    /** Statements kept prepared per connection; more than a typical application's distinct queries. */
    static final int STATEMENT_CACHE_SIZE = 256;

    private final Executor executor;

    Database(Executor executor) {
        this.executor = executor;
    }

    /**
     * Opens an SQLite database: {@code jdbc:sqlite:path/to.db}, {@code jdbc:sqlite::memory:},
     * {@code jdbc:sqlite:} (a temporary database), or a plain file path. Uses one connection, with
     * foreign keys enforced (as on D1), a 5 s busy timeout, and WAL journaling for files.
     */
    public static Database open(String url) {
        Objects.requireNonNull(url, "url");
        var session = JdbcSession.of(SqliteConnector.open(SqliteConnector.toJdbcUrl(url)), STATEMENT_CACHE_SIZE);
        return new Database(new JdbcExecutor(new SingleConnectionSessions(session)));
    }

    /**
     * Runs on connections borrowed from {@code dataSource}: one per call, or one for a whole
     * transaction. The caller owns the DataSource (and its connection settings, such as
     * {@code foreign_keys}); {@link #close()} does not close it.
     */
    public static Database of(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new Database(new JdbcExecutor(new DataSourceSessions(dataSource)));
    }

    /**
     * A {@code :one} query: the row mapped, or empty when there is none (or when the mapper returns
     * null). A second row is an error, not silently dropped.
     */
    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        Objects.requireNonNull(mapper, "mapper");
        return query(sql, params, cursor -> {
            if (!cursor.next()) {
                return Optional.empty();
            }
            T value = mapper.map(cursor);
            if (cursor.next()) {
                throw new SqlRecordException("the query returned more than one row, expected at most one",
                        sql, params.length, null);
            }
            return Optional.ofNullable(value);
        });
    }

    /** A {@code :many} query: every row mapped, in result order. */
    public <T> List<T> many(String sql, RowMapper<T> mapper, Object... params) {
        Objects.requireNonNull(mapper, "mapper");
        return query(sql, params, cursor -> {
            List<T> rows = new ArrayList<>();
            while (cursor.next()) {
                rows.add(mapper.map(cursor));
            }
            return rows;
        });
    }

    /** An {@code :exec} statement: returns the number of rows it changed. */
    public int exec(String sql, Object... params) {
        checkArguments(sql, params);
        if (ParameterExpander.needsExpansion(params)) {
            var expanded = ParameterExpander.expand(sql, params);
            return executor.update(expanded.sql(), expanded.values());
        }
        return executor.update(sql, params);
    }

    /** An {@code :execresult} statement: rows changed and the last inserted rowid. */
    public ExecResult execResult(String sql, Object... params) {
        checkArguments(sql, params);
        if (ParameterExpander.needsExpansion(params)) {
            var expanded = ParameterExpander.expand(sql, params);
            return executor.updateWithRowId(expanded.sql(), expanded.values());
        }
        return executor.updateWithRowId(sql, params);
    }

    /**
     * Runs {@code work} in one transaction: commits when it returns, rolls back when it throws and
     * rethrows. Calls on this database from the same thread inside {@code work} are part of it; a
     * nested {@code transaction} joins it (a failure there rolls back the whole transaction).
     */
    public <R> R transaction(Function<Database, R> work) {
        Objects.requireNonNull(work, "work");
        return executor.transaction(() -> work.apply(this));
    }

    /** {@link #transaction} without a result. */
    public void inTransaction(Consumer<Database> work) {
        Objects.requireNonNull(work, "work");
        executor.transaction(() -> {
            work.accept(this);
            return null;
        });
    }

    /** Closes the connection opened by {@link #open}; for {@link #of}, only stops using the DataSource. */
    @Override
    public void close() {
        executor.close();
    }

    /** For the migration runner: a one-off statement that should not occupy the statement cache. */
    void executeOnce(String sql) {
        executor.executeOnce(sql);
    }

    private <T> T query(String sql, Object[] params, Executor.CursorReader<T> reader) {
        checkArguments(sql, params);
        if (ParameterExpander.needsExpansion(params)) {
            var expanded = ParameterExpander.expand(sql, params);
            return executor.query(expanded.sql(), expanded.values(), reader);
        }
        return executor.query(sql, params, reader);
    }

    private static void checkArguments(String sql, Object[] params) {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(params, "params (pass no arguments, or (Object) null for one NULL)");
    }
}
