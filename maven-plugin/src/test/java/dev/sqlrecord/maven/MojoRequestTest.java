package dev.sqlrecord.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.checker.CheckRequest;
import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.lint.LintLevel;
import dev.sqlrecord.checker.lint.LintSettings;
import dev.sqlrecord.checker.lint.Rule;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Build;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MojoRequestTest {
    @TempDir
    Path base;

    private MavenProject project() throws Exception {
        MavenProject project = new MavenProject();
        project.setFile(base.resolve("pom.xml").toFile());
        project.getModel().setBuild(new Build());
        project.getBuild().setSourceDirectory(base.resolve("src/main/java").toString());
        project.getBuild().setTestSourceDirectory(base.resolve("src/test/java").toString());
        Files.createDirectories(base.resolve("src/main/java"));
        project.addCompileSourceRoot(base.resolve("src/main/java").toString());
        project.addCompileSourceRoot(base.resolve("src/missing").toString());
        project.addCompileSourceRoot(
                base.resolve("target/generated-sources/sqlrecord").toString());
        Files.createDirectories(base.resolve("target/generated-sources/sqlrecord"));
        return project;
    }

    private <M extends AbstractSqlRecordMojo> M configure(M mojo) throws Exception {
        mojo.project = project();
        mojo.migrationsDirectory = base.resolve("src/main/sql/migrations").toFile();
        mojo.queriesDirectory = base.resolve("src/main/sql/queries").toFile();
        mojo.packageName = "com.acme.db";
        mojo.modelFile = base.resolve("target/sqlrecord/model.json").toFile();
        mojo.target = "d1";
        mojo.daemon = "false"; // in this JVM; the daemon's own tests are CheckDaemonTest and the IT generate-in-daemon
        return mojo;
    }

    private GenerateMojo generate() throws Exception {
        GenerateMojo mojo = configure(new GenerateMojo());
        mojo.outputDirectory =
                base.resolve("target/generated-sources/sqlrecord").toFile();
        return mojo;
    }

    @Test
    void generateTurnsParametersIntoOneRequest() throws Exception {
        CheckRequest request = generate().request();

        assertEquals(base.toAbsolutePath().normalize(), request.baseDir());
        assertEquals(base.resolve("src/main/sql/migrations"), request.migrationsDir());
        assertEquals(base.resolve("src/main/sql/queries"), request.queriesDir());
        assertEquals(List.of(base.resolve("src/main/java")), request.sourceRoots());
        assertEquals("com.acme.db", request.packageName());
        assertEquals(base.resolve("target/generated-sources/sqlrecord"), request.outputDir());
        assertEquals(base.resolve("target/sqlrecord/model.json"), request.modelFile());
        assertEquals(Target.D1, request.target());
    }

    @Test
    void checkDoesNotGenerateNorReadGeneratedSources() throws Exception {
        CheckMojo mojo = configure(new CheckMojo());
        mojo.generatedSourcesDirectory =
                base.resolve("target/generated-sources/sqlrecord").toFile();

        CheckRequest request = mojo.request();

        assertNull(request.outputDir());
        assertEquals(List.of(base.resolve("src/main/java")), request.sourceRoots());
    }

    @Test
    void configuredSourceRootsReplaceTheProjectsOnes() throws Exception {
        GenerateMojo mojo = generate();
        mojo.sourceRoots = List.of(new File(base.toFile(), "records"));

        assertEquals(List.of(base.resolve("records")), mojo.request().sourceRoots());
    }

    @Test
    void anUnknownTargetIsAConfigurationError() throws Exception {
        GenerateMojo mojo = generate();
        mojo.target = "postgres";

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::request);
        assertTrue(e.getMessage().contains("postgres"), e.getMessage());
    }

    @Test
    void lintLevelsAndSmallTablesReachTheRequest() throws Exception {
        GenerateMojo mojo = generate();
        mojo.lints = Map.of("full-scan", "error", "select-star", "off");
        mojo.smallTables = List.of("Settings");

        LintSettings lints = mojo.request().lints();

        assertEquals(LintLevel.ERROR, lints.level(Rule.FULL_SCAN, Target.D1));
        assertEquals(LintLevel.OFF, lints.level(Rule.SELECT_STAR, Target.D1));
        assertEquals(LintLevel.ERROR, lints.level(Rule.D1_TRANSACTION, Target.D1));
        assertTrue(lints.isSmall("settings"));
    }

    @Test
    void anUnknownLintCodeIsAConfigurationError() throws Exception {
        GenerateMojo mojo = generate();
        mojo.lints = Map.of("full-scna", "error");

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::request);
        assertTrue(e.getMessage().contains("unknown lint code 'full-scna'"), e.getMessage());
    }

    @Test
    void generatingIntoTheProjectsSourcesIsRefused() throws Exception {
        for (String folder : List.of("src/main/java", "src/main/java/com/acme/db", "src", ".")) {
            GenerateMojo mojo = generate();
            mojo.outputDirectory = base.resolve(folder).toFile();

            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::request, folder);
            assertTrue(e.getMessage().contains("folder of its own"), e.getMessage());
        }
    }

    @Test
    void skipDoesNothing() throws Exception {
        GenerateMojo mojo = generate();
        mojo.skip = true;
        int roots = mojo.project.getCompileSourceRoots().size();

        mojo.execute();

        assertEquals(roots, mojo.project.getCompileSourceRoots().size());
    }

    @Test
    void anEmptyProjectChecksCleanAndGetsTheSourceRoot() throws Exception {
        GenerateMojo mojo = generate();
        Files.createDirectories(mojo.migrationsDirectory.toPath());
        Files.createDirectories(mojo.queriesDirectory.toPath());
        mojo.project.getCompileSourceRoots().clear();

        mojo.execute();

        assertEquals(List.of(mojo.outputDirectory.getAbsolutePath()), mojo.project.getCompileSourceRoots());
    }

    @Test
    void migrationsComeFromTheWranglerConfigUnlessGiven() throws Exception {
        GenerateMojo mojo = generate();
        mojo.migrationsDirectory = null;
        Files.writeString(base.resolve("wrangler.toml"), """
                name = "app"
                [[d1_databases]]
                binding = "DB"
                migrations_dir = "db/migrations"
                """);

        assertEquals(base.resolve("db/migrations"), mojo.request().migrationsDir());

        mojo.migrationsDirectory = base.resolve("sql").toFile();
        assertEquals(base.resolve("sql"), mojo.request().migrationsDir());
    }

    @Test
    void aProjectWhoseWranglerConfigDeclaresD1IsCheckedForD1AndSaysSo() throws Exception {
        GenerateMojo mojo = generate();
        mojo.target = null;
        Files.writeString(base.resolve("wrangler.jsonc"), """
                // a Workers project
                { "name": "app", "d1_databases": [ { "binding": "DB", "database_name": "app" }, ], }
                """);
        DiagnosticLogTest.RecordingLog log = new DiagnosticLogTest.RecordingLog();
        mojo.setLog(log);

        assertEquals(Target.D1, mojo.request().target());
        assertTrue(
                log.lines.contains("INFO sqlrecord: target d1, as wrangler.jsonc declares d1_databases"
                        + " (<target>sqlite</target> checks for SQLite instead)"),
                log.lines.toString());

        mojo.target = "sqlite";
        log.lines.clear();
        assertEquals(Target.SQLITE, mojo.request().target(), "a target the user sets wins");
        assertTrue(log.lines.stream().noneMatch(l -> l.contains("target d1")), log.lines.toString());
    }

    @Test
    void withoutD1DatabasesOrWranglerConfigTheTargetIsSqlite() throws Exception {
        GenerateMojo mojo = generate();
        mojo.target = null;
        assertEquals(Target.SQLITE, mojo.request().target(), "no wrangler config");

        Files.writeString(base.resolve("wrangler.toml"), "name = \"app\"\n[[kv_namespaces]]\nbinding = \"KV\"\n");
        assertEquals(Target.SQLITE, mojo.request().target(), "a config without D1");

        Files.writeString(base.resolve("wrangler.toml"), "name = \"app\"\n[[ d1_databases ]]\nbinding = \"DB\"\n");
        assertEquals(Target.D1, mojo.request().target(), "a TOML config with D1");
    }

    @Test
    void withoutWranglerConfigMigrationsAreInTheDefaultFolder() throws Exception {
        GenerateMojo mojo = generate();
        mojo.migrationsDirectory = null;

        assertEquals(base.resolve("src/main/sql/migrations"), mojo.request().migrationsDir());
    }

    @Test
    void aRunWithNothingChangedRepeatsTheWarningsAndSkipsTheCheck() throws Exception {
        Path migrations = Files.createDirectories(base.resolve("src/main/sql/migrations"));
        Path queries = Files.createDirectories(base.resolve("src/main/sql/queries"));
        Files.writeString(
                migrations.resolve("0001_init.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);\n");
        Files.writeString(
                queries.resolve("users.sql"), "-- name: byName :many\nSELECT id FROM users WHERE name = :name;\n");
        String warning = "WARN src/main/sql/queries/users.sql:2:16: warning: [full-scan] ";

        List<String> first = run(generate());
        List<String> second = run(generate());
        GenerateMojo forced = generate();
        forced.force = true;
        List<String> third = run(forced);

        assertTrue(first.stream().anyMatch(l -> l.startsWith(warning)), first.toString());
        assertTrue(first.stream().anyMatch(l -> l.startsWith("INFO sqlrecord: checked 1 migration and 1 query")));
        assertEquals(
                first.stream().filter(l -> l.startsWith("WARN")).toList(),
                second.stream().filter(l -> l.startsWith("WARN")).toList());
        assertEquals(
                "INFO sqlrecord: nothing changed since the last check (1 migration and 1 query: 0 errors, "
                        + "1 warning, 0 info); skipped",
                second.get(second.size() - 1));
        assertTrue(
                third.stream().anyMatch(l -> l.startsWith("INFO sqlrecord: checked 1 migration and 1 query")),
                third.toString());
        assertEquals("INFO sqlrecord: query files: 0 kept, 1 checked; schema built", third.get(third.size() - 1));
    }

    /** Runs the goal on a project whose source roots were reset, as in a new build; returns what it logged. */
    private static List<String> run(GenerateMojo mojo) throws Exception {
        DiagnosticLogTest.RecordingLog log = new DiagnosticLogTest.RecordingLog();
        mojo.setLog(log);
        mojo.project.getCompileSourceRoots().clear();

        mojo.execute();

        assertEquals(List.of(mojo.outputDirectory.getAbsolutePath()), mojo.project.getCompileSourceRoots());
        return log.lines;
    }
}
