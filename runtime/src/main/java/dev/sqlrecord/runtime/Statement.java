package dev.sqlrecord.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One statement with its parameters, not yet run: what {@link Database#batch(List)} runs atomically
 * and {@link Database#run(Statement)} runs alone. The four kinds mirror {@link Database}'s methods
 * and the query kinds of a query file, and {@code R} is what running it gives:
 *
 * <pre>{@code
 * Statement<Integer> rename = Statement.exec("UPDATE users SET name = ? WHERE id = ?", "Ada", 1L);
 * Statement<Optional<User>> find = Statement.one("SELECT id, name FROM users WHERE id = ?", USER, 1L);
 * BatchResults results = db.batch(rename, find);
 * Optional<User> ada = results.get(find);
 * }</pre>
 *
 * <p>A value: immutable, reusable, comparable by identity only. The parameter array is copied; a
 * collection parameter is read when the statement runs.
 *
 * @param <R> the result: {@code Optional<T>} for {@link #one}, {@code T} for {@link #single},
 *            {@code List<T>} for {@link #many},
 *            {@code Integer} (rows changed) for {@link #exec}, {@link ExecResult} for {@link #execResult}
 */
@SuppressWarnings("UnusedTypeParameter") // R types the generated call sites, never read here
public final class Statement<R> {
    /** The query kinds (README.md, Query files), and {@code single} for a row proven to exist. */
    public enum Kind {
        ONE,
        SINGLE,
        MANY,
        EXEC,
        EXEC_RESULT
    }

    private final Kind kind;
    private final Query query;
    private final String sql;
    private final Object[] params;
    private final RowMapper<?> mapper;
    /** For a folding query, the fold of its mapped rows ({@link FlatJoin#fold}); else null. */
    private final Function<List<?>, List<?>> fold;

    private Statement(Kind kind, Query query, String sql, RowMapper<?> mapper, Object[] params) {
        this(kind, query, sql, mapper, params, null);
    }

    private Statement(
            Kind kind, Query query, String sql, RowMapper<?> mapper, Object[] params, Function<List<?>, List<?>> fold) {
        this.fold = fold;
        this.kind = kind;
        this.query = query;
        this.sql = Objects.requireNonNull(sql, "sql");
        this.params = Objects.requireNonNull(params, "params (pass no arguments, or (Object) null for one NULL)")
                .clone();
        this.mapper = mapper;
    }

    /** A {@code :one} query: at most one row, mapped; empty when there is none. */
    public static <T> Statement<Optional<T>> one(String sql, RowMapper<T> mapper, Object... params) {
        return new Statement<>(Kind.ONE, null, sql, Objects.requireNonNull(mapper, "mapper"), params);
    }

    /**
     * A {@code :one} query proven at build time to return exactly one row: the row itself. No row
     * fails the statement (and a batch that holds it), as {@link Database#single} does.
     */
    public static <T> Statement<T> single(String sql, RowMapper<T> mapper, Object... params) {
        return new Statement<>(Kind.SINGLE, null, sql, Objects.requireNonNull(mapper, "mapper"), params);
    }

    /** A {@code :many} query: every row, mapped, in result order. */
    public static <T> Statement<List<T>> many(String sql, RowMapper<T> mapper, Object... params) {
        return new Statement<>(Kind.MANY, null, sql, Objects.requireNonNull(mapper, "mapper"), params);
    }

    /** An {@code :exec} statement: gives the number of rows it changed. */
    public static Statement<Integer> exec(String sql, Object... params) {
        return new Statement<>(Kind.EXEC, null, sql, null, params);
    }

    /** An {@code :execresult} statement: gives rows changed and the last inserted rowid. */
    public static Statement<ExecResult> execResult(String sql, Object... params) {
        return new Statement<>(Kind.EXEC_RESULT, null, sql, null, params);
    }

    /** {@link #one(String, RowMapper, Object...)} of a generated query, which listeners see by name. */
    public static <T> Statement<Optional<T>> one(Query query, RowMapper<T> mapper, Object... params) {
        return new Statement<>(Kind.ONE, query, query.sql(), Objects.requireNonNull(mapper, "mapper"), params);
    }

    /** {@link #single(String, RowMapper, Object...)} of a generated query. */
    public static <T> Statement<T> single(Query query, RowMapper<T> mapper, Object... params) {
        return new Statement<>(Kind.SINGLE, query, query.sql(), Objects.requireNonNull(mapper, "mapper"), params);
    }

    /** {@link #many(String, RowMapper, Object...)} of a generated query. */
    public static <T> Statement<List<T>> many(Query query, RowMapper<T> mapper, Object... params) {
        return new Statement<>(Kind.MANY, query, query.sql(), Objects.requireNonNull(mapper, "mapper"), params);
    }

    /**
     * A generated {@code :many} query that folds a flat join into parents with their children
     * ({@link FlatJoin#fold}): its result is the parents.
     */
    @SuppressWarnings("unchecked")
    public static <P, C> Statement<List<P>> folded(
            Query query, RowMapper<FlatJoin.Folded<P, C>> mapper, Object... params) {
        return new Statement<>(
                Kind.MANY,
                query,
                query.sql(),
                Objects.requireNonNull(mapper, "mapper"),
                params,
                rows -> FlatJoin.fold((List<FlatJoin.Folded<P, C>>) rows));
    }

    /** {@link #exec(String, Object...)} of a generated query. */
    public static Statement<Integer> exec(Query query, Object... params) {
        return new Statement<>(Kind.EXEC, query, query.sql(), null, params);
    }

    /** {@link #execResult(String, Object...)} of a generated query. */
    public static Statement<ExecResult> execResult(Query query, Object... params) {
        return new Statement<>(Kind.EXEC_RESULT, query, query.sql(), null, params);
    }

    public Kind kind() {
        return kind;
    }

    public String sql() {
        return sql;
    }

    /** The generated query this statement runs; null for SQL written by hand. */
    public Query query() {
        return query;
    }

    /** How many parameters were given (a collection counts as one). */
    public int parameterCount() {
        return params.length;
    }

    Object[] params() {
        return params;
    }

    RowMapper<?> mapper() {
        return mapper;
    }

    /** The rows as read, or folded for a folding query. */
    Object finish(Object rows) {
        return fold == null ? rows : fold.apply((List<?>) rows);
    }

    /** The kind and the SQL; never the parameter values (they may be personal data). */
    @Override
    public String toString() {
        return kind + " " + sql + " (" + params.length + (params.length == 1 ? " parameter)" : " parameters)");
    }
}
