package dev.sqlrecord.runtime.migrations;

import dev.sqlrecord.runtime.SqlRecordException;

/** A migration file could not be applied; nothing of that file was kept. */
public class MigrationException extends SqlRecordException {
    private static final long serialVersionUID = 1L;

    private final String migration;
    private final int line;

    /**
     * @param migration the file name
     * @param line      1-based line in the file where the failing statement starts, or 0 if unknown
     * @param reason    what went wrong, e.g. SQLite's message
     */
    public MigrationException(String migration, int line, String reason, Throwable cause) {
        this(
                migration,
                line,
                "migration " + migration + (line > 0 ? " failed at line " + line : " failed") + ": " + reason,
                cause,
                0);
    }

    private MigrationException(String migration, int line, String message, Throwable cause, int unused) {
        super(message, cause);
        this.migration = migration;
        this.line = line;
    }

    /** The same failure, its message followed by {@code advice} (how to restore the database). */
    MigrationException withAdvice(String advice) {
        MigrationException copy = new MigrationException(migration, line, getMessage() + "\n" + advice, getCause(), 0);
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /** The file name of the migration that failed. */
    public String migration() {
        return migration;
    }

    /** 1-based line where the failing statement starts, or 0 if the failure was not in a statement. */
    public int line() {
        return line;
    }
}
