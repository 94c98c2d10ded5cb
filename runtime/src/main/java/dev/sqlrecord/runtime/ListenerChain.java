package dev.sqlrecord.runtime;

import dev.sqlrecord.runtime.spi.Executor;
import dev.sqlrecord.runtime.spi.StatementReports;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The listeners of a {@link Database}, told in order around each call. Exists only while a listener
 * is installed: without one, {@link Database} never reaches this class, so it costs nothing.
 */
final class ListenerChain {
    private static final System.Logger LOG = System.getLogger(StatementListener.class.getName());

    private final StatementListener[] listeners;
    private final boolean parameterValues;
    private final String backend;

    private ListenerChain(StatementListener[] listeners, boolean parameterValues, String backend) {
        this.listeners = listeners;
        this.parameterValues = parameterValues;
        this.backend = backend;
    }

    /** {@code chain} (null for none) with {@code listener} told last. */
    static ListenerChain append(ListenerChain chain, StatementListener listener, String backend) {
        if (chain == null) {
            return new ListenerChain(new StatementListener[] {listener}, false, backend);
        }
        StatementListener[] more = Arrays.copyOf(chain.listeners, chain.listeners.length + 1);
        more[chain.listeners.length] = listener;
        return new ListenerChain(more, chain.parameterValues, backend);
    }

    /** The same listeners, told the parameter values. */
    ListenerChain withParameterValues() {
        return new ListenerChain(listeners, true, backend);
    }

    /** Runs one statement ({@code sql} as sent) and tells the listeners before and after. */
    <R> R statement(Query query, String sql, Statement.Kind kind, Object[] params, Supplier<R> run) {
        StatementEvent before = event(query, sql, kind, -1, 0, params);
        tell(listener -> listener.beforeStatement(before));
        long start = System.nanoTime();
        R result;
        StatementMetadata metadata;
        try (StatementReports reports = StatementReports.open(1)) {
            try {
                result = run.get();
            } catch (RuntimeException | Error e) {
                StatementEvent failed = before.outcome(since(start), -1, e, reports.metadata(0));
                tell(listener -> listener.afterStatement(failed));
                throw e;
            }
            metadata = reports.metadata(0);
        }
        StatementEvent after = before.outcome(since(start), rows(kind, result), null, metadata);
        tell(listener -> listener.afterStatement(after));
        return result;
    }

    /** Runs a batch of {@code statements} sent as {@code operations}; tells before and after each. */
    BatchResults batch(
            List<? extends Statement<?>> statements, List<Executor.Operation> operations, Supplier<BatchResults> run) {
        int size = statements.size();
        List<StatementEvent> before = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Statement<?> statement = statements.get(i);
            before.add(
                    event(statement.query(), operations.get(i).sql(), statement.kind(), i, size, statement.params()));
        }
        return batch(before, run, (results, i) -> rows(before.get(i).kind(), results.get(i)));
    }

    /**
     * Runs a list form: {@code sql} once per element, with the element's {@code params}. Told as a
     * batch of one statement per element, each with its own rows changed.
     */
    <R> R elements(
            Query query, String sql, Statement.Kind kind, List<Object[]> params, Supplier<R> run, ElementRows<R> rows) {
        int size = params.size();
        List<StatementEvent> before = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            before.add(event(query, sql, kind, i, size, params.get(i)));
        }
        return batch(before, run, rows);
    }

    /** The rows element {@code index} changed, read from the result of the whole call. */
    @FunctionalInterface
    interface ElementRows<R> {
        long of(R result, int index);
    }

    private <R> R batch(List<StatementEvent> before, Supplier<R> run, ElementRows<R> rows) {
        int size = before.size();
        BatchEvent batch = new BatchEvent(backend, before, null, null);
        tell(listener -> listener.beforeBatch(batch));
        for (StatementEvent event : before) {
            tell(listener -> listener.beforeStatement(event));
        }
        long start = System.nanoTime();
        R results = null;
        Throwable failure = null;
        List<StatementEvent> after = new ArrayList<>(size);
        try (StatementReports reports = StatementReports.open(size)) {
            try {
                results = run.get();
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            Duration took = since(start);
            for (int i = 0; i < size; i++) {
                after.add(before.get(i)
                        .outcome(took, results == null ? -1 : rows.of(results, i), failure, reports.metadata(i)));
            }
        }
        for (StatementEvent event : after) {
            tell(listener -> listener.afterStatement(event));
        }
        BatchEvent done = new BatchEvent(
                backend, after, after.isEmpty() ? since(start) : after.get(0).duration(), failure);
        tell(listener -> listener.afterBatch(done));
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return results;
    }

    private StatementEvent event(
            Query query, String sql, Statement.Kind kind, int batchIndex, int batchSize, Object[] params) {
        List<Object> values = parameterValues ? Collections.unmodifiableList(Arrays.asList(params.clone())) : null;
        return new StatementEvent(
                query, sql, backend, kind, batchIndex, batchSize, values, Instant.now(), null, -1, null, null);
    }

    /** Rows returned (as mapped) or changed, from a result of {@code kind}. */
    private static long rows(Statement.Kind kind, Object result) {
        return switch (kind) {
            case ONE -> ((Optional<?>) result).isPresent() ? 1 : 0;
            case SINGLE -> 1;
            case MANY -> result instanceof List<?> rows ? rows.size() : -1; // a stream's rows come later
            case EXEC -> (Integer) result;
            case EXEC_RESULT -> ((ExecResult) result).rowsChanged();
        };
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Tells every listener; one that throws is logged and does not stop the others or the statement. */
    private void tell(Consumer<StatementListener> call) {
        for (StatementListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "the statement listener " + listener + " threw", e);
            }
        }
    }
}
