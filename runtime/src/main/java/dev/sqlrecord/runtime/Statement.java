package dev.sqlrecord.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
    private final String sql;
    private final Object[] params;
    private final RowMapper<?> mapper;

    private Statement(Kind kind, String sql, RowMapper<?> mapper, Object[] params) {
        this.kind = kind;
        this.sql = Objects.requireNonNull(sql, "sql");
        this.params = Objects.requireNonNull(params, "params (pass no arguments, or (Object) null for one NULL)")
                .clone();
        this.mapper = mapper;
    }

    /** A {@code :one} query: at most one row, mapped; empty when there is none. */
    public static <T> Statement<Optional<T>> one(String sql, RowMapper<T> mapper, Object... params) {
        return new Statement<>(Kind.ONE, sql, Objects.requireNonNull(mapper, "mapper"), params);
    }

    /**
     * A {@code :one} query proven at build time to return exactly one row: the row itself. No row
     * fails the statement (and a batch that holds it), as {@link Database#single} does.
     */
    public static <T> Statement<T> single(String sql, RowMapper<T> mapper, Object... params) {
        return new Statement<>(Kind.SINGLE, sql, Objects.requireNonNull(mapper, "mapper"), params);
    }

    /** A {@code :many} query: every row, mapped, in result order. */
    public static <T> Statement<List<T>> many(String sql, RowMapper<T> mapper, Object... params) {
        return new Statement<>(Kind.MANY, sql, Objects.requireNonNull(mapper, "mapper"), params);
    }

    /** An {@code :exec} statement: gives the number of rows it changed. */
    public static Statement<Integer> exec(String sql, Object... params) {
        return new Statement<>(Kind.EXEC, sql, null, params);
    }

    /** An {@code :execresult} statement: gives rows changed and the last inserted rowid. */
    public static Statement<ExecResult> execResult(String sql, Object... params) {
        return new Statement<>(Kind.EXEC_RESULT, sql, null, params);
    }

    public Kind kind() {
        return kind;
    }

    public String sql() {
        return sql;
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

    /** The kind and the SQL; never the parameter values (they may be personal data). */
    @Override
    public String toString() {
        return kind + " " + sql + " (" + params.length + (params.length == 1 ? " parameter)" : " parameters)");
    }
}
