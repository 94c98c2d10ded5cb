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
        super("migration " + migration + (line > 0 ? " failed at line " + line : " failed") + ": " + reason, cause);
        this.migration = migration;
        this.line = line;
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
