package dev.sqlrecord.testing.soundness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.cli.Main;
import dev.sqlrecord.checker.lint.LintSettings;
import dev.sqlrecord.testing.properties.SchemaProperty;
import dev.sqlrecord.testing.properties.SchemaTests;
import dev.sqlrecord.testing.properties.TestSchemaRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code test-schema --queries}: the properties {@code sound} and {@code round-trips} on a project
 * with planted defects (an enum constant its column's second CHECK refuses, a trigger that rewrites
 * a generated enum's value, and a model forced to call a nullable column non-null), on the same
 * project fixed and on the sample's project, which pass without a false alarm.
 */
class QueryPropertiesTest {
    private static final String PLANTED = "src/test/resources/query-defects/";
    private static final String FIXED = "src/test/resources/query-fixed/";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(String root, String packageName) {
        return run(root + "migrations", root + "queries", root + "java", packageName);
    }

    private int run(String migrations, String queries, String sources, String packageName) {
        out.reset();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return Main.run(
                new String[] {
                    "test-schema",
                    "--migrations",
                    migrations,
                    "--queries",
                    queries,
                    "--sources",
                    sources,
                    "--package",
                    packageName
                },
                print,
                print);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void roundTripsFindsTheRefusedAndTheRewrittenConstantAtTheirLines() throws Exception {
        assertEquals(1, run(PLANTED, "com.example.blog.db"), out());
        String report = out();
        assertTrue(
                report.contains(PLANTED + "java/com/example/blog/Status.java:6:5: error: [enum-round-trip]"
                        + " Status.PUBLISHED of articles.status, written as 'published' (as the generated code"
                        + " binds it), is refused by articles.status: "),
                report);
        assertTrue(report.contains("CHECK constraint failed: length(status) <= 8"), report);
        assertTrue(
                report.contains(PLANTED + "migrations/0001_articles.sql:14:3: error: [enum-round-trip]"
                        + " ArticlesAudience.MEMBERS of articles.audience, written as 'members' (as the generated"
                        + " code binds it), reads back as 'everyone', that is EVERYONE"),
                report);
        assertTrue(
                report.endsWith("satisfiable: ok, enforced: ok, actions: ok, preserves: ok, sound: ok,"
                        + " round-trips: failed (2)\n"),
                report);
        // the reproduction: the rows, then the write and the read, refused by sqlite itself
        String reproduction = report.substring(
                report.indexOf("    -- seed 20261202; reproduce with sqlite3"), report.indexOf("src/test", 200));
        try (var db = DriverManager.getConnection("jdbc:sqlite::memory:");
                var s = db.createStatement()) {
            s.executeUpdate(Files.readString(Path.of(PLANTED + "migrations/0001_articles.sql")));
            String sql = reproduction.replaceAll("(?m)^    ", "");
            String write =
                    sql.lines().filter(l -> l.startsWith("UPDATE")).findFirst().orElseThrow();
            s.executeUpdate(sql.substring(0, sql.indexOf(write)));
            var refused = org.junit.jupiter.api.Assertions.assertThrows(
                    java.sql.SQLException.class, () -> s.executeUpdate(write));
            assertTrue(refused.getMessage().contains("length(status) <= 8"), refused.getMessage());
        }
    }

    @Test
    void theFixedProjectAndTheSamplePassWithNoFalseAlarm() {
        assertEquals(0, run(FIXED, "com.example.blog.db"), out());
        assertEquals(
                "test-schema: seed 20261202\nsatisfiable: ok, enforced: ok, actions: ok, preserves: ok, sound: ok,"
                        + " round-trips: ok\n",
                out());
        assertEquals(
                0,
                run(
                        "../sample/src/main/sql/migrations",
                        "../sample/src/main/sql/queries",
                        "../sample/src/main/java",
                        "dev.sqlrecord.sample.db"),
                out());
        assertEquals(
                "test-schema: seed 20261202\nsatisfiable: ok, enforced: ok, actions: ok, preserves: ok, sound: ok,"
                        + " round-trips: ok\n",
                out());
    }

    @Test
    void soundFindsTheNullOfAColumnTheModelWasForcedToCallNonNull() throws Exception {
        SchemaTests tests = SchemaTests.standard();
        for (SchemaProperty property : QueryProperties.of(
                "com.example.blog.db", CheckedProject.ownClassPath(), QueryPropertiesTest::forceBio)) {
            tests = tests.with(property);
        }
        Path root = Path.of(FIXED).toAbsolutePath();
        SchemaTests.Result result = tests.run(new TestSchemaRequest(
                root.resolve("migrations"),
                p -> root.relativize(p.toAbsolutePath().normalize()).toString(),
                Target.SQLITE,
                SchemaTests.DEFAULT_SEED,
                SchemaTests.DEFAULT_EXAMPLES,
                root.resolve("queries"),
                List.of(root.resolve("java")),
                LintSettings.DEFAULTS));
        String report = result.report();
        assertEquals(1, result.diagnostics().size(), report);
        assertTrue(
                result.diagnostics()
                        .get(0)
                        .headline()
                        .startsWith("queries/articles.sql:7:1: error: [unsound-query]"
                                + " author (seed 20261202, state 3, NULL_HEAVY) with [1]: NULL in column 'bio' inferred"
                                + " non-null"),
                report);
        assertTrue(report.contains("    7 | -- name: author :one\n"), report);
        assertTrue(report.contains("    INSERT INTO \"authors\" (\"id\", \"name\", \"bio\") VALUES ("), report);
        assertTrue(
                report.contains(
                        "    -- then author:\n    .param set :id 1\n    SELECT name, bio FROM authors WHERE id = :id;\n"),
                report);
        assertTrue(report.endsWith("sound: failed (1), round-trips: ok\n"), report);
    }

    /** The model as if the checker had inferred {@code authors.bio} non-null in the query {@code author}. */
    private static void forceBio(Path model) {
        try {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = (ObjectNode) json.readTree(model.toFile());
            root.get("queries")
                    .forEach(q -> q.get("columns").forEach(c -> {
                        if (q.get("name").asText().equals("author")
                                && c.get("name").asText().equals("bio")) {
                            ((ObjectNode) c).put("nullable", false);
                        }
                    }));
            json.writeValue(model.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
