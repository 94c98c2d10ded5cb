package dev.sqlrecord.runtime.migrations;

import dev.sqlrecord.runtime.SqlRecordException;

/** A migrations folder whose layout is mixed or ambiguous, so no apply order can be trusted. */
public class MigrationLayoutException extends SqlRecordException {
    private static final long serialVersionUID = 1L;

    private final String file;

    /**
     * @param file the offending file, relative to the folder ({@code meta/_journal.json} included)
     * @param reason what is wrong and how to fix it
     */
    public MigrationLayoutException(String file, String reason) {
        super("migrations folder: " + file + ": " + reason);
        this.file = file;
    }

    /** The offending file, relative to the migrations folder. */
    public String file() {
        return file;
    }
}
