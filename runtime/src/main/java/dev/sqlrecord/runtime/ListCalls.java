package dev.sqlrecord.runtime;

import dev.sqlrecord.runtime.internal.ListParameters;
import dev.sqlrecord.runtime.spi.Executor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The list forms, {@link Database#execEach} and {@link Database#execResultEach}: one change run
 * for every element of a list, all or nothing, as one executor call ({@link Executor#updateEach}:
 * one prepared statement stepped per element in one transaction on SQLite, one batch request on D1). A failure
 * names the element ({@link SqlRecordException#batchIndex()}).
 */
final class ListCalls {
    private ListCalls() {}

    /** What the executor runs: the SQL as bound, and one array of values per element. */
    private interface Run<R> {
        R run(String sql, List<Object[]> values);
    }

    static <P> int[] exec(Calls calls, Query query, String sql, List<P> rows, Function<? super P, Object[]> params) {
        return run(
                calls,
                query,
                sql,
                Statement.Kind.EXEC,
                rows,
                params,
                calls.executor::updateEach,
                new int[0],
                (changed, i) -> changed[i]);
    }

    static <P> List<ExecResult> execResult(
            Calls calls, Query query, String sql, List<P> rows, Function<? super P, Object[]> params) {
        return run(
                calls,
                query,
                sql,
                Statement.Kind.EXEC_RESULT,
                rows,
                params,
                calls.executor::updateEachWithRowId,
                List.of(),
                (results, i) -> results.get(i).rowsChanged());
    }

    private static <P, R> R run(
            Calls calls,
            Query query,
            String sql,
            Statement.Kind kind,
            List<P> rows,
            Function<? super P, Object[]> params,
            Run<R> executor,
            R none,
            ListenerChain.ElementRows<R> rowsOf) {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(params, "params");
        int size = rows.size();
        if (size == 0) {
            return none; // nothing to run, nothing to tell
        }
        String sent = calls.sent(query, sql);
        List<Object[]> given = new ArrayList<>(size);
        List<Object[]> values = new ArrayList<>(size);
        String bound = null;
        for (P row : rows) {
            int i = given.size();
            if (row == null) {
                throw new NullPointerException("element " + i + " of rows is null");
            }
            Object[] elementParams = Objects.requireNonNull(params.apply(row), "the parameters of an element");
            given.add(elementParams);
            try {
                ListParameters.Bound element = ListParameters.bind(sent, elementParams);
                if (bound == null) {
                    bound = element.sql();
                } else if (!bound.equals(element.sql())) {
                    throw new SqlRecordException(
                            "a collection parameter of this element is not one of element 0 (or the other way"
                                    + " round): every element of a list form runs as the same statement",
                            sql,
                            elementParams.length,
                            null);
                }
                values.add(element.values());
            } catch (SqlRecordException e) {
                e.locateInList(i, size);
                throw calls.withValues(e, elementParams);
            }
        }
        String boundSql = bound;
        try {
            if (calls.listeners == null) {
                return executor.run(boundSql, values);
            }
            return calls.listeners.elements(query, boundSql, kind, given, () -> executor.run(boundSql, values), rowsOf);
        } catch (SqlRecordException e) {
            int failed = e.failedOperation;
            e.failedOperation = -1;
            if (failed >= 0) {
                e.locateInList(failed, size);
                throw calls.withValues(e, given.get(failed));
            }
            if (failed == Executor.UNKNOWN_OPERATION) {
                e.locateInList(-1, size);
            }
            throw e;
        }
    }
}
