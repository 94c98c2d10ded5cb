package dev.sqlrecord.testing.properties;

import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.DiagnosticPrinter;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.parse.ParsedMigration;
import dev.sqlrecord.checker.parse.SourceFile;
import dev.sqlrecord.checker.schema.MigrationFiles;
import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.d1.D1Config;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a list of {@link SchemaProperty}s over one migrated schema and renders the report: every
 * diagnostic (sorted, with its excerpt), each followed by the seed and the SQL that reproduces it,
 * then one line per property. {@link #standard()} is the list {@code test-schema} runs; properties
 * about queries and generated code are added with {@link #with}.
 */
public final class SchemaTests {
    /** The default seed: fixed, so that a build passes or fails the same way on the same input. */
    public static final long DEFAULT_SEED = DataPreservation.SEED;

    /** Generated rows per table by default. */
    public static final int DEFAULT_EXAMPLES = 4;

    private final List<SchemaProperty> properties;

    private SchemaTests(List<SchemaProperty> properties) {
        this.properties = List.copyOf(properties);
    }

    /** {@code satisfiable}, {@code enforced}, {@code actions}, {@code preserves}, in that order. */
    public static SchemaTests standard() {
        return new SchemaTests(List.of(new Satisfiable(), new Enforced(), new Actions(), new Preserves()));
    }

    /** These properties and one more, run after them. */
    public SchemaTests with(SchemaProperty property) {
        List<SchemaProperty> more = new ArrayList<>(properties);
        more.add(property);
        return new SchemaTests(more);
    }

    public List<String> names() {
        return properties.stream().map(SchemaProperty::name).toList();
    }

    /** What one run found. */
    /**
     * @param diagnostics every failure, sorted (and a migration that did not apply)
     * @param findings    the failures that come with a reproduction
     * @param failures    how many diagnostics each property reported, by name, in the order run
     * @param report      what {@code test-schema} prints
     */
    public record Result(
            long seed,
            List<Diagnostic> diagnostics,
            List<Finding> findings,
            Map<String, Integer> failures,
            String report) {
        /** Whether no property failed (findings lowered to warning or info do not fail). */
        public boolean passed() {
            return diagnostics.stream().noneMatch(d -> d.severity() == dev.sqlrecord.checker.diag.Severity.ERROR);
        }
    }

    /** Reads the migration folder (any layout {@link MigrationFiles} knows) and runs every property. */
    public Result run(TestSchemaRequest request) throws SQLException, IOException {
        return run(request, null);
    }

    /**
     * {@code test-schema --d1} and the goal's {@code sqlrecord.d1}, one path for both: every scenario
     * on the D1 {@code config} names (opened here, closed after; empty, see {@link #run(TestSchemaRequest,
     * Database)}).
     */
    public Result runOnD1(TestSchemaRequest request, D1Config config) throws SQLException, IOException {
        try (Database d1 = Database.d1(config)) {
            return run(request, d1);
        }
    }

    /**
     * {@link #run(TestSchemaRequest)} with every scenario run on a D1 database, which must be empty:
     * the migrations are applied to it, each scenario is one batch that D1 rolls back, and its tables
     * are dropped at the end.
     */
    public Result run(TestSchemaRequest request, Database d1) throws SQLException, IOException {
        Diagnostics diagnostics = new Diagnostics();
        MigrationFiles files = MigrationFiles.detect(request.migrations());
        files.report(request.display(), diagnostics);
        Map<String, String> texts = new HashMap<>();
        List<ParsedMigration> parsed = new ArrayList<>();
        for (Path path : files.files()) {
            SourceFile source = SourceFile.read(path, request.display().apply(path));
            texts.put(source.display(), source.text());
            parsed.add(ParsedMigration.of(source));
        }
        try (SchemaUnderTest schema = new SchemaUnderTest(parsed, request, diagnostics, d1)) {
            Map<String, Integer> failures = new LinkedHashMap<>();
            if (!diagnostics.hasErrors() && schema.build()) {
                for (SchemaProperty property : properties) {
                    int before = diagnostics.sorted().size();
                    property.check(schema);
                    failures.put(property.name(), diagnostics.sorted().size() - before);
                }
            }
            return new Result(
                    request.seed(),
                    diagnostics.sorted(),
                    List.copyOf(schema.findings()),
                    failures,
                    render(request.seed(), diagnostics, schema, texts, failures));
        }
    }

    private static String render(
            long seed,
            Diagnostics diagnostics,
            SchemaUnderTest schema,
            Map<String, String> texts,
            Map<String, Integer> failures) {
        Map<Diagnostic, String> reproductions = new HashMap<>();
        schema.findings().forEach(f -> reproductions.put(f.diagnostic(), f.reproduction()));
        Map<String, String> files = new HashMap<>(texts);
        files.putAll(schema.otherFiles());
        StringBuilder out = new StringBuilder("test-schema: seed ").append(seed).append('\n');
        for (Diagnostic diagnostic : diagnostics.sorted()) {
            out.append(DiagnosticPrinter.render(List.of(diagnostic), files));
            String sql = reproductions.getOrDefault(diagnostic, "");
            if (!sql.isEmpty()) {
                out.append(sql.indent(4));
            }
        }
        if (failures.isEmpty()) {
            return out.append("test-schema: the migrations do not apply; no property was checked\n")
                    .toString();
        }
        List<String> lines = new ArrayList<>();
        failures.forEach((name, count) -> lines.add(name + ": " + (count == 0 ? "ok" : "failed (" + count + ")")));
        // counts include findings lowered to warning or info: they are listed, and do not fail the run
        return out.append(String.join(", ", lines)).append('\n').toString();
    }
}
