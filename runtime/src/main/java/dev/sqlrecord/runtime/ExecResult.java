package dev.sqlrecord.runtime;

/**
 * What a {@code :execresult} statement reports.
 *
 * @param rowsChanged  rows inserted, updated or deleted by the statement ({@code sqlite3_changes})
 * @param lastInsertId the rowid of the most recent successful INSERT on the connection
 *                     ({@code last_insert_rowid()}); unchanged by statements that insert nothing
 */
public record ExecResult(int rowsChanged, long lastInsertId) {}
