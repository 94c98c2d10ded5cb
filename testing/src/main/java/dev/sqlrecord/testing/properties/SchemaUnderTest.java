package dev.sqlrecord.testing.properties;

import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.diag.Severity;
import dev.sqlrecord.checker.lint.Rule;
import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.checker.parse.ParsedMigration;
import dev.sqlrecord.checker.schema.ReplayObserver;
import dev.sqlrecord.checker.schema.SchemaBuilder;
import dev.sqlrecord.checker.schema.SchemaReader;
import dev.sqlrecord.runtime.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The schema the properties judge: the migrations applied (with the checker's schema builder) to a
 * scratch SQLite file, the model SQLite reports for it, where each part was declared, and rows
 * generated for every table from the seed. What a {@link SchemaProperty} needs, built once per run.
 */
public final class SchemaUnderTest implements AutoCloseable {
    private final List<ParsedMigration> migrations;
    private final TestSchemaRequest request;
    private final Diagnostics diagnostics;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Path> scratch = new ArrayList<>();
    private final java.util.Set<String> unsatisfiable = new java.util.HashSet<>();
    private final java.util.Map<String, String> sources = new java.util.HashMap<>();
    private SchemaModel model;
    private Declarations declarations;
    private Database database;
    private SampleRows rows;
    private Scenarios scenarios;
    private final Database d1;
    private boolean d1Migrated;

    public SchemaUnderTest(List<ParsedMigration> migrations, TestSchemaRequest request, Diagnostics diagnostics) {
        this(migrations, request, diagnostics, null);
    }

    /**
     * @param d1 an empty D1 database the scenarios run on (the migrations applied to it by the
     *     runtime's runner, as on D1), or null to run them on the scratch SQLite database
     */
    public SchemaUnderTest(
            List<ParsedMigration> migrations, TestSchemaRequest request, Diagnostics diagnostics, Database d1) {
        this.migrations = List.copyOf(migrations);
        this.request = request;
        this.diagnostics = diagnostics;
        this.d1 = d1;
    }

    /** Applies the migrations and generates the rows; false when a migration failed (reported to the diagnostics). */
    boolean build() throws SQLException, IOException {
        Path template = scratchFile("sqlrecord-schema");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + template)) {
            if (!new SchemaBuilder(db, diagnostics).apply(migrations, ReplayObserver.NONE)) {
                return false;
            }
            model = new SchemaReader(db).read();
        }
        declarations = new Declarations(migrations);
        database = Database.open("jdbc:sqlite:" + template);
        scenarios = new Scenarios(database);
        if (d1 != null) {
            if (!OnD1.migrate(d1, request.migrations(), migrations, diagnostics)) {
                return false;
            }
            d1Migrated = true;
            scenarios.runOn(d1);
        }
        rows = SampleRows.generate(
                template, scratchFile("sqlrecord-sample"), model, seed(), request.examples(), scenarios);
        for (SchemaModel.Table table : model.tables()) {
            for (SchemaModel.ForeignKey key : table.foreignKeys()) {
                for (int i = 0; i < key.columns().size(); i++) {
                    if (i < key.referencedColumns().size()
                            && key.referencedColumns().get(i) != null) {
                        scenarios.link(
                                table.name(),
                                key.columns().get(i),
                                key.table(),
                                key.referencedColumns().get(i));
                    }
                }
            }
        }
        return true;
    }

    private Path scratchFile(String prefix) throws IOException {
        Path file = Files.createTempFile(prefix, ".db");
        scratch.add(file);
        return file;
    }

    /** What the run was asked to judge, and how. */
    public TestSchemaRequest request() {
        return request;
    }

    /** Registers the text of a file that is not a migration (a query file, an enum), for diagnostics' excerpts. */
    public void source(String display, String text) {
        sources.put(display, text);
    }

    java.util.Map<String, String> otherFiles() {
        return sources;
    }

    /**
     * A diagnostic at a column's declaration in the migrations (its table's when the column's is
     * unknown), for the properties of other packages.
     */
    public Diagnostic atColumn(String table, String column, String code, String message) {
        Declarations.Place place = declarations.column(table, column);
        return diagnostic(place != null ? place : declarations.table(table), code, message);
    }

    public List<ParsedMigration> migrations() {
        return migrations;
    }

    public Target target() {
        return request.target();
    }

    public long seed() {
        return request.seed();
    }

    /** Generated rows per table the properties draw their examples from. */
    public int examples() {
        return request.examples();
    }

    /** The query folder, or null when none was given. */
    public Path queries() {
        return request.queries();
    }

    public List<Path> sources() {
        return request.sources();
    }

    /** The schema SQLite reports after every migration applied. */
    public SchemaModel schema() {
        return model;
    }

    /** Where every property's diagnostics go; the files' texts are registered for excerpts. */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /**
     * Reports one failure of a property: its diagnostic, and the SQL that reproduces it (may be
     * empty). A code of the registry takes the level the user set for it: dropped when off.
     */
    public void report(Diagnostic diagnostic, String reproduction) {
        Diagnostic leveled = diagnostic;
        var rule = Rule.byCode(diagnostic.code());
        if (rule.isPresent()) {
            Severity severity = request.lints().level(rule.get(), target()).severity();
            if (severity == null) {
                return;
            }
            leveled = new Diagnostic(
                    diagnostic.file(),
                    diagnostic.line(),
                    diagnostic.column(),
                    diagnostic.length(),
                    severity,
                    diagnostic.code(),
                    diagnostic.message());
        }
        diagnostics.add(leveled);
        findings.add(new Finding(leveled, reproduction));
    }

    /** The user's tables a property looks at: no views, no virtual tables. */
    List<SchemaModel.Table> tables() {
        return model.tables().stream()
                .filter(t -> !t.view() && rows.columns(t.name()) != null)
                .toList();
    }

    /** A table that can hold no row, already reported: other properties skip it. */
    void markUnsatisfiable(String table) {
        unsatisfiable.add(lower(table));
    }

    /** The tables found unable to hold any row, lower-cased. */
    public java.util.Set<String> unsatisfiable() {
        return java.util.Set.copyOf(unsatisfiable);
    }

    List<Finding> findings() {
        return findings;
    }

    Declarations declarations() {
        return declarations;
    }

    SampleRows rows() {
        return rows;
    }

    Scenarios scenarios() {
        return scenarios;
    }

    /** A diagnostic at a place of the declarations (the file's first line when the place is unknown). */
    Diagnostic diagnostic(Declarations.Place place, String code, String message) {
        String file = place == null
                ? migrations.get(migrations.size() - 1).file().display()
                : place.file().file().display();
        return new Diagnostic(
                file,
                place == null ? 1 : place.at().line(),
                place == null ? 1 : place.at().column(),
                place == null ? 1 : place.length(),
                Severity.ERROR,
                code,
                message);
    }

    /** The reproduction of a shrunk scenario: the CREATE statements it needs, then its steps. */
    String reproduction(List<Step> steps) {
        return Reproduction.render(seed(), rows, steps);
    }

    @Override
    public void close() throws IOException {
        if (d1Migrated) {
            OnD1.empty(d1);
        }
        if (database != null) {
            database.close();
        }
        for (Path path : scratch) {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(path + suffix));
            }
        }
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
