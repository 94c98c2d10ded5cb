package dev.sqlrecord.runtime.migrations;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.internal.SqlStatement;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the runner honours {@code PRAGMA foreign_keys = OFF} in a migration file on SQLite. Run as
 * a statement inside the file's transaction the pragma does nothing, so a drizzle-kit table rebuild
 * ({@code DROP TABLE x} then renaming a copy to {@code x}) would delete the rows of every child
 * declared {@code ON DELETE CASCADE}. SQLite's documented way to change a table's schema is instead
 * followed: foreign keys off before the transaction, the file, {@code PRAGMA foreign_key_check}
 * before the commit, foreign keys back as they were after it.
 */
final class ForeignKeyPragma {
    /** {@code PRAGMA [main.]foreign_keys = OFF} (or 0, false, no), however quoted or spaced. */
    private static final Pattern OFF = Pattern.compile(
            "PRAGMA\\s+(?:[\"`\\[]?main[\"`\\]]?\\s*\\.\\s*)?[\"`\\[]?foreign_keys[\"`\\]]?\\s*(?:=\\s*|\\(\\s*)"
                    + "[\"'`]?(OFF|0|FALSE|NO)[\"'`]?\\s*\\)?",
            Pattern.CASE_INSENSITIVE);
    /** The same pragma where a statement starts (a line's start or after a {@code ;}), not inside a literal. */
    private static final Pattern STATEMENT_OFF =
            Pattern.compile("(?m)((?:^|;)[ \\t]*)" + OFF.pattern(), Pattern.CASE_INSENSITIVE);
    /** How many violations a failure lists before saying how many more there are. */
    private static final int LISTED = 5;

    private ForeignKeyPragma() {}

    /** The script with every such pragma replaced by a read of the setting, which changes nothing; lines kept. */
    static String withoutTurningOff(String script) {
        return STATEMENT_OFF.matcher(script).replaceAll("$1PRAGMA foreign_keys");
    }

    /** Whether a statement of the file turns foreign keys off. */
    static boolean turnsOff(List<SqlStatement> statements) {
        return statements.stream().anyMatch(s -> OFF.matcher(s.sql()).matches());
    }

    private record Violation(String table, Long rowid, String parent) {}

    /** Throws, naming the rows, if the file left a foreign key pointing at a missing parent row. */
    static void requireClean(Database tx, Migration migration) {
        List<Violation> violations = tx.many(
                "SELECT \"table\", rowid, parent FROM pragma_foreign_key_check",
                row -> new Violation(row.getString(1), row.getLongOrNull(2), row.getString(3)));
        if (violations.isEmpty()) {
            return;
        }
        StringBuilder listed = new StringBuilder();
        for (Violation v : violations.subList(0, Math.min(LISTED, violations.size()))) {
            listed.append(listed.length() == 0 ? "" : "; ")
                    .append(v.table().toLowerCase(Locale.ROOT))
                    .append(v.rowid() == null ? "" : " rowid " + v.rowid())
                    .append(" refers to a missing ")
                    .append(v.parent())
                    .append(" row");
        }
        if (violations.size() > LISTED) {
            listed.append("; and ").append(violations.size() - LISTED).append(" more");
        }
        throw new MigrationException(
                migration.name(),
                0,
                "foreign keys were off while it ran, and afterwards "
                        + "PRAGMA foreign_key_check finds " + violations.size() + " row(s) whose parent is gone: "
                        + listed
                        + "; nothing of the file was applied",
                null);
    }
}
