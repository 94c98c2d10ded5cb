package dev.sqlrecord.testing.properties;

import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.parse.ParsedMigration;
import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.Statement;
import dev.sqlrecord.runtime.migrations.MigrationException;
import dev.sqlrecord.runtime.migrations.Migrations;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The D1 database the scenarios run on: it must hold no table of its own, gets the migrations from
 * the runtime's runner (as {@code migrate --d1} applies them: foreign keys always on), and is emptied
 * again at the end.
 */
final class OnD1 {
    /** The user's tables and views; D1's own ({@code _cf_*}) and the gateway's request log are not ours. */
    private static final String OURS = "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view')"
            + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\'"
            + " AND name <> '_sqlrecord_requests'";

    private OnD1() {}

    /** Applies the migrations; false (reported) when one fails on D1. */
    static boolean migrate(Database d1, Path folder, List<ParsedMigration> parsed, Diagnostics diagnostics) {
        List<String> found = d1.many(OURS, row -> row.getString(2));
        if (!found.isEmpty()) {
            throw new IllegalArgumentException("test-schema needs an empty D1 database (it applies the migrations"
                    + " and drops their tables at the end); this one holds " + found);
        }
        try {
            Migrations.fromDirectory(folder).migrate(d1);
            return true;
        } catch (MigrationException e) {
            String file = parsed.stream()
                    .map(m -> m.file().display())
                    .filter(d -> d.endsWith("/" + e.migration()) || d.equals(e.migration()))
                    .findFirst()
                    .orElse(
                            parsed.isEmpty()
                                    ? "migrations"
                                    : parsed.get(0).file().display());
            diagnostics.error(file, 1, 1, 1, "migration-fails-on-d1", "the migration fails on D1: " + e.getMessage());
            return false;
        }
    }

    /** Drops every table and view the migrations made. */
    static void empty(Database d1) {
        List<String> drops = d1.many(
                OURS,
                row -> "DROP " + row.getString(1).toUpperCase(Locale.ROOT) + " IF EXISTS \""
                        + row.getString(2).replace("\"", "\"\"") + "\"");
        if (!drops.isEmpty()) {
            // deferred: dropping a parent before its children must not fail on foreign keys
            d1.batch(Stream.concat(Stream.of("PRAGMA defer_foreign_keys = ON"), drops.stream())
                    .map(sql -> Statement.exec(sql))
                    .toList());
        }
    }
}
