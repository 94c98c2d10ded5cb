package dev.sqlrecord.maven;

import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Severity;
import dev.sqlrecord.checker.lint.LintSettings;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.d1.D1Config;
import dev.sqlrecord.testing.properties.SchemaProperty;
import dev.sqlrecord.testing.properties.SchemaTests;
import dev.sqlrecord.testing.properties.TestSchemaRequest;
import dev.sqlrecord.testing.soundness.QueryProperties;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code sqlrecord:test-schema}: the schema's properties over generated rows (satisfiable,
 * enforced, actions, preserves), and when the project has queries those of its queries (sound,
 * round-trips: the generated code compiled against the project's compile class path), each failure
 * reported at its line with the seed and a reproduction; skipped, like the project's tests, with
 * {@code -DskipTests} or {@code -Dmaven.test.skip}.
 */
@Mojo(
        name = "test-schema",
        defaultPhase = LifecyclePhase.TEST,
        requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public class TestSchemaMojo extends AbstractMigrationsMojo {
    /** {@code sqlite} or {@code d1}; default {@code d1} when the wrangler config declares a D1 database. */
    @Parameter(property = "sqlrecord.target")
    String target;

    /** Seed of the generated rows; the report prints it, so a failure can be replayed with it. */
    @Parameter(property = "sqlrecord.seed")
    Long seed;

    /** Generated rows per table the properties draw their examples from. */
    @Parameter(property = "sqlrecord.examples", defaultValue = "4")
    int examples;

    /** Folder of the query files, handed to the properties about queries. */
    @Parameter(property = "sqlrecord.queries", defaultValue = "${project.basedir}/src/main/sql/queries")
    File queriesDirectory;

    /** Package of the generated classes, as for {@code generate}: the records may import it. */
    @Parameter(property = "sqlrecord.package", defaultValue = "generated")
    String packageName;

    /** Levels of the property codes (checker/LINTS.md), e.g. {@code <default-collides>warning</default-collides>}. */
    @Parameter
    Map<String, String> lints;

    /**
     * Runs the cases on the D1 named by CLOUDFLARE_ACCOUNT_ID, CLOUDFLARE_DATABASE_ID and
     * CLOUDFLARE_D1_TOKEN (or the gateway's variables), as the CLI's {@code --d1}; implies target d1.
     */
    @Parameter(property = "sqlrecord.d1", defaultValue = "false")
    boolean d1;

    /** Where {@link #d1}'s variables are read; the tests point it at a local D1. */
    Map<String, String> environment = System.getenv();

    @Parameter(property = "skipTests", defaultValue = "false")
    boolean skipTests;

    @Parameter(property = "maven.test.skip", defaultValue = "false")
    boolean skipTestCompile;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipTests || skipTestCompile) {
            getLog().info("sqlrecord: test-schema skipped (tests are skipped)");
            return;
        }
        Path base = project.getBasedir().toPath().toAbsolutePath();
        LintSettings levels;
        try {
            levels = LintSettings.of(lints == null ? Map.of() : lints, List.of());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("sqlrecord: " + e.getMessage(), e);
        }
        if (d1 && "sqlite".equalsIgnoreCase(target)) {
            throw new MojoExecutionException(
                    "sqlrecord: sqlrecord.d1 runs the cases on D1: it goes with target d1, not sqlite");
        }
        Path queries = queriesDirectory == null || !Files.isDirectory(queriesDirectory.toPath())
                ? null
                : queriesDirectory.toPath();
        TestSchemaRequest request = new TestSchemaRequest(
                migrations(),
                p -> base.relativize(p.toAbsolutePath()).toString().replace('\\', '/'),
                Targets.resolve(d1 && target == null ? "d1" : target, base, getLog()),
                seed == null ? SchemaTests.DEFAULT_SEED : seed,
                examples,
                queries,
                userSources(),
                levels);
        SchemaTests tests = SchemaTests.standard();
        if (queries != null) {
            for (SchemaProperty property : QueryProperties.of(packageName, classPath())) {
                tests = tests.with(property);
            }
        }
        SchemaTests.Result result;
        try {
            // the CLI's --d1 path (SchemaTests.runOnD1): an empty D1, migrated, each case a rolled-back batch
            result = d1 ? tests.runOnD1(request, D1Config.fromEnvironment(environment)) : tests.run(request);
        } catch (IOException | SQLException | SqlRecordException | IllegalArgumentException e) {
            // IllegalArgumentException: a D1 that holds tables already; SqlRecordException: variables, D1 itself
            throw new MojoExecutionException("sqlrecord: test-schema could not run: " + e.getMessage(), e);
        }
        Map<String, Severity> headlines = new HashMap<>();
        for (Diagnostic d : result.diagnostics()) {
            headlines.put(d.headline(), d.severity());
        }
        for (String line : result.report().split("\n")) {
            Severity severity = headlines.get(line);
            if (severity == Severity.ERROR) {
                getLog().error(line);
            } else if (severity == Severity.WARNING) {
                getLog().warn(line);
            } else {
                // the report's own lines say "sqlrecord:"; excerpts and reproductions stay as printed
                getLog().info(line.isEmpty() || Character.isWhitespace(line.charAt(0)) ? line : "sqlrecord: " + line);
            }
        }
        if (!result.passed()) {
            throw new MojoFailureException(
                    "sqlrecord: a property of the schema failed; each case is listed above with its reproduction");
        }
    }

    /** The source roots the user writes: not those under the build directory (the generated code's). */
    private List<Path> userSources() {
        Path build = Path.of(project.getBuild().getDirectory()).toAbsolutePath();
        return project.getCompileSourceRoots().stream()
                .map(p -> Path.of(p).toAbsolutePath())
                .filter(Files::isDirectory)
                .filter(p -> !p.startsWith(build))
                .toList();
    }

    private List<Path> classPath() throws MojoExecutionException {
        try {
            return project.getCompileClasspathElements().stream().map(Path::of).toList();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("sqlrecord: the compile class path is not resolved: " + e.getMessage(), e);
        }
    }
}
