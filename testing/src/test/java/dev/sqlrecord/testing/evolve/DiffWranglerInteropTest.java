package dev.sqlrecord.testing.evolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sqlrecord.checker.Target;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration {@code diff} writes for target d1, applied by the real wrangler to its local D1: the
 * rebuild of a parent keeps every cascading child row and every SET NULL reference, as the data
 * check promised. Uses the checker's interop install (checker/src/test/interop, pinned by its
 * package-lock; the checker's build installs it); without it the test is skipped, except under
 * CI, where that is a failure.
 */
@Tag("interop")
class DiffWranglerInteropTest {
    private static final Path TOOLS = Path.of("../checker/src/test/interop").toAbsolutePath();
    private static final String WRANGLER_CONFIG = """
            {
              "name": "diff-interop",
              "compatibility_date": "2026-04-01",
              "send_metrics": false,
              "d1_databases": [
                {"binding": "DB", "database_name": "diff-interop",
                 "database_id": "00000000-0000-0000-0000-000000000000", "migrations_dir": "migrations"}
              ]
            }
            """;

    @TempDir
    Path project;

    @BeforeAll
    static void installed() {
        boolean installed = Files.isRegularFile(TOOLS.resolve("node_modules/.bin/wrangler"));
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("run `npm ci --prefix checker/src/test/interop` first");
        }
        Assumptions.assumeTrue(installed, "wrangler not installed: npm ci --prefix checker/src/test/interop");
    }

    @Test
    void aRebuildWrittenForD1KeepsEveryChildRowUnderWrangler() throws Exception {
        Path migrations = Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("wrangler.jsonc"), WRANGLER_CONFIG);
        Files.writeString(migrations.resolve("0001_init.sql"), DiffScenariosTest.FAMILY);
        wrangler("d1", "migrations", "apply", "DB", "--local", "--persist-to", "state");
        execute("INSERT INTO users VALUES (1, 'ada'), (2, 'bob');"
                + " INSERT INTO posts VALUES (10, 1, 'a'), (11, 1, 'b'), (12, 2, 'c');"
                + " INSERT INTO comments VALUES (100, 10, 'x'), (101, 12, 'y');"
                + " INSERT INTO badges VALUES (1000, 1, 'first'), (1001, 2, 'second');");

        // a new CHECK on the parent: SQLite cannot ALTER that in, so users is rebuilt
        String desired = DiffScenariosTest.FAMILY.replace(
                "name TEXT NOT NULL);", "name TEXT NOT NULL CHECK (length(name) > 0));");
        Path schema = Files.writeString(project.resolve("schema.sql"), desired);
        String migration = DiffCommand.next(migrations, schema, Target.D1);
        assertTrue(migration.contains("DROP TABLE \"users\""), migration);
        Files.writeString(migrations.resolve("0002_users_check.sql"), migration);
        String applied = wrangler("d1", "migrations", "apply", "DB", "--local", "--persist-to", "state");
        assertTrue(applied.contains("0002_users_check.sql"), applied);

        assertEquals(
                "10:1:a 11:1:b 12:2:c",
                one("SELECT group_concat(id || ':' || user_id || ':' || title, ' ') AS v FROM"
                        + " (SELECT * FROM posts ORDER BY id)"));
        assertEquals("100:10 101:12", one("SELECT group_concat(id || ':' || post_id, ' ') AS v FROM comments"));
        assertEquals(
                "1000:1 1001:2",
                one("SELECT group_concat(id || ':' || ifnull(user_id, 'null'), ' ') AS v FROM badges"));
        assertEquals("0", one("SELECT count(*) AS v FROM pragma_foreign_key_check"));
        assertTrue(
                one("SELECT sql AS v FROM sqlite_schema WHERE name = 'users'").contains("length(name) > 0"),
                "the rebuilt table has the new CHECK");
    }

    /** The one value, named v, of a one-row query run by wrangler on its local D1. */
    private String one(String sql) throws Exception {
        JsonNode answer = new ObjectMapper().readTree(execute(sql));
        return answer.path(0).path("results").path(0).path("v").asText();
    }

    private String execute(String sql) throws Exception {
        return wrangler("d1", "execute", "DB", "--local", "--persist-to", "state", "--json", "--command", sql);
    }

    private String wrangler(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(TOOLS.resolve("node_modules/.bin/wrangler").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        var env = builder.environment();
        // offline, as the checker's interop tests run it: no telemetry, update check or prompts
        env.put("WRANGLER_SEND_METRICS", "false");
        env.put("WRANGLER_SEND_ERROR_REPORTS", "false");
        env.put("WRANGLER_HIDE_BANNER", "true");
        env.put("CLOUDFLARE_CF_FETCH_ENABLED", "false");
        env.put("CI", "true");
        env.put("NO_COLOR", "1");
        env.put("FORCE_COLOR", "0");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "timed out: " + command);
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), command + "\n" + text);
        return text;
    }
}
