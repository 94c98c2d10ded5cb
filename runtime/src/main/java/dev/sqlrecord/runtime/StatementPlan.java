package dev.sqlrecord.runtime;

import dev.sqlrecord.runtime.internal.InListSplitter;
import dev.sqlrecord.runtime.internal.ParameterExpander;
import dev.sqlrecord.runtime.spi.Executor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How one {@link Statement} runs on an executor: usually one operation, or, when an expanded
 * {@code IN (?)} list exceeds the executor's parameter limit, one operation per slice of the list,
 * whose results {@link #merge} puts back together as the single statement would have returned them.
 */
final class StatementPlan<R> {
    final List<Executor.Operation> operations;
    private final Function<List<Object>, R> merge;

    private StatementPlan(List<Executor.Operation> operations, Function<List<Object>, R> merge) {
        this.operations = operations;
        this.merge = merge;
    }

    R merge(List<Object> results) {
        return merge.apply(results);
    }

    @SuppressWarnings("unchecked")
    static <R> StatementPlan<R> of(Statement<R> statement, int maxParameters) {
        String sql = statement.sql();
        Object[] params = statement.params();
        List<ParameterExpander.Expanded> parts;
        if (!ParameterExpander.needsExpansion(params)) {
            parts = List.of(new ParameterExpander.Expanded(sql, params));
        } else {
            ParameterExpander.Expanded expanded = ParameterExpander.expand(sql, params);
            parts = expanded.values().length <= maxParameters ? List.of(expanded)
                    : InListSplitter.split(sql, params, maxParameters, statement.kind());
        }
        return (StatementPlan<R>) switch (statement.kind()) {
            case ONE -> parts.size() == 1
                    ? single(parts, oneReader(statement.mapper(), sql, params.length), false)
                    : sliced(parts, manyReader(statement.mapper()), lists -> atMostOne(lists, sql, params.length));
            case MANY -> sliced(parts, manyReader(statement.mapper()), StatementPlan::concat);
            case EXEC -> sliced(parts, null, StatementPlan::sumChanges);
            case EXEC_RESULT -> single(parts, null, true);
        };
    }

    private static StatementPlan<Object> single(List<ParameterExpander.Expanded> parts,
                                                Executor.CursorReader<?> reader, boolean wantsRowId) {
        ParameterExpander.Expanded part = parts.get(0);
        return new StatementPlan<>(List.of(new Executor.Operation(part.sql(), part.values(), reader, wantsRowId)),
                results -> results.get(0));
    }

    private static StatementPlan<Object> sliced(List<ParameterExpander.Expanded> parts,
                                                Executor.CursorReader<?> reader,
                                                Function<List<Object>, Object> merge) {
        List<Executor.Operation> operations = new ArrayList<>(parts.size());
        for (ParameterExpander.Expanded part : parts) {
            operations.add(new Executor.Operation(part.sql(), part.values(), reader, false));
        }
        return new StatementPlan<>(operations, merge);
    }

    /** {@code :one}: no row is empty, one row is its value, a second row is an error. */
    static <T> Executor.CursorReader<Optional<T>> oneReader(RowMapper<T> mapper, String sql, int parameterCount) {
        return cursor -> {
            if (!cursor.next()) {
                return Optional.empty();
            }
            T value = mapper.map(cursor);
            if (cursor.next()) {
                throw tooManyRows(sql, parameterCount);
            }
            return Optional.ofNullable(value);
        };
    }

    /** The first row, if any; the rest are left unread. */
    static <T> Executor.CursorReader<Optional<T>> firstReader(RowMapper<T> mapper) {
        return cursor -> cursor.next() ? Optional.ofNullable(mapper.map(cursor)) : Optional.empty();
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

    private static SqlRecordException tooManyRows(String sql, int parameterCount) {
        return new SqlRecordException("the query returned more than one row, expected at most one",
                sql, parameterCount, null);
    }

    private static Object concat(List<Object> lists) {
        if (lists.size() == 1) {
            return lists.get(0);
        }
        List<Object> all = new ArrayList<>();
        for (Object list : lists) {
            all.addAll((List<?>) list);
        }
        return all;
    }

    private static Object atMostOne(List<Object> lists, String sql, int parameterCount) {
        List<?> all = (List<?>) concat(lists);
        if (all.size() > 1) {
            throw tooManyRows(sql, parameterCount);
        }
        return all.isEmpty() ? Optional.empty() : Optional.ofNullable(all.get(0));
    }

    private static Object sumChanges(List<Object> results) {
        int changed = 0;
        for (Object result : results) {
            changed += ((ExecResult) result).rowsChanged();
        }
        return changed;
    }
}
