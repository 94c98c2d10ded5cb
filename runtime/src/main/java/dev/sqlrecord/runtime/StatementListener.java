package dev.sqlrecord.runtime;

/**
 * Told about every statement a {@link Database} runs, before and after: which query it was (for
 * generated code, its name, file and line), the SQL sent, how long it took, the rows returned or
 * changed, the error if any, and on D1 what D1 said about it ({@link StatementMetadata}). Install
 * with {@link Database#withListener}; several listeners are told in the order they were added.
 *
 * <p>A batch is told as {@link #beforeBatch}, {@link #beforeStatement} for each of its statements,
 * then (once it ran) {@link #afterStatement} for each and {@link #afterBatch}. Parameter values
 * are in the events only when asked for ({@link Database#withParameterValuesInEvents()}).
 *
 * <p>Listeners run on the thread of the statement, so they should be quick. One that throws does
 * not fail the statement: its exception is logged (as a warning of the logger named after this
 * interface) and the next listener is told.
 */
public interface StatementListener {
    /** A statement is about to run; the event has no outcome yet. */
    default void beforeStatement(StatementEvent event) {}

    /** A statement ran, or failed ({@link StatementEvent#error()}). */
    default void afterStatement(StatementEvent event) {}

    /** A batch is about to run; its statements follow, each through {@link #beforeStatement}. */
    default void beforeBatch(BatchEvent batch) {}

    /** A batch ran or failed, after {@link #afterStatement} for each of its statements. */
    default void afterBatch(BatchEvent batch) {}
}
