package dev.sqlrecord.checker;

import dev.sqlrecord.checker.lint.LintSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything one check needs. Paths may be relative to {@code baseDir}; diagnostics name files
 * relative to it.
 *
 * @param baseDir the project directory
 * @param migrationsDir folder of migration files
 * @param queriesDir folder of named-query files; one generated class per file
 * @param sourceRoots Java source folders searched for the records that queries name
 * @param packageName package of the generated classes
 * @param outputDir where generated sources go, or null to check without generating
 * @param modelFile where {@code model.json} goes, or null for none
 * @param target the database the queries will run on
 * @param lints lint levels and small tables ({@code checker/LINTS.md}); null for the defaults
 */
public record CheckRequest(
        Path baseDir,
        Path migrationsDir,
        Path queriesDir,
        List<Path> sourceRoots,
        String packageName,
        Path outputDir,
        Path modelFile,
        Target target,
        LintSettings lints) {

    /** A request with the default lint settings. */
    public CheckRequest(
            Path baseDir,
            Path migrationsDir,
            Path queriesDir,
            List<Path> sourceRoots,
            String packageName,
            Path outputDir,
            Path modelFile,
            Target target) {
        this(baseDir, migrationsDir, queriesDir, sourceRoots, packageName, outputDir, modelFile, target, null);
    }

    public CheckRequest {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(migrationsDir, "migrationsDir");
        Objects.requireNonNull(queriesDir, "queriesDir");
        sourceRoots = List.copyOf(sourceRoots);
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(target, "target");
        lints = lints == null ? LintSettings.DEFAULTS : lints;
        baseDir = baseDir.toAbsolutePath().normalize();
        migrationsDir = baseDir.resolve(migrationsDir).normalize();
        queriesDir = baseDir.resolve(queriesDir).normalize();
        sourceRoots =
                sourceRoots.stream().map(baseDir::resolve).map(Path::normalize).toList();
        outputDir = outputDir == null ? null : baseDir.resolve(outputDir).normalize();
        modelFile = modelFile == null ? null : baseDir.resolve(modelFile).normalize();
    }

    /** The path of {@code file} as diagnostics print it: relative to the base directory, forward slashes. */
    public String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(baseDir) ? baseDir.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
