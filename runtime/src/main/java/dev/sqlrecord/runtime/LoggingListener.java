package dev.sqlrecord.runtime;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A {@link StatementListener} that logs through {@link System.Logger}, so that whichever logging
 * library the application binds (SLF4J, Log4j, java.util.logging) receives the lines without a
 * dependency of the runtime on it. Logger {@value #LOGGER_NAME}:
 *
 * <ul>
 *   <li>DEBUG: one line per statement: query name and origin, kind, rows, time, backend, D1's
 *       metadata, the SQL; parameter values only with {@link Database#withParameterValuesInEvents()}.
 *   <li>WARNING: a statement (or a whole batch) that took at least the slow-query threshold
 *       (1 second unless {@link #withSlowQueryThreshold} says otherwise).
 * </ul>
 *
 * <pre>{@code
 * Database db = Database.open("app.db").withListener(LoggingListener.create());
 * }</pre>
 *
 * Nothing is formatted for a level the logger does not log.
 */
public final class LoggingListener implements StatementListener {
    /** The logger's name. */
    public static final String LOGGER_NAME = "dev.sqlrecord.sql";

    private final System.Logger logger;
    private final Duration slowQueryThreshold;

    private LoggingListener(System.Logger logger, Duration slowQueryThreshold) {
        this.logger = logger;
        this.slowQueryThreshold = slowQueryThreshold;
    }

    /** Logs to {@value #LOGGER_NAME}, warning of statements that take 1 second or more. */
    public static LoggingListener create() {
        return new LoggingListener(System.getLogger(LOGGER_NAME), Duration.ofSeconds(1));
    }

    /** The same, warning of statements (and batches) that take {@code threshold} or more. */
    public LoggingListener withSlowQueryThreshold(Duration threshold) {
        Objects.requireNonNull(threshold, "threshold");
        if (threshold.isNegative()) {
            throw new IllegalArgumentException("the slow-query threshold cannot be negative: " + threshold);
        }
        return new LoggingListener(logger, threshold);
    }

    /** The same, logging to {@code logger} instead. */
    public LoggingListener withLogger(System.Logger logger) {
        return new LoggingListener(Objects.requireNonNull(logger, "logger"), slowQueryThreshold);
    }

    @Override
    public void afterStatement(StatementEvent event) {
        // a statement of a batch took the batch's time: the batch is warned of once, in afterBatch
        boolean slow = event.batchIndex() < 0 && isSlow(event.duration());
        if (slow && logger.isLoggable(Level.WARNING)) {
            logger.log(Level.WARNING, "slow query: " + line(event));
        } else if (logger.isLoggable(Level.DEBUG)) {
            logger.log(Level.DEBUG, line(event));
        }
    }

    @Override
    public void afterBatch(BatchEvent batch) {
        if (isSlow(batch.duration()) && logger.isLoggable(Level.WARNING)) {
            StringBuilder names = new StringBuilder();
            for (StatementEvent event : batch.statements()) {
                names.append(names.length() == 0 ? "" : ", ").append(nameOf(event));
            }
            logger.log(
                    Level.WARNING,
                    "slow batch: " + batch.size() + " statements in " + millis(batch.duration()) + " on "
                            + batch.backend() + ": " + names);
        }
    }

    private boolean isSlow(Duration duration) {
        return duration != null && duration.compareTo(slowQueryThreshold) >= 0;
    }

    /** {@code findUser (queries/users.sql:3) ONE: 1 row in 0.21 ms on sqlite: SELECT ...}. */
    static String line(StatementEvent event) {
        StringBuilder line = new StringBuilder(nameOf(event));
        if (event.query() != null) {
            line.append(" (")
                    .append(event.sourceFile())
                    .append(':')
                    .append(event.sourceLine())
                    .append(')');
        }
        line.append(' ').append(event.kind());
        if (event.batchIndex() >= 0) {
            line.append(" [batch ")
                    .append(event.batchIndex() + 1)
                    .append('/')
                    .append(event.batchSize())
                    .append(']');
        }
        line.append(": ");
        if (event.error() != null) {
            line.append("failed");
        } else if (event.rows() >= 0) {
            line.append(event.rows()).append(event.rows() == 1 ? " row" : " rows");
        } else {
            line.append("ran");
        }
        line.append(" in ").append(millis(event.duration())).append(" on ").append(event.backend());
        StatementMetadata told = event.metadata();
        if (told != null) {
            line.append(" (rows read ")
                    .append(told.rowsRead())
                    .append(", written ")
                    .append(told.rowsWritten());
            if (told.servedByPrimary() != null) {
                line.append(told.servedByPrimary() ? ", primary" : ", replica");
            }
            if (told.servedByRegion() != null) {
                line.append(", ").append(told.servedByRegion());
            }
            line.append(", attempts ").append(told.attempts()).append(')');
        }
        line.append(": ").append(event.sql());
        if (event.parameters() != null) {
            line.append(" with ").append(event.parameters());
        }
        if (event.error() != null) {
            line.append(" failed: ").append(event.error().getMessage());
        }
        return line.toString();
    }

    private static String nameOf(StatementEvent event) {
        return event.query() == null ? "sql" : event.queryName();
    }

    private static String millis(Duration duration) {
        return duration == null ? "?" : String.format(Locale.ROOT, "%.2f ms", duration.toNanos() / 1e6);
    }
}
