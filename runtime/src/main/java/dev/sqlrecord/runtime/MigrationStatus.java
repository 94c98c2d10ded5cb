package dev.sqlrecord.runtime;

/**
 * Where one migration stands against a database.
 *
 * @param name      the file name
 * @param state     applied, pending, or missing (recorded as applied, but no such file)
 * @param appliedAt {@code d1_migrations.applied_at} (UTC, {@code YYYY-MM-DD HH:MM:SS}); null if pending
 */
public record MigrationStatus(String name, State state, String appliedAt) {

    public enum State {
        APPLIED,
        PENDING,
        MISSING
    }
}
