package dev.sqlrecord.runtime;

import dev.sqlrecord.runtime.internal.ListParameters;
import dev.sqlrecord.runtime.spi.Executor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How one {@link Statement} runs on an executor: one operation (its collections bound as JSON, see
 * {@link ListParameters}) and, for the {@code :one}/{@code :many} kinds, the reader of its rows.
 */
final class StatementPlan {
    private StatementPlan() {}

    /** The statement as one executor operation; with {@code comments}, a generated query's SQL names it. */
    static Executor.Operation operation(Statement<?> statement, boolean comments) {
        Query query = statement.query();
        String sql = comments && query != null ? query.commentedSql() : statement.sql();
        ListParameters.Bound bound = ListParameters.bind(sql, statement.params());
        Executor.CursorReader<?> reader = switch (statement.kind()) {
            case ONE -> oneReader(statement.mapper(), statement.sql(), bound.values().length);
            case SINGLE -> singleReader(statement.mapper(), statement.sql(), bound.values().length);
            case MANY -> manyReader(statement.mapper());
            case EXEC, EXEC_RESULT -> null;
        };
        return new Executor.Operation(
                bound.sql(), bound.values(), reader, statement.kind() == Statement.Kind.EXEC_RESULT);
    }

    /** The statement's result from its operation's: rows changed for {@code :exec}, else as it is. */
    @SuppressWarnings("unchecked")
    static <R> R result(Statement<R> statement, Object operationResult) {
        return (R)
                (statement.kind() == Statement.Kind.EXEC
                        ? (Object) ((ExecResult) operationResult).rowsChanged()
                        : statement.finish(operationResult));
    }

    /** {@code :one}: no row is empty, one row is its value, a second row is an error. */
    static <T> Executor.CursorReader<Optional<T>> oneReader(RowMapper<T> mapper, String sql, int parameterCount) {
        return cursor -> {
            if (!cursor.next()) {
                return Optional.empty();
            }
            T value = mapper.map(cursor);
            if (cursor.next()) {
                throw new SqlRecordException(
                        "the query returned more than one row, expected at most one", sql, parameterCount, null);
            }
            return Optional.ofNullable(value);
        };
    }

    /** The first row, if any; the rest are left unread. */
    static <T> Executor.CursorReader<Optional<T>> firstReader(RowMapper<T> mapper) {
        return cursor -> cursor.next() ? Optional.ofNullable(mapper.map(cursor)) : Optional.empty();
    }

    /** A row proven at build time to come: the first, mapped; none is an error. */
    static <T> Executor.CursorReader<T> singleReader(RowMapper<T> mapper, String sql, int parameterCount) {
        return cursor -> {
            if (!cursor.next()) {
                throw new SqlRecordException(
                        "the query returned no row, but the build-time check proved that it"
                                + " returns exactly one: please report this as a bug of sqlrecord's checker",
                        sql,
                        parameterCount,
                        null);
            }
            return mapper.map(cursor);
        };
    }

    static <T> Executor.CursorReader<List<T>> manyReader(RowMapper<T> mapper) {
        return cursor -> {
            List<T> rows = new ArrayList<>();
            while (cursor.next()) {
                rows.add(mapper.map(cursor));
            }
            return rows;
        };
    }
}
