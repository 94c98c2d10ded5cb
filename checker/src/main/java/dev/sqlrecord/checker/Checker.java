package dev.sqlrecord.checker;

import dev.sqlrecord.checker.analyze.EnumTypes;
import dev.sqlrecord.checker.analyze.JsonParams;
import dev.sqlrecord.checker.analyze.QueryAnalyzer;
import dev.sqlrecord.checker.analyze.RecordParamTypes;
import dev.sqlrecord.checker.analyze.ResultMapping;
import dev.sqlrecord.checker.codegen.SourceWriter;
import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.diag.Severity;
import dev.sqlrecord.checker.evolve.BranchConflicts;
import dev.sqlrecord.checker.lint.Linter;
import dev.sqlrecord.checker.model.CheckedModel;
import dev.sqlrecord.checker.model.EnumModel;
import dev.sqlrecord.checker.model.ModelJson;
import dev.sqlrecord.checker.model.QueryCatalog;
import dev.sqlrecord.checker.model.QueryModel;
import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.checker.parse.ParsedQueryFile;
import dev.sqlrecord.checker.parse.QueryFileParser;
import dev.sqlrecord.checker.parse.SourceFile;
import dev.sqlrecord.checker.records.RecordInfo;
import dev.sqlrecord.checker.records.RecordScanner;
import dev.sqlrecord.checker.schema.MigrationFiles;
import dev.sqlrecord.checker.schema.SchemaImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.FutureTask;

/**
 * The whole check: migrations → schema, query files → analysed queries, records → row mapping,
 * then generated code and {@code model.json}. Pure Java; Maven is only one way to call it.
 */
public final class Checker {

    /** A full check: every file analysed. */
    public CheckResult check(CheckRequest request) throws IOException {
        return check(request, ResultCache.NONE);
    }

    /**
     * A check that takes each query file's result from {@code cache} when everything it depends on
     * is as it was, and keeps the others' there (docs/ARCHITECTURE.md §8); the same outcome as a full check.
     */
    public CheckResult check(CheckRequest request, ResultCache cache) throws IOException {
        long started = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        MigrationFiles layout = MigrationFiles.detect(request.migrationsDir());
        layout.report(request::display, diagnostics);
        BranchConflicts.duplicateNumbers(
                request.migrationsDir(), request::display, request.lints(), request.target(), diagnostics);
        List<SourceFile> migrations = read(request, layout.files(), diagnostics);
        // A migration that cannot be read leaves the schema unknown: the ones before it are still
        // applied (and checked), the queries are then not analysed, as after a failed migration.
        boolean migrationsReadable = migrations.size() == layout.files().size();
        List<SourceFile> applicable =
                migrationsReadable ? migrations : migrations.subList(0, firstUnreadable(layout.files(), migrations));
        List<SourceFile> queryFiles = read(request, QueryFileParser.files(request.queriesDir()), diagnostics);
        requireDirectory(request, request.migrationsDir(), "migrations", Severity.ERROR, diagnostics);
        // A project may have its schema before its first query.
        requireDirectory(request, request.queriesDir(), "queries", Severity.WARNING, diagnostics);

        QueryFileInputs schemaInputs = new QueryFileInputs(request, applicable, layout.ok(), migrationsReadable);
        SchemaResult keptSchema = cache.findSchema(schemaInputs.schema());
        // Not kept: built on a thread of its own while the sources are scanned (a cold check's first part)
        SchemaBuild building =
                keptSchema == null ? buildSchema(request, applicable, layout.ok(), migrationsReadable) : null;
        SchemaModel schema;
        EnumTypes enums;
        ResultMapping mapping;
        List<String> fileInputs = new ArrayList<>();
        List<QueryFileResult> results = new ArrayList<>();
        RecordScanner scanner = new RecordScanner(request::display, diagnostics);
        List<RecordInfo> records;
        try {
            records = scanner.scan(request.sourceRoots(), cache);
            QueryFileInputs inputs = schemaInputs.withSources(scanner.enums(), records, scanner.unparsableFiles());
            for (SourceFile file : queryFiles) {
                fileInputs.add(inputs.of(file));
                results.add(cache.find(file.display(), fileInputs.get(fileInputs.size() - 1)));
            }
            Map<String, ParsedQueryFile> parsed =
                    building == null ? Map.of() : parseWhile(building, queryFiles, results);
            Project project =
                    new Project(request, records, scanner, queryFiles, fileInputs, results, parsed, cache, diagnostics);
            // Every query file kept and the migrations as they were: no database is needed at all.
            SchemaImage image = keptSchema == null || !keptSchema.ok() || !results.contains(null)
                    ? null
                    : cache.findImage(inputs.schema());
            if (keptSchema != null && (!results.contains(null) || image != null)) {
                adopt(keptSchema, applicable, diagnostics);
                schema = keptSchema.schema();
                enums = new EnumTypes(request.packageName(), schema, scanner.enums());
                mapping = mapping(request, schema, records, scanner, enums, diagnostics);
                // Some to check: on the replayed schema's database, restored from its image.
                try (Connection db = results.contains(null) ? image.restore() : null) {
                    project.checkFiles(db, true, image, schema, enums, mapping);
                } catch (SQLException e) {
                    throw new IOException("the in-memory SQLite database failed: " + e.getMessage(), e);
                }
            } else {
                if (building == null) { // kept, but without an image to restore
                    building = buildSchema(request, applicable, layout.ok(), migrationsReadable);
                }
                SchemaBuild.Built built = building.take();
                try (Connection db = built.db()) {
                    diagnostics.addAll(built.diagnostics());
                    schema = built.schema();
                    enums = new EnumTypes(request.packageName(), schema, scanner.enums());
                    mapping = mapping(request, schema, records, scanner, enums, diagnostics);
                    if (built.ok()) {
                        cache.keepImage(inputs.schema(), built.image());
                    }
                    List<String> sources =
                            built.diagnostics().sourceFiles().stream().sorted().toList();
                    cache.keepSchema(
                            inputs.schema(),
                            new SchemaResult(
                                    built.ok(), schema, built.diagnostics().since(0), sources));
                    project.checkFiles(db, built.ok(), built.image(), schema, enums, mapping);
                } catch (SQLException e) {
                    throw new IOException("the in-memory SQLite database failed: " + e.getMessage(), e);
                }
            }
        } finally {
            if (building != null) {
                building.close();
            }
        }
        List<QueryModel> untyped = new ArrayList<>();
        List<String> places = new ArrayList<>();
        List<QueryCatalog.Tables> tables = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < results.size(); i++) {
            QueryFileResult result = results.get(i);
            checked += result.checked();
            untyped.addAll(result.queries());
            tables.addAll(result.tables());
            for (int q = 0; q < result.queries().size(); q++) {
                places.add(fileInputs.get(i) + " " + q);
            }
        }
        mapping.reportRecordProblems();
        // Parameters typed as the records read their columns: known only once every query is matched,
        // so this runs over all queries, kept ones too, on every check. A query stands in its generated
        // unit's inputs by its file's inputs and its place there, which determine its model as its file
        // gave it; one whose parameters a record of another file retyped, with those parameters too
        // (writing out every query's cost a cold check a tenth of a second).
        List<QueryModel> queries = RecordParamTypes.apply(untyped, diagnostics);
        Map<QueryModel, String> ids = new IdentityHashMap<>();
        for (int i = 0; i < queries.size(); i++) {
            QueryModel query = queries.get(i);
            boolean retyped = !query.params().equals(untyped.get(i).params());
            ids.put(query, retyped ? places.get(i) + " retyped " + query.params() : places.get(i));
        }
        List<EnumModel> usedEnums = enums.used(queries);
        GeneratedNames names =
                new GeneratedNames(request.display(request.queriesDir()), request.packageName(), records, diagnostics);
        names.check(queries);
        names.checkEnums(usedEnums, scanner.enums(), queries);

