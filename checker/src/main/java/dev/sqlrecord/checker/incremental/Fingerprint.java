package dev.sqlrecord.checker.incremental;

import dev.sqlrecord.checker.CheckRequest;
import dev.sqlrecord.checker.lint.LintSettings;
import dev.sqlrecord.checker.model.QueryCatalog;
import dev.sqlrecord.checker.parse.QueryFileParser;
import dev.sqlrecord.checker.records.RecordScanner;
import dev.sqlrecord.checker.schema.MigrationFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What a check reads and what it writes, as sorted entries {@code "<role> <name>"} → a value (a
 * file's digest or stamp, see {@link FileEntries}; an option's value).
 *
 * <p>Inputs: the build of the code that checks ({@code tool}), each option of the request
 * ({@code option}), and each migration, query and record source file; two checks with equal inputs
 * produce the same outputs and diagnostics. Outputs: the generated files and {@code model.json}, so
 * that a deleted or edited output is noticed. Files are named as diagnostics name them (relative to
 * the project), so neither where the project lies nor the order files were listed in matters.
 */
public final class Fingerprint {
    private Fingerprint() {}

    /**
     * The fingerprint of {@code request}'s inputs; {@code callers} are classes of the code that calls
     * the checker (the Maven plugin, say), whose build counts too.
     */
    public static SortedMap<String, String> inputs(CheckRequest request, List<Class<?>> callers) throws IOException {
        return inputs(request, callers, () -> null, new TreeMap<>());
    }

    /**
     * As {@link #inputs(CheckRequest, List)}, taking the digest of each file that is as the last check
     * (null for none) saw it from there ({@link InputStamps}); each input file's stamp goes into
     * {@code stamps}. The last check is asked for once the tool and the options are entered, so it can
     * be read meanwhile.
     */
    static SortedMap<String, String> inputs(
            CheckRequest request, List<Class<?>> callers, Supplier<LastCheck> lastCheck, Map<String, String> stamps)
            throws IOException {
        SortedMap<String, String> entries = new TreeMap<>();
        ToolBuild.putAll(entries, callers);
        putOptions(entries, request);
        LastCheck last = lastCheck.get();
        Map<String, String> lastInputs = last == null ? Map.of() : last.inputs();
        InputStamps lastStamps = last == null ? InputStamps.NONE : last.stamps();
        FileEntries.putAll(
                entries,
                "migration",
                MigrationFiles.inputs(request.migrationsDir()),
                request::display,
                FileEntries::digest,
                lastInputs,
                lastStamps,
                stamps);
        FileEntries.putAll(
                entries,
                "query",
                QueryFileParser.files(request.queriesDir()),
                request::display,
                FileEntries::digest,
                lastInputs,
                lastStamps,
                stamps);
        FileEntries.putAll(
                entries,
                "source",
                RecordScanner.sourceFiles(request.sourceRoots()),
                request::display,
                FileEntries::sourceFact,
                lastInputs,
                lastStamps,
                stamps);
        return entries;
    }

    /**
     * One entry per {@link CheckRequest} component, named after it. The base directory is left out:
     * it only decides how files are named, and the names are in the fingerprint already.
     */
    private static void putOptions(SortedMap<String, String> entries, CheckRequest request) {
        entries.put("option migrationsDir", request.display(request.migrationsDir()));
        entries.put("option queriesDir", request.display(request.queriesDir()));
        // In the given order: the record search goes root by root.
        entries.put(
                "option sourceRoots",
                request.sourceRoots().stream().map(request::display).collect(Collectors.joining(", ")));
        entries.put("option packageName", request.packageName());
        entries.put("option outputDir", request.outputDir() == null ? "none" : request.display(request.outputDir()));
        entries.put("option modelFile", request.modelFile() == null ? "none" : request.display(request.modelFile()));
        entries.put("option target", request.target().name());
        entries.put("option lints", lints(request.lints()));
    }

    private static String lints(LintSettings lints) {
        String levels = lints.levels().entrySet().stream()
                .map(e -> e.getKey().code() + "=" + e.getValue())
                .sorted()
                .collect(Collectors.joining(", "));
        String small = lints.smallTables().stream().sorted().collect(Collectors.joining(", "));
        return "levels: " + levels + "; small tables: " + small;
    }

    /**
     * The files the check wrote: everything in the output folder (which the generator owns), the
     * model and the query catalog beside it.
     */
    public static SortedMap<String, String> outputs(CheckRequest request) throws IOException {
        SortedMap<String, String> entries = new TreeMap<>();
        if (request.outputDir() != null) {
            FileEntries.putStamps(entries, "generated", request.outputDir(), request::display);
        }
        if (request.modelFile() != null) {
            List<Path> model = List.of(
                    request.modelFile(),
                    request.modelFile().resolveSibling(QueryCatalog.QUERIES_FILE),
                    request.modelFile().resolveSibling(QueryCatalog.STATEMENTS_FILE));
            FileEntries.putAll(entries, "model", model, request::display, FileEntries::stamp);
        }
        return entries;
    }
}
