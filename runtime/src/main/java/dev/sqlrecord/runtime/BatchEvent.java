package dev.sqlrecord.runtime;

import java.time.Duration;
import java.util.List;

/**
 * One batch as a {@link StatementListener} sees it: its statements in order and, after it ran,
 * how long it took and why it failed. Immutable.
 *
 * @param backend as in {@link StatementEvent#backend()}
 * @param statements one event per statement, in order; after the batch ran, with their outcomes
 * @param duration how long the batch took; {@code null} before it ran
 * @param error why it failed (nothing was applied, or a {@link BatchAppliedException}); else {@code null}
 */
public record BatchEvent(String backend, List<StatementEvent> statements, Duration duration, Throwable error) {
    public BatchEvent {
        statements = List.copyOf(statements);
    }

    /** How many statements the batch has. */
    public int size() {
        return statements.size();
    }
}
