package dev.sqlrecord.testing.properties;

import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.diag.Severity;
import dev.sqlrecord.checker.lint.Rule;
import dev.sqlrecord.checker.parse.ParsedMigration;
import dev.sqlrecord.checker.parse.SourceFile;
import dev.sqlrecord.checker.schema.MigrationFiles;
import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.migrations.Migration;
import dev.sqlrecord.runtime.migrations.MigrationException;
import dev.sqlrecord.runtime.migrations.Migrations;
import dev.sqlrecord.testing.generate.FillResult;
import dev.sqlrecord.testing.generate.RowGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * For each migration N, with 1..N-1 applied and every table holding generated rows
 * ({@link RowGenerator}), applies N with the runtime's runner as it runs on the target, and checks
 * that the tables N does not name keep their rows and that no foreign key is left broken. This is
 * what catches a table rebuild cascading into its children, or a migration that only works on an
 * empty database. A table the generator cannot fill is an error too: a check over an empty table
 * would prove nothing.
 */
public final class DataPreservation {
    /** Seed of the generated rows: fixed, so that a run is reproducible. */
    public static final long SEED = 20_261_202L;

    private static final int ROWS_PER_TABLE = 3;

    private DataPreservation() {}

    /** Reads the folder (layout rules of {@link MigrationFiles}) and checks it; diagnostics name files via {@code display}. */
    public static void check(Path dir, Function<Path, String> display, Target target, Diagnostics diagnostics)
            throws SQLException, IOException {
        MigrationFiles files = MigrationFiles.detect(dir);
        files.report(display, diagnostics);
        List<ParsedMigration> sources = new ArrayList<>();
        for (Path path : files.files()) {
            SourceFile source = SourceFile.read(path, display.apply(path));
            diagnostics.source(source.display(), source.text());
            sources.add(ParsedMigration.of(source));
        }
        check(sources, target, diagnostics);
    }

    /** Checks migrations parsed once by the caller (the check parses them for the schema too). */
    public static void check(List<ParsedMigration> migrations, Target target, Diagnostics diagnostics)
            throws SQLException, IOException {
        check(migrations, target, SEED, Set.of(), diagnostics);
    }

