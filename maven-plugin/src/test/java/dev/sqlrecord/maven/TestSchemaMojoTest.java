package dev.sqlrecord.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.model.Build;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sqlrecord:test-schema}'s {@code sqlrecord.d1} switch: what it refuses before reaching any D1. */
class TestSchemaMojoTest {
    @TempDir
    Path base;

    /** The goal on a project in {@code base} whose migrations are a copy of {@code migrations}. */
    static TestSchemaMojo mojo(Path base, Path migrations) throws IOException {
        Path copy = Files.createDirectories(base.resolve("migrations"));
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        MavenProject project = new MavenProject();
        project.setFile(base.resolve("pom.xml").toFile());
        project.getModel().setBuild(new Build());
        project.getBuild().setDirectory(base.resolve("target").toString());
        TestSchemaMojo mojo = new TestSchemaMojo();
        mojo.project = project;
        mojo.migrationsDirectory = copy.toFile();
        mojo.examples = 4;
        mojo.packageName = "generated";
        return mojo;
    }

    private TestSchemaMojo onD1() throws IOException {
        Path migrations = Files.createDirectories(base.resolve("source"));
        Files.writeString(migrations.resolve("0001_init.sql"), "CREATE TABLE t (id INTEGER PRIMARY KEY);\n");
        TestSchemaMojo mojo = mojo(base, migrations);
        mojo.d1 = true;
        return mojo;
    }

    @Test
    void d1WithTargetSqliteIsAConfigurationError() throws Exception {
        TestSchemaMojo mojo = onD1();
        mojo.target = "sqlite";
        mojo.environment = Map.of();

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("sqlrecord.d1 runs the cases on D1"), e.getMessage());
    }

    @Test
    void d1WithoutItsVariablesNamesEveryMissingOne() throws Exception {
        TestSchemaMojo mojo = onD1();
        mojo.environment = Map.of("CLOUDFLARE_ACCOUNT_ID", "acct");

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("CLOUDFLARE_DATABASE_ID, CLOUDFLARE_D1_TOKEN are not set"), e.getMessage());
    }

    @Test
    void withoutD1TheCasesRunOnSqliteAndTheEnvironmentIsNotRead() throws Exception {
        TestSchemaMojo mojo = onD1();
        mojo.d1 = false;
        mojo.environment = Map.of();
        DiagnosticLogTest.RecordingLog log = new DiagnosticLogTest.RecordingLog();
        mojo.setLog(log);

        mojo.execute();

        assertEquals(
                "INFO sqlrecord: satisfiable: ok, enforced: ok, actions: ok, preserves: ok",
                log.lines.get(log.lines.size() - 1),
                log.lines.toString());
        assertFalse(log.lines.stream().anyMatch(l -> l.startsWith("ERROR")), log.lines.toString());
    }

    @Test
    void theSwitchIsSeedsAndMigratesOwnProperty() throws IOException {
        // the descriptor maven-plugin-plugin generated from the annotations: what -D... sets
        String descriptor = Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml"));
        String d1 = "<d1 implementation=\"boolean\" default-value=\"false\">${sqlrecord.d1}</d1>";
        for (String goal : List.of("test-schema", "seed", "migrate")) {
            int start = descriptor.indexOf("<goal>" + goal + "</goal>");
            String mojo = descriptor.substring(start, descriptor.indexOf("</mojo>", start));
            assertTrue(mojo.contains(d1), goal);
        }
        assertFalse(new TestSchemaMojo().d1);
        assertEquals(System.getenv(), new TestSchemaMojo().environment);
    }
}