        // The model files are written on a thread of their own while the code is generated: neither
        // reads the other, and in a fresh JVM each is mostly its own code's first run.
        CheckedModel model = new CheckedModel(schema, queries, usedEnums, diagnostics.sorted());
        FutureTask<Void> modelFiles = new FutureTask<>(() -> {
            writeModel(request, model, tables);
            return null;
        });
        if (request.modelFile() != null) {
            Thread writer = new Thread(modelFiles, "sqlrecord-model");
            writer.setDaemon(true);
            writer.start();
        }
        List<Path> written = List.of();
        if (request.outputDir() != null && !diagnostics.hasErrors()) {
            // each unit written as it is made, on the thread that made it
            SourceWriter writer = SourceWriter.into(request.outputDir());
            Map<String, String> files = new GeneratedUnits(request.packageName(), cache, ids::get)
                    .generate(queries, usedEnums, writer::writeUnit);
            written = writer.finish(files.keySet());
        }
        if (request.modelFile() != null) {
            Awaited.get(modelFiles, "writing the model");
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new CheckResult(diagnostics.sorted(), diagnostics.report(), written, migrations.size(), checked, millis);
    }

    /**
     * The files to check, parsed in order for as long as the schema is being built: the
     * analysis then starts from them (on 2 cores, the schema's replay leaves one idle otherwise).
     */
    private static Map<String, ParsedQueryFile> parseWhile(
            SchemaBuild building, List<SourceFile> files, List<QueryFileResult> results) {
        Map<String, ParsedQueryFile> parsed = new HashMap<>();
        for (int i = 0; i < files.size() && !building.isDone(); i++) {
            if (results.get(i) == null) {
                parsed.put(
                        files.get(i).display(), ParsedQueryFile.of(files.get(i)).withSqlParsed());
            }
        }
        return parsed;
    }

    private static SchemaBuild buildSchema(
            CheckRequest request, List<SourceFile> migrations, boolean layoutOk, boolean migrationsReadable) {
        return SchemaBuild.start(request.target(), request.lints(), migrations, layoutOk, migrationsReadable);
    }