    /**
     * The same, with rows generated from {@code seed}; a table of {@code unfillable} (lower-cased
     * names, already reported as unable to hold a row) is not reported again as unfilled.
     */
    public static void check(
            List<ParsedMigration> migrations, Target target, long seed, Set<String> unfillable, Diagnostics diagnostics)
            throws SQLException, IOException {
        // a scratch file shared by our JDBC connection and the runner's (WAL: each sees the other's commits)
        Path file = Files.createTempFile("sqlrecord-preserve", ".db");
        Path snapshot = Files.createTempFile("sqlrecord-before", ".db");
        String url = "jdbc:sqlite:" + file;
        try (Database runner = Database.open(url);
                Connection db = DriverManager.getConnection(url)) {
            new Run(migrations, target, seed, unfillable, diagnostics, db, runner, snapshot).check();
        } finally {
            for (Path path : List.of(file, snapshot)) {
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    Files.deleteIfExists(Path.of(path + suffix));
                }
            }
        }
    }

    private record Run(
            List<ParsedMigration> migrations,
            Target target,
            long seed,
            Set<String> unfillable,
            Diagnostics diagnostics,
            Connection db,
            Database runner,
            Path snapshot) {
        void check() throws SQLException, IOException {
            exec("PRAGMA foreign_keys = ON");
            RowGenerator generator = new RowGenerator(seed);
            Set<String> reported = new HashSet<>();
            Map<String, Created> createdBy = new java.util.HashMap<>();
            for (ParsedMigration parsed : migrations) {
                SourceFile file = parsed.file();
                String name = parsed.name();
                reportUnfilled(generator.fill(db, ROWS_PER_TABLE), createdBy, reported, file);
                Map<String, Long> before = Counts.of(db);
                Files.deleteIfExists(snapshot);
                exec("VACUUM INTO '" + snapshot.toString().replace("'", "''") + "'");
                boolean foreignKeysOn = target == Target.D1 || !parsed.turnsForeignKeysOff();
                try {
                    Migration migration = new Migration(name, file.text());
                    Migrations.of(List.of(target == Target.D1 ? migration.asRunOnD1() : migration))
                            .migrate(runner);
                } catch (MigrationException e) {
                    int line = e.line() > 0
                            ? e.line()
                            : StatementLocator.firstWhere(
                                    snapshot, file.text(), foreignKeysOn, StatementLocator.brokenForeignKey(null));
                    diagnostics.add(new Diagnostic(
                            file.display(),
                            line,
                            1,
                            1,
                            Severity.ERROR,
                            Rule.MIGRATION_FAILS_WITH_DATA.code(),
                            "applied to a database that has rows, " + name + " fails" + on() + ": "
                                    + e.getMessage().substring(e.getMessage().indexOf(": ") + 2)));
                    return;
                }
                Map<String, Long> after = Counts.of(db);
                for (String table : after.keySet()) {
                    if (!before.containsKey(table)) {
                        createdBy.put(table, new Created(file, StatementLocator.creation(parsed, table)));
                    }
                }
                for (var table : before.entrySet()) {
                    Long now = after.get(table.getKey());
                    if (now != null && now < table.getValue() && !names(file.text(), table.getKey())) {
                        int line = StatementLocator.firstWhere(
                                snapshot,
                                file.text(),
                                foreignKeysOn,
                                StatementLocator.fewerRows(table.getKey(), table.getValue()));
                        diagnostics.add(new Diagnostic(
                                file.display(),
                                line,
                                1,
                                1,
                                Severity.ERROR,
                                Rule.MIGRATION_DATA_LOSS.code(),
                                name + " does not name table " + table.getKey() + ", yet" + on() + " it lost "
                                        + (table.getValue() - now) + " of " + table.getValue() + " rows (an ON DELETE"
                                        + " CASCADE from a dropped or rebuilt parent?)"));
                    }
                }
                for (Counts.Violation violation : Counts.violations(db)) {
                    int line = StatementLocator.firstWhere(
                            snapshot, file.text(), foreignKeysOn, StatementLocator.brokenForeignKey(violation.table()));
                    diagnostics.add(new Diagnostic(
                            file.display(),
                            line,
                            1,
                            1,
                            Severity.ERROR,
                            Rule.MIGRATION_FK_VIOLATION.code(),
                            "after " + name + ", foreign_key_check finds " + violation.text()));
                }
            }
            if (!migrations.isEmpty()) {
                reportUnfilled(
                        generator.fill(db, ROWS_PER_TABLE),
                        createdBy,
                        reported,
                        migrations.get(migrations.size() - 1).file());
            }
        }

        /** Every table a migration leaves must be fillable, the last migration's too. */
        private void reportUnfilled(
                FillResult filled, Map<String, Created> createdBy, Set<String> reported, SourceFile current) {
            for (var unfilled : filled.unfilled().entrySet()) {
                String table = unfilled.getKey().toLowerCase(java.util.Locale.ROOT);
                Created at = createdBy.getOrDefault(table, new Created(current, 1));
                if (!unfillable.contains(table) && reported.add(table)) {
                    diagnostics.add(new Diagnostic(
                            at.file().display(),
                            at.line(),
                            1,
                            1,
                            Severity.ERROR,
                            Rule.MIGRATION_UNFILLED_TABLE.code(),
                            "verify-data could not put a row into table "
                                    + unfilled.getKey() + " (" + unfilled.getValue() + "), so it cannot tell whether"
                                    + " the migrations keep that table's rows"));
                }
            }
        }

        private String on() {
            return target == Target.D1 ? " on D1" : "";
        }

        private void exec(String sql) throws SQLException {
            try (Statement s = db.createStatement()) {
                s.execute(sql);
            }
        }
    }

    private record Created(SourceFile file, int line) {}

    /** Whether the migration's text names the table, as a whole word (quoted or not). */
    private static boolean names(String sql, String table) {
        return Pattern.compile("(?<![\\w$])" + Pattern.quote(table) + "(?![\\w$])", Pattern.CASE_INSENSITIVE)
                .matcher(sql)
                .find();
    }
}
