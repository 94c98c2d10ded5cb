package dev.sqlrecord.testing.properties;

import dev.sqlrecord.runtime.SqlRecordException;
import java.util.List;

/**
 * What running a scenario did: the step that failed (-1 when all ran), whether it was the last, with the runtime's typed
 * exception, and the rows a probe query read afterwards (empty when there was no probe or a step failed).
 */
record Outcome(int failedStep, boolean atLast, SqlRecordException error, List<List<Object>> probed) {
    boolean failed() {
        return error != null;
    }

    /** SQLite's own message, without the result code the runtime appends: {@code CHECK constraint failed: n > 0}. */
    String message() {
        return error == null ? null : sqliteText(error);
    }

    static String sqliteText(SqlRecordException e) {
        return e.reason().replaceAll("\\s*\\[SQLITE_[A-Z_]+]$", "").trim();
    }

    /** Whether both failed at their last step with the same exception type and message. */
    boolean sameFailure(Outcome other) {
        return failed()
                && other.failed()
                && atLast
                && other.atLast
                && error.getClass() == other.error.getClass()
                && message().equals(other.message());
    }

    String describe() {
        return error == null ? "succeeded" : error.getClass().getSimpleName() + " (" + message() + ")";
    }
}
