package dev.sqlrecord.checker.migrate;

import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.diag.Severity;
import dev.sqlrecord.checker.parse.SourceFile;
import dev.sqlrecord.checker.schema.MigrationFiles;
import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.migrations.Migration;
import dev.sqlrecord.runtime.migrations.MigrationException;
import dev.sqlrecord.runtime.migrations.Migrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Issue item 5: for each migration N, with 1..N-1 applied and every table holding generated rows,
 * applies N (with the runtime's runner, foreign keys on as on D1) and checks that the tables N does
 * not name keep their rows and that {@code foreign_key_check} stays clean. This is what catches a
 * table rebuild silently cascading into its children, or a migration that only works on an empty
 * database.
 */
public final class DataPreservation {
    private DataPreservation() {}

    /** Reads the folder (layout rules of {@link MigrationFiles}) and checks it; diagnostics name files via {@code display}. */
    public static void check(Path dir, Function<Path, String> display, Diagnostics diagnostics)
            throws SQLException, IOException {
        MigrationFiles files = MigrationFiles.detect(dir);
        files.report(display, diagnostics);
        List<SourceFile> sources = new ArrayList<>();
        for (Path path : files.files()) {
            SourceFile source = SourceFile.read(path, display.apply(path));
            diagnostics.source(source.display(), source.text());
            sources.add(source);
        }
        check(sources, diagnostics);
    }

    public static void check(List<SourceFile> migrations, Diagnostics diagnostics) throws SQLException, IOException {
        // a scratch file shared by our JDBC connection and the runner's (WAL: each sees the other's commits)
        Path file = Files.createTempFile("sqlrecord-preserve", ".db");
        String url = "jdbc:sqlite:" + file;
        try (Database runner = Database.open(url); Connection db = DriverManager.getConnection(url)) {
            check(migrations, diagnostics, db, runner);
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        }
    }

    private static void check(List<SourceFile> migrations, Diagnostics diagnostics, Connection db, Database runner)
            throws SQLException {
        try (Statement pragma = db.createStatement()) {
            pragma.execute("PRAGMA foreign_keys = ON");
        }
        {
            RowFiller filler = new RowFiller(db);
            for (SourceFile file : migrations) {
                String name = file.path().getFileName().toString();
                filler.fill();
                Map<String, Long> before = RowFiller.counts(db);
                try {
                    Migrations.of(List.of(new Migration(name, file.text()))).migrate(runner);
                } catch (MigrationException e) {
                    diagnostics.add(new Diagnostic(file.display(), e.line(), 0, 1, Severity.ERROR,
                            "migration-fails-with-data", "applied to a database that has rows, " + name
                                    + " fails: " + e.getMessage().substring(e.getMessage().indexOf(": ") + 2)));
                    return;
                }
                Map<String, Long> after = RowFiller.counts(db);
                for (var table : before.entrySet()) {
                    Long now = after.get(table.getKey());
                    if (now != null && now < table.getValue() && !names(file.text(), table.getKey())) {
                        diagnostics.add(new Diagnostic(file.display(), 0, 0, 1, Severity.ERROR, "migration-data-loss",
                                name + " does not name table " + table.getKey() + ", yet it lost " + (table.getValue() - now)
                                        + " of " + table.getValue() + " rows (an ON DELETE CASCADE from a dropped or"
                                        + " rebuilt parent?)"));
                    }
                }
                for (String violation : foreignKeyCheck(db)) {
                    diagnostics.add(new Diagnostic(file.display(), 0, 0, 1, Severity.ERROR, "migration-fk-violation",
                            "after " + name + ", foreign_key_check finds " + violation));
                }
            }
        }
    }

    /** Whether the migration's text names the table, as a whole word (quoted or not). */
    private static boolean names(String sql, String table) {
        return Pattern.compile("(?<![\\w$])" + Pattern.quote(table) + "(?![\\w$])", Pattern.CASE_INSENSITIVE)
                .matcher(sql).find();
    }

    private static List<String> foreignKeyCheck(Connection db) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT \"table\", parent, count(*) FROM pragma_foreign_key_check"
                        + " GROUP BY 1, 2 ORDER BY 1, 2")) {
            while (rs.next()) {
                found.add(rs.getLong(3) + " row(s) of " + rs.getString(1).toLowerCase(Locale.ROOT)
                        + " pointing at missing " + rs.getString(2) + " rows");
            }
        }
        return found;
    }
}
