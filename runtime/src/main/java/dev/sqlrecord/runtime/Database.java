package dev.sqlrecord.runtime;

import dev.sqlrecord.runtime.d1.D1Config;
import dev.sqlrecord.runtime.d1.D1Executor;
import dev.sqlrecord.runtime.internal.RuntimeAccess;
import dev.sqlrecord.runtime.jdbc.JdbcExecutor;
import dev.sqlrecord.runtime.spi.Executor;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The entry point generated repositories call: run a statement with positional parameters and map
 * its rows, on SQLite ({@link #open}, {@link #of}) or on Cloudflare D1 ({@link #d1}). Thread-safe.
 *
 * <p>Parameters bind to the {@code ?} markers in order. Supported: {@code null}, {@link Long},
 * {@link Integer}, {@link Short}, {@link Byte}, {@link Double}, {@link Float}, {@link String},
 * {@code byte[]}, {@link Boolean} (bound as 1/0), {@link java.math.BigDecimal} (bound as the number
 * NUMERIC affinity makes of it; one that would lose digits is refused), the dates, UUIDs and enums
 * of the README's type table, and any {@link java.util.Collection} of these but {@code byte[]}, for
 * {@code x IN (?)}: it is bound as one value, a JSON array, read with {@code json_each}, so a list
 * of any length runs as one statement on SQLite and on D1.
 */
public final class Database implements AutoCloseable {
    /** Statements kept prepared per connection; more than a typical application's distinct queries. */
    static final int STATEMENT_CACHE_SIZE = 256;

    static {
        RuntimeAccess.install(new ApiGrant());
    }

    private final Executor executor;
    private final boolean valuesInErrors;
    /** Null without listeners: then no call allocates anything for them. */
    private final ListenerChain listeners;
    /** Whether listeners' events carry parameter values, also those of listeners added later. */
    private final boolean valuesInEvents;
    /** Whether a generated query's SQL is sent with a comment naming it. */
    private final boolean comments;
    /** How each call runs with these settings. */
    private final Calls calls;

    Database(Executor executor) {
        this(executor, false, null, false, false);
    }

    private Database(
            Executor executor,
            boolean valuesInErrors,
            ListenerChain listeners,
            boolean valuesInEvents,
            boolean comments) {
        this.executor = executor;
        this.valuesInErrors = valuesInErrors;
        this.listeners = listeners == null || !valuesInEvents ? listeners : listeners.withParameterValues();
        this.valuesInEvents = valuesInEvents;
        this.comments = comments;
        this.calls = new Calls(executor, this.listeners, valuesInErrors, comments);
    }

    /**
     * The same database (same connection, same executor), whose error messages also list the
     * parameter values of the failing statement. Off by default: values are often personal data,
     * and exception messages end up in logs. Meant for debugging.
     */
    public Database withParameterValuesInErrors() {
        return new Database(executor, true, listeners, valuesInEvents, comments);
    }

    /**
     * The same database, whose statements {@code listener} is told about, before and after each,
     * after the listeners this one already has. See {@link StatementListener}.
     */
    public Database withListener(StatementListener listener) {
        Objects.requireNonNull(listener, "listener");
        ListenerChain chain = ListenerChain.append(listeners, listener, executor.backend());
        return new Database(executor, valuesInErrors, chain, valuesInEvents, comments);
    }

    /**
     * The same database, whose listeners' events carry the parameter values
     * ({@link StatementEvent#parameters()}). Off by default, as in errors: values are often
     * personal data, and listeners write logs and traces. Applies to the listeners added before
     * this call and after it.
     */
    public Database withParameterValuesInEvents() {
        return new Database(executor, valuesInErrors, listeners, true, comments);
    }

    /**
     * The same database, which sends each generated query's SQL with one trailing comment naming
     * it, in the sqlcommenter format: a block comment holding {@code name='findUser',file='queries%2Fusers.sql%3A3'}.
     * D1's query insights and SQLite's traces then show which query ran. SQL written by hand is
     * sent as it is.
     */
    public Database withQueryComments() {
        return new Database(executor, valuesInErrors, listeners, valuesInEvents, true);
    }

    /**
     * Opens an SQLite database: {@code jdbc:sqlite:path/to.db}, {@code jdbc:sqlite::memory:},
     * {@code jdbc:sqlite:} (a temporary database), or a plain file path, with foreign keys enforced
     * (as on D1), a 5 s busy timeout, and WAL journaling for files. A file gets one writer
     * connection and as many read connections as there are processors (at least 2), so reads run
     * side by side; see {@link #open(String, int)}.
     */
    public static Database open(String url) {
        return open(url, Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * As {@link #open(String)}, with at most {@code readConnections} read-only connections beside
     * the writer. Reads outside a transaction run on them; writes, batches and transactions (their
     * reads too) run on the writer, one at a time. {@code 1} gives one connection for everything.
     * An in-memory or temporary database always has one connection (each connection to it would be
     * a database of its own), and so does a file not in WAL mode.
     */
    public static Database open(String url, int readConnections) {
        Objects.requireNonNull(url, "url");
        if (readConnections < 1) {
            throw new IllegalArgumentException("readConnections must be at least 1, was " + readConnections);
        }
        return new Database(JdbcExecutor.open(url, STATEMENT_CACHE_SIZE, readConnections));
    }

    /**
     * Runs on connections borrowed from {@code dataSource}: one per call, or one for a whole
     * transaction. The caller owns the DataSource (and its connection settings, such as
     * {@code foreign_keys}); {@link #close()} does not close it.
     */
    public static Database of(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new Database(JdbcExecutor.of(dataSource));
    }

    /**
     * A Cloudflare D1 database over its HTTP API ({@link D1Config#fromEnvironment()} reads the
     * usual variables). D1 has no interactive transactions: {@link #transaction} is refused, and
     * {@link #batch} is the way to run several statements atomically.
     */
    public static Database d1(D1Config config) {
        return new Database(new D1Executor(Objects.requireNonNull(config, "config")));
    }

    /**
     * A database on a backend of one's own: an implementation of {@link Executor}, which receives
     * final SQL and bindable values ({@link Database} expands collections and splits long lists).
     */
    public static Database of(Executor executor) {
        return new Database(Objects.requireNonNull(executor, "executor"));
    }

    /**
     * A {@code :one} query: the row mapped, or empty when there is none (or when the mapper returns
     * null). A second row is an error, not silently dropped.
     */
    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        return one(null, sql, mapper, params);
    }

    /** {@link #one(String, RowMapper, Object...)} of a generated query, which listeners see by name. */
    public <T> Optional<T> one(Query query, RowMapper<T> mapper, Object... params) {
        return one(query, query.sql(), mapper, params);
    }

    private <T> Optional<T> one(Query query, String sql, RowMapper<T> mapper, Object[] params) {
        Objects.requireNonNull(mapper, "mapper");
        return calls.bound(
                query,
                sql,
                Statement.Kind.ONE,
                params,
                (s, v) -> executor.query(s, v, StatementPlan.oneReader(mapper, sql, params.length)));
    }

    /**
     * The first row mapped, or empty; rows after it are not read. Generated code calls this instead
     * of {@link #one} where the checker proved at build time that the query returns at most one row
     * (an equality on the whole primary key or on a unique index, {@code LIMIT 1}, an aggregate
     * without {@code GROUP BY}): reading on to prove there is no second row would only cost time.
     */
    public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... params) {
        return first(null, sql, mapper, params);
    }

    /** {@link #first(String, RowMapper, Object...)} of a generated query. */
    public <T> Optional<T> first(Query query, RowMapper<T> mapper, Object... params) {
        return first(query, query.sql(), mapper, params);
    }

    private <T> Optional<T> first(Query query, String sql, RowMapper<T> mapper, Object[] params) {
        Objects.requireNonNull(mapper, "mapper");
        return calls.bound(
                query,
                sql,
                Statement.Kind.ONE,
                params,
                (s, v) -> executor.query(s, v, StatementPlan.firstReader(mapper)));
    }

    /**
     * A {@code :one} query that the checker proved at build time returns exactly one row (an
     * aggregate without {@code GROUP BY}, an {@code INSERT} of one row with {@code RETURNING}): the
     * row mapped, not an Optional. No row at all fails with a {@link SqlRecordException}, since it
     * would mean the proof was wrong; rows after the first are not read.
     */
    public <T> T single(String sql, RowMapper<T> mapper, Object... params) {
        return single(null, sql, mapper, params);
    }

    /** {@link #single(String, RowMapper, Object...)} of a generated query. */
    public <T> T single(Query query, RowMapper<T> mapper, Object... params) {
        return single(query, query.sql(), mapper, params);
    }

    private <T> T single(Query query, String sql, RowMapper<T> mapper, Object[] params) {
        Objects.requireNonNull(mapper, "mapper");
        return calls.bound(
                query,
                sql,
                Statement.Kind.SINGLE,
                params,
                (s, v) -> executor.query(s, v, StatementPlan.singleReader(mapper, sql, params.length)));
    }

    /** A {@code :many} query: every row mapped, in result order. */
    public <T> List<T> many(String sql, RowMapper<T> mapper, Object... params) {
        return many(null, sql, mapper, params);
    }

    /** {@link #many(String, RowMapper, Object...)} of a generated query. */
    public <T> List<T> many(Query query, RowMapper<T> mapper, Object... params) {
        return many(query, query.sql(), mapper, params);
    }

    private <T> List<T> many(Query query, String sql, RowMapper<T> mapper, Object[] params) {
        Objects.requireNonNull(mapper, "mapper");
        return calls.bound(
                query,
                sql,
                Statement.Kind.MANY,
                params,
                (s, v) -> executor.query(s, v, StatementPlan.manyReader(mapper)));
    }

    /**
     * A {@code :many} query read lazily: rows are fetched and mapped as the stream is consumed, so a
     * result larger than memory can be processed. Close the stream (try-with-resources): until
     * then, on {@link #open}, it holds the connection, and other threads wait for it; close it on
     * the thread that opened it. On D1 the whole result arrives in one HTTP response, so the stream
     * only saves mapping work.
     */
    public <T> Stream<T> stream(String sql, RowMapper<T> mapper, Object... params) {
        return stream(null, sql, mapper, params);
    }

    /** {@link #stream(String, RowMapper, Object...)} of a generated query. */
    public <T> Stream<T> stream(Query query, RowMapper<T> mapper, Object... params) {
        return stream(query, query.sql(), mapper, params);
    }

    private <T> Stream<T> stream(Query query, String sql, RowMapper<T> mapper, Object[] params) {
        return calls.stream(query, sql, mapper, params);
    }

    /** An {@code :exec} statement: returns the number of rows it changed. */
    public int exec(String sql, Object... params) {
        return calls.bound(null, sql, Statement.Kind.EXEC, params, executor::update);
    }

    /** {@link #exec(String, Object...)} of a generated query. */
    public int exec(Query query, Object... params) {
        return calls.bound(query, query.sql(), Statement.Kind.EXEC, params, executor::update);
    }

    /** An {@code :execresult} statement: rows changed and the last inserted rowid. */
    public ExecResult execResult(String sql, Object... params) {
        return calls.bound(null, sql, Statement.Kind.EXEC_RESULT, params, executor::updateWithRowId);
    }

    /** {@link #execResult(String, Object...)} of a generated query. */
    public ExecResult execResult(Query query, Object... params) {
        return calls.bound(query, query.sql(), Statement.Kind.EXEC_RESULT, params, executor::updateWithRowId);
    }

    /**
     * A list form: runs the change {@code sql} once for each element of {@code rows} (the values
     * of its {@code ?} markers, as {@link #exec(String, Object...)} takes them), in order and
     * atomically, and returns the rows each element changed. On SQLite that is one prepared
     * statement, bound and stepped once per element on sqlite-jdbc's native handle, in one
     * transaction on the writer (joining a running {@link #transaction}); on D1 one batch request,
     * never split: a list that does not fit in one request is refused before anything is sent
     * ({@link LimitExceededException}, see {@link D1Config#withRequestLimits}). A failure rolls back
     * every element and throws the failing element's exception, whose
     * {@link SqlRecordException#batchIndex()} is its index in {@code rows}. An empty list runs nothing.
     */
    public int[] execEach(String sql, List<Object[]> rows) {
        return ListCalls.exec(calls, null, sql, rows, Function.identity());
    }

    /**
     * {@link #execEach(String, List)} of a generated query, whose list form passes its parameter
     * records and how to read each one's values.
     */
    public <P> int[] execEach(Query query, List<P> rows, Function<? super P, Object[]> params) {
        return ListCalls.exec(calls, query, query.sql(), rows, params);
    }

    /**
     * {@link #execEach(String, List)} of an {@code :execresult} statement: each element's rows
     * changed and last inserted rowid. On SQLite the elements run one after the other on one
     * prepared statement in one transaction, each element's rowid read after it.
     */
    public List<ExecResult> execResultEach(String sql, List<Object[]> rows) {
        return ListCalls.execResult(calls, null, sql, rows, Function.identity());
    }

    /** {@link #execResultEach(String, List)} of a generated query. */
    public <P> List<ExecResult> execResultEach(Query query, List<P> rows, Function<? super P, Object[]> params) {
        return ListCalls.execResult(calls, query, query.sql(), rows, params);
    }

    /** Runs one {@link Statement}, as the matching method ({@link #one}, {@link #exec}, ...) would. */
    public <R> R run(Statement<R> statement) {
        return calls.run(statement);
    }

    /**
     * Runs {@code statements} in order, atomically: all of them apply, or none. On SQLite that is
     * one transaction (joining a running {@link #transaction}); on D1 one HTTP request in D1's batch
     * form. A failure rolls back every statement and throws the failing statement's exception, whose
     * {@link SqlRecordException#batchIndex()} (and message) says which statement it was.
     */
    public BatchResults batch(List<? extends Statement<?>> statements) {
        return Batches.run(calls, statements);
    }

    /** {@link #batch(List)} for statements given one by one. */
    public BatchResults batch(Statement<?>... statements) {
        return batch(Arrays.asList(statements));
    }

    /**
     * Runs {@code work} in one transaction: commits when it returns, rolls back when it throws and
     * rethrows. Calls on this database from the same thread inside {@code work} are part of it; a
     * nested {@code transaction} joins it (a failure there rolls back the whole transaction).
     * Refused on D1, which has no interactive transactions: use {@link #batch} there.
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

    /** Whether {@link #transaction} is available (SQLite), or only {@link #batch} (D1). */
    public boolean supportsTransactions() {
        return executor.supportsTransactions();
    }

    /** Closes the connection opened by {@link #open}; for {@link #of}, only stops using the DataSource. */
    @Override
    public void close() {
        executor.close();
    }

    /** For the migration runner: {@link Executor#transactionWithoutForeignKeys}. */
    <R> R transactionWithoutForeignKeys(Function<Database, R> work) {
        return executor.transactionWithoutForeignKeys(() -> work.apply(this));
    }

    /** For the migration runner: a one-off statement that should not occupy the statement cache. */
    void executeOnce(String sql) {
        calls.executeOnce(sql);
    }

    /** For the migration runner: {@link Executor#restoreAdvice()}. */
    String restoreAdvice() {
        return executor.restoreAdvice();
    }
}
