package dev.sqlrecord.runtime.migrations;

/**
 * Where one migration stands against a database.
 *
 * @param name      the file name
 * @param state     applied, pending, changed (applied, but the file's checksum differs since), or missing
 *                  (recorded as applied, but no such file)
 * @param appliedAt {@code d1_migrations.applied_at} (UTC, {@code YYYY-MM-DD HH:MM:SS}); null if pending
 */
public record MigrationStatus(String name, State state, String appliedAt) {

    public enum State {
        APPLIED,
        PENDING,
        CHANGED,
        MISSING
    }

    /** The CLI's status line: {@code <state> <file name>}, e.g. {@code pending 0002_posts.sql}. */
    public String line() {
        return state.name().toLowerCase(java.util.Locale.ROOT) + " " + name;
    }
}
