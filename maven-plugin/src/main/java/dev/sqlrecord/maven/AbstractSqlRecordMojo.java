package dev.sqlrecord.maven;

import dev.sqlrecord.checker.CheckRequest;
import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.daemon.CheckWorkers;
import dev.sqlrecord.checker.daemon.DaemonClient;
import dev.sqlrecord.checker.incremental.CheckRun;
import dev.sqlrecord.checker.lint.LintSettings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What both goals share: their parameters, turned into one {@link CheckRequest}, and the report of
 * its result. The checker does the work ({@link CheckRun}), in the check daemon or in this JVM, skipped
 * when nothing changed since its last successful run; a goal only says whether it generates.
 */
abstract class AbstractSqlRecordMojo extends AbstractMigrationsMojo {

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

    /**
     * The database the queries will run on: {@code sqlite} or {@code d1}. Default: {@code d1} when a
     * wrangler config in the project directory declares {@code d1_databases}, else {@code sqlite}.
     */
    @Parameter(property = "sqlrecord.target")
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

    /**
     * Checks (and generates) even when no input or output changed since the last successful check,
     * and checks every query file again rather than taking its kept result: a full check.
     */
    @Parameter(property = "sqlrecord.force", defaultValue = "false")
    boolean force;

    /**
     * Whether the check runs in the check daemon, a JVM that stays up between builds so that a
     * build's check finds its code loaded and compiled (README.md, "The check daemon"): true or
     * false; unset, true unless the environment variable {@code CI} is set.
     */
    @Parameter(property = "sqlrecord.daemon")
    String daemon;

    /**
     * Where the daemon is not used: whether the check runs in a check worker, a JVM of this build's
     * own that ends with it, set for a short life (README.md, "The check daemon"); false checks in the
     * build's JVM. A check skipped because nothing changed never starts one.
     */
    @Parameter(property = "sqlrecord.fork", defaultValue = "true")
    boolean fork;

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
        CheckRun run = useDaemon() ? inDaemon(request) : fork ? inWorker(request) : null;
        if (run == null) {
            run = CheckRun.run(request, List.of(getClass()), force);
        }
        DiagnosticLog.write(run.log(), getLog());
        switch (run.outcome()) {
            case FOUND_ERRORS -> throw new MojoFailureException(run.message());
            case COULD_NOT_RUN -> throw new MojoExecutionException(run.message());
            case PASSED -> afterSuccess();
        }
    }

    /** Unset: the daemon unless the environment variable {@code CI} is set (to anything but false). */
    private boolean useDaemon() {
        if (daemon != null && !daemon.isBlank()) {
            return Boolean.parseBoolean(daemon.strip());
        }
        String ci = System.getenv("CI");
        return ci == null || ci.isBlank() || ci.equalsIgnoreCase("false");
    }

    /** The check as the daemon ran it; null, after saying why, when it could not. */
    private CheckRun inDaemon(CheckRequest request) {
        try {
            Optional<CheckRun> run =
                    DaemonClient.forThisChecker().run(request, force, note -> getLog().info("sqlrecord: " + note));
            if (run.isPresent()) {
                return run.get();
            }
        } catch (IOException e) {
            getLog().info("sqlrecord: no check daemon: " + e.getMessage());
        }
        getLog().info("sqlrecord: checking in the build's JVM instead (-Dsqlrecord.daemon=false always does)");
        return null;
    }

    /** The check skipped here, or as a check worker ran it; null, after saying why, when none could. */
    private CheckRun inWorker(CheckRequest request) {
        Optional<CheckRun> run =
                CheckWorkers.run(request, List.of(getClass()), force, note -> getLog().info("sqlrecord: " + note));
        if (run.isPresent()) {
            return run.get();
        }
        getLog().info("sqlrecord: checking in the build's JVM instead (-Dsqlrecord.fork=false always does)");
        return null;
    }

    /** Called when the check found no errors, or was skipped because nothing changed since one that found none. */
    void afterSuccess() {}

    CheckRequest request() throws MojoExecutionException {
        Target parsedTarget = Targets.resolve(target, project.getBasedir().toPath(), getLog());
        LintSettings lintSettings;
        try {
            lintSettings =
                    LintSettings.of(lints == null ? Map.of() : lints, smallTables == null ? List.of() : smallTables);
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
                migrations(),
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
            for (String dir : new String[] {
                project.getBuild().getSourceDirectory(), project.getBuild().getTestSourceDirectory()
            }) {
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
