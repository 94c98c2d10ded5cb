package dev.sqlrecord.testing.soundness;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.ProgressHandler;

/**
 * Stops a statement that runs past its time: a recursive CTE counting to a large argument, or a
 * join of many generated rows, is the arguments' doing rather than a finding, and is tried again
 * with others.
 */
final class TimeLimit extends ProgressHandler {
    private long deadline = Long.MAX_VALUE;
    private boolean expired;

    static TimeLimit on(Connection db) throws SQLException {
        TimeLimit limit = new TimeLimit();
        ProgressHandler.setHandler(db, 10_000, limit);
        return limit;
    }

    void start(long millis) {
        deadline = System.currentTimeMillis() + millis;
        expired = false;
    }

    /** No limit, for the work between queries (filling a state). */
    void stop() {
        deadline = Long.MAX_VALUE;
    }

    /** Whether a statement was stopped since {@link #start}. */
    boolean expired() {
        return expired;
    }

    @Override
    protected int progress() {
        if (System.currentTimeMillis() > deadline) {
            expired = true;
            return 1;
        }
        return 0;
    }
}
