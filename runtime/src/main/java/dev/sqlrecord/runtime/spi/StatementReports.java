package dev.sqlrecord.runtime.spi;

import dev.sqlrecord.runtime.StatementMetadata;

/**
 * Where an executor reports what its backend said about the statements of one call (rows read and
 * written, which replica answered, attempts), for {@link dev.sqlrecord.runtime.StatementListener}s.
 * {@link dev.sqlrecord.runtime.Database} opens one around a call only while a listener is
 * installed; otherwise {@link #current()} is null and an executor skips reporting, so a call
 * without listeners costs one thread-local read at most.
 *
 * <pre>{@code
 * StatementReports reports = StatementReports.current();
 * if (reports != null) {
 *     reports.attempts(attempt);                 // per request
 *     reports.report(operation, metadata);       // per operation of the call (0 for a single statement)
 * }
 * }</pre>
 */
public final class StatementReports implements AutoCloseable {
    private static final ThreadLocal<StatementReports> CURRENT = new ThreadLocal<>();

    private final StatementReports outer;
    private final StatementMetadata[] byOperation;
    private int attempts = 1;

    private StatementReports(int operations, StatementReports outer) {
        this.byOperation = new StatementMetadata[operations];
        this.outer = outer;
    }

    /** The reports of the call running on this thread, or null when nobody listens. */
    public static StatementReports current() {
        return CURRENT.get();
    }

    /**
     * Starts collecting for a call of {@code operations} operations on this thread (a row mapper
     * that runs a query of its own nests a collection, and closing it restores the outer one).
     */
    public static StatementReports open(int operations) {
        StatementReports reports = new StatementReports(operations, CURRENT.get());
        CURRENT.set(reports);
        return reports;
    }

    /** How many requests the call took (its last request's attempt number). */
    public void attempts(int count) {
        attempts = count;
    }

    /** What the backend said about operation {@code index}; the attempts are filled in on reading. */
    public void report(int index, StatementMetadata metadata) {
        if (index >= 0 && index < byOperation.length) {
            byOperation[index] = metadata;
        }
    }

    /** What was reported about operation {@code index}, with the attempts; null when nothing was. */
    public StatementMetadata metadata(int index) {
        StatementMetadata told = byOperation[index];
        return told == null
                ? null
                : new StatementMetadata(
                        told.rowsRead(),
                        told.rowsWritten(),
                        told.servedByPrimary(),
                        told.servedByRegion(),
                        told.serverDurationMillis(),
                        attempts);
    }

    /** Stops collecting on this thread. */
    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
