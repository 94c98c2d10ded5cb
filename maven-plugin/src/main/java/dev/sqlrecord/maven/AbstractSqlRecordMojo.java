package dev.sqlrecord.maven;

import dev.sqlrecord.checker.CheckRequest;
import dev.sqlrecord.checker.CheckResult;
import dev.sqlrecord.checker.Checker;
import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.lint.LintSettings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What both goals share: their parameters, turned into one {@link CheckRequest}, and the report of
 * its result. The checker does the work; a goal only says whether it generates.
 */
abstract class AbstractSqlRecordMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** Folder of the migration files ({@code 0001_init.sql}, ...), applied in order. */
    @Parameter(property = "sqlrecord.migrations", defaultValue = "${project.basedir}/src/main/sql/migrations")
    File migrationsDirectory;

    /** Folder of the named-query files; each file becomes one generated class. */
    @Parameter(property = "sqlrecord.queries", defaultValue = "${project.basedir}/src/main/sql/queries")
    File queriesDirectory;

    /** Package of the generated classes. */
    @Parameter(property = "sqlrecord.package", required = true)
    String packageName;

    /**
     * Java source folders searched for the records that queries name. Default: the project's
     * compile source roots, without the folder this plugin generates into.
     */
    @Parameter
    List<File> sourceRoots;

    /** Where the checked model ({@code model.json}) is written. */
    @Parameter(property = "sqlrecord.model", defaultValue = "${project.build.directory}/sqlrecord/model.json")
    File modelFile;

    /** The database the queries will run on: {@code sqlite} or {@code d1}. */
    @Parameter(property = "sqlrecord.target", defaultValue = "sqlite")
    String target;

    /**
     * Lint levels by rule code, overriding the target's defaults ({@code checker/LINTS.md}):
     * {@code <lints><full-scan>error</full-scan><select-star>off</select-star></lints>}. Levels are
     * {@code off}, {@code info}, {@code warning} and {@code error}; only errors fail the build.
     */
    @Parameter
    Map<String, String> lints;

    /** Tables small by design (settings, enums): no {@code full-scan}, {@code temp-b-tree} or {@code unindexed-foreign-key} on them. */
    @Parameter
    List<String> smallTables;

    /** Skips the goal. */
    @Parameter(property = "sqlrecord.skip", defaultValue = "false")
    boolean skip;

    /** Where generated sources go, or null when the goal only checks. */
    abstract File outputDirectory();

    /** The folder generated sources live in, never searched for the user's records. */
    abstract File generatedSourcesDirectory();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("sqlrecord: skipped");
            return;
        }
        CheckRequest request = request();
        CheckResult result;
        try {
            result = new Checker().check(request);
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("sqlrecord: the check could not run: " + e.getMessage(), e);
        }
        DiagnosticLog.write(result, getLog());
        if (result.hasErrors()) {
            throw new MojoFailureException("sqlrecord found errors in this project's SQL (" + result.summary()
                    + "); each is listed above");
        }
        afterCheck(result);
    }

    /** Called when the check found no errors. */
    void afterCheck(CheckResult result) {}

    CheckRequest request() throws MojoExecutionException {
        Target parsedTarget;
        LintSettings lintSettings;
        try {
            parsedTarget = Target.parse(target);
            lintSettings = LintSettings.of(lints == null ? Map.of() : lints, smallTables == null ? List.of() : smallTables);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("sqlrecord: " + e.getMessage());
        }
        File output = outputDirectory();
        List<Path> roots = sourceRootPaths();
        if (output != null) {
            requireOwnFolder(output.toPath().toAbsolutePath().normalize(), roots);
        }
        return new CheckRequest(
                project.getBasedir().toPath(),
                migrationsDirectory.toPath(),
                queriesDirectory.toPath(),
                roots,
                packageName,
                output == null ? null : output.toPath(),
                modelFile == null ? null : modelFile.toPath(),
                parsedTarget,
                lintSettings);
    }

    /**
     * The generator owns its output folder: it deletes the {@code .java} files there that it did not
     * generate this time. So that folder must not hold, or lie inside, the project's own sources.
     */
    private void requireOwnFolder(Path output, List<Path> recordRoots) throws MojoExecutionException {
        List<Path> sources = new ArrayList<>(recordRoots);
        if (project.getBuild() != null) {
            for (String dir : new String[] {project.getBuild().getSourceDirectory(),
                    project.getBuild().getTestSourceDirectory()}) {
                if (dir != null) {
                    sources.add(Path.of(dir));
                }
            }
        }
        for (Path source : sources) {
            Path folder = source.toAbsolutePath().normalize();
            if (folder.startsWith(output) || output.startsWith(folder)) {
                throw overlap(output, folder);
            }
        }
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        if (base.startsWith(output)) {
            throw overlap(output, base);
        }
    }

    private static MojoExecutionException overlap(Path output, Path folder) {
        return new MojoExecutionException("sqlrecord: outputDirectory " + output + " overlaps the project's files in "
                + folder + "; generated code needs a folder of its own, such as the default "
                + "target/generated-sources/sqlrecord");
    }

    List<Path> sourceRootPaths() {
        if (sourceRoots != null && !sourceRoots.isEmpty()) {
            return sourceRoots.stream().map(File::toPath).toList();
        }
        Path generated = generatedSourcesDirectory().toPath().toAbsolutePath().normalize();
        return project.getCompileSourceRoots().stream()
                .map(Path::of)
                .map(p -> p.toAbsolutePath().normalize())
                .filter(p -> !p.startsWith(generated))
                .filter(Files::isDirectory)
                .toList();
    }
}