    /** {@code model.json}, and beside it the query catalog that observability tools and a D1 gateway's allow-list read. */
    private static void writeModel(CheckRequest request, CheckedModel model, List<QueryCatalog.Tables> tables)
            throws IOException {
        Files.createDirectories(request.modelFile().getParent());
        SourceWriter.writeIfChanged(request.modelFile(), ModelJson.write(model));
        QueryCatalog catalog = QueryCatalog.of(model.queries(), tables);
        SourceWriter.writeIfChanged(
                request.modelFile().resolveSibling(QueryCatalog.QUERIES_FILE), catalog.queriesJson());
        SourceWriter.writeIfChanged(
                request.modelFile().resolveSibling(QueryCatalog.STATEMENTS_FILE), catalog.statementsJson());
    }

    /** Takes a kept schema's diagnostics, and the text of the migrations its report quotes, into this check. */
    private static void adopt(SchemaResult kept, List<SourceFile> applicable, Diagnostics diagnostics) {
        kept.diagnostics().forEach(diagnostics::add);
        for (SourceFile migration : applicable) {
            if (kept.sources().contains(migration.display())) {
                diagnostics.source(migration.display(), migration.text());
            }
        }
    }

    /** What checking the query files needs beside the schema: the project as read, and where results go. */
    private record Project(
            CheckRequest request,
            List<RecordInfo> records,
            RecordScanner scanner,
            List<SourceFile> queryFiles,
            List<String> fileInputs,
            List<QueryFileResult> results,
            Map<String, ParsedQueryFile> parsed,
            ResultCache cache,
            Diagnostics diagnostics) {

        /**
         * Checks the files without a kept result on {@code db} (null when every one has one) and takes
         * every result into the check ({@link QueryFileRuns}); other threads restore {@code image}.
         */
        void checkFiles(
                Connection db,
                boolean schemaOk,
                SchemaImage image,
                SchemaModel schema,
                EnumTypes enums,
                ResultMapping mapping)
                throws IOException, SQLException {
            QueryFileRuns.Checkers own = (copy, their) -> {
                EnumTypes theirEnums = new EnumTypes(request.packageName(), schema, scanner.enums());
                ResultMapping theirMapping = mapping(request, schema, records, scanner, theirEnums, their);
                return checker(copy, schemaOk, schema, theirEnums, theirMapping, their);
            };
            QueryFileRuns.run(queryFiles, results, fileInputs, cache, own, db, image, diagnostics, enums, mapping);
        }

        private QueryFileChecker checker(
                Connection db,
                boolean schemaOk,
                SchemaModel schema,
                EnumTypes enums,
                ResultMapping mapping,
                Diagnostics into)
                throws SQLException {
            return new QueryFileChecker(
                    into,
                    schemaOk,
                    new QueryAnalyzer(db, schema, viewSql(db), into, enums),
                    mapping,
                    new JsonParams(records, scanner.enums(), into),
                    new Linter(db, schema, request.target(), request.lints(), into),
                    enums,
                    db,
                    request.modelFile() != null,
                    parsed);
        }
    }

    private static ResultMapping mapping(
            CheckRequest request,
            SchemaModel schema,
            List<RecordInfo> records,
            RecordScanner scanner,
            EnumTypes enums,
            Diagnostics diagnostics) {
        return new ResultMapping(
                request.packageName(), schema, records, scanner.enums(), enums, diagnostics, scanner.unparsableFiles());
    }

    /** The files that are valid UTF-8, in order; each other one is reported where its first bad byte is. */
    private static List<SourceFile> read(CheckRequest request, List<Path> paths, Diagnostics diagnostics)
            throws IOException {
        List<SourceFile> files = new ArrayList<>();
        for (Path path : paths) {
            SourceFile file = SourceFile.read(path, request.display(path), diagnostics);
            if (file != null) {
                files.add(file);
            }
        }
        return files;
    }

    /** How many of {@code read} come before the first path that could not be read. */
    private static int firstUnreadable(List<Path> paths, List<SourceFile> read) {
        int i = 0;
        while (i < read.size() && read.get(i).path().equals(paths.get(i))) {
            i++;
        }
        return i;
    }

    private static void requireDirectory(
            CheckRequest request, Path dir, String what, Severity severity, Diagnostics diagnostics) {
        if (!Files.isDirectory(dir)) {
            diagnostics.add(new Diagnostic(
                    request.display(dir),
                    0,
                    0,
                    1,
                    severity,
                    "missing-directory",
                    "the " + what + " directory does not exist"));
        }
    }

    /** The CREATE VIEW text of each view, by lower-cased name, so views can be typed like queries. */
    private static Map<String, String> viewSql(Connection db) throws SQLException {
        Map<String, String> views = new HashMap<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT name, sql FROM sqlite_schema WHERE type = 'view'");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                views.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(2));
            }
        }
        return views;
    }
}
