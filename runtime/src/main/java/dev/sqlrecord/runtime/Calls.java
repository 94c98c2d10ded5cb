package dev.sqlrecord.runtime;

import dev.sqlrecord.runtime.internal.ListParameters;
import dev.sqlrecord.runtime.spi.Executor;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * How a {@link Database} runs one call: arguments checked, collections bound, the SQL as sent
 * (with its query comment when on), listeners told when there are any, errors given the values
 * when asked to. One per Database, immutable; {@link Batches} and {@link ListCalls} build on it.
 */
final class Calls {
    final Executor executor;
    /** Null without listeners: then no call allocates anything for them. */
    final ListenerChain listeners;

    private final boolean valuesInErrors;
    /** Whether a generated query's SQL is sent with a comment naming it. */
    private final boolean comments;

    Calls(Executor executor, ListenerChain listeners, boolean valuesInErrors, boolean comments) {
        this.executor = executor;
        this.listeners = listeners;
        this.valuesInErrors = valuesInErrors;
        this.comments = comments;
    }

    /** What one call does with its SQL and values once collections are bound. */
    interface BoundCall<R> {
        R run(String sql, Object[] values);
    }

    /**
     * Checks the arguments, binds collections, runs {@code call} (telling the listeners, if any);
     * an error gets the values when asked to.
     */
    <R> R bound(Query query, String sql, Statement.Kind kind, Object[] params, BoundCall<R> call) {
        checkArguments(sql, params);
        try {
            ListParameters.Bound bound = ListParameters.bind(sent(query, sql), params);
            if (listeners == null) {
                return call.run(bound.sql(), bound.values());
            }
            return listeners.statement(query, bound.sql(), kind, params, () -> call.run(bound.sql(), bound.values()));
        } catch (SqlRecordException e) {
            throw withValues(e, params);
        }
    }

    <T> Stream<T> stream(Query query, String sql, RowMapper<T> mapper, Object[] params) {
        Objects.requireNonNull(mapper, "mapper");
        checkArguments(sql, params);
        ListParameters.Bound bound = ListParameters.bind(sent(query, sql), params);
        if (listeners == null) {
            return executor.stream(bound.sql(), bound.values(), mapper);
        }
        return listeners.statement(
                query,
                bound.sql(),
                Statement.Kind.MANY,
                params,
                () -> executor.stream(bound.sql(), bound.values(), mapper));
    }

    /** Runs one {@link Statement}, as the matching method of {@link Database} would. */
    <R> R run(Statement<R> statement) {
        Objects.requireNonNull(statement, "statement");
        try {
            Executor.Operation operation = StatementPlan.operation(statement, comments);
            if (listeners == null) {
                return StatementPlan.result(statement, runOperation(operation));
            }
            return listeners.statement(
                    statement.query(),
                    operation.sql(),
                    statement.kind(),
                    statement.params(),
                    () -> StatementPlan.result(statement, runOperation(operation)));
        } catch (SqlRecordException e) {
            e.failedOperation = -1;
            throw withValues(e, statement.params());
        }
    }

    /** The statement as one executor operation; see {@link StatementPlan#operation}. */
    Executor.Operation operation(Statement<?> statement) {
        return StatementPlan.operation(statement, comments);
    }

    /** A one-off statement that should not occupy the statement cache (a migration step). */
    void executeOnce(String sql) {
        if (listeners == null) {
            executor.executeOnce(sql);
            return;
        }
        listeners.statement(null, sql, Statement.Kind.EXEC, new Object[0], () -> {
            executor.executeOnce(sql);
            return -1; // rows changed are not counted for a migration step
        });
    }

    private Object runOperation(Executor.Operation op) {
        if (op.reader() != null) {
            return executor.query(op.sql(), op.values(), op.reader());
        }
        return op.wantsRowId()
                ? executor.updateWithRowId(op.sql(), op.values())
                : new ExecResult(executor.update(op.sql(), op.values()), 0L);
    }

    /** The SQL to send: a generated query's with its comment when comments are on. */
    String sent(Query query, String sql) {
        return comments && query != null ? query.commentedSql() : sql;
    }

    SqlRecordException withValues(SqlRecordException e, Object[] params) {
        if (valuesInErrors) {
            e.attachParameterValues(params);
        }
        return e;
    }

    static void checkArguments(String sql, Object[] params) {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(params, "params (pass no arguments, or (Object) null for one NULL)");
    }
}
