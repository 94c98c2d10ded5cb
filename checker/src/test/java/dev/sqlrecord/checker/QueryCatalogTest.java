package dev.sqlrecord.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.LocalD1;
import dev.sqlrecord.runtime.RecordingListener;
import dev.sqlrecord.runtime.StatementEvent;
import dev.sqlrecord.runtime.migrations.Migrations;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog the check writes beside {@code model.json} matches what generated code really sends:
 * the {@code batch_statements} case's repository runs on SQLite and on a real local D1, with and
 * without query comments, and the SHA-256 of every SQL a listener saw sent (its query comment
 * taken off) is in {@code statements.json} under the query's name.
 */
@Tag("d1")
@ExtendWith(LocalD1.class)
class QueryCatalogTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void theAllowListHoldsEverySqlGeneratedCodeSends() throws Exception {
        try (GeneratedCase generated = GeneratedCase.of(CaseTest.CASES.resolve("batch_statements"), temp, Map.of())) {
            JsonNode statements = JSON.readTree(Files.readString(generated.output("statements.json")));
            assertEquals(1, statements.get("version").asInt());
            Map<String, String> allowed = new LinkedHashMap<>();
            statements
                    .get("statements")
                    .forEach(s ->
                            allowed.put(s.get("sha256").asText(), s.get("query").asText()));
            // each query's SQL, and the D1 form of each of the 3 SELECTs (docs/D1-EXACT-INTEGERS.md)
            assertEquals(5 + 3, allowed.size(), statements::toString);
            JsonNode queries = JSON.readTree(Files.readString(generated.output("queries.json")));
            int d1Forms = 0;
            for (JsonNode query : queries.get("queries")) {
                if (query.has("d1Sql")) {
                    d1Forms++;
                    assertEquals(
                            sha256(query.get("d1Sql").asText()),
                            query.get("d1Sha256").asText());
                    assertEquals(
                            query.get("name").asText(),
                            allowed.get(query.get("d1Sha256").asText()));
                }
            }
            assertEquals(3, d1Forms);

            try (Database sqlite = Database.open("jdbc:sqlite:" + temp.resolve("tasks.sqlite"))) {
                assertSentSqlIsAllowed(sqlite, generated, allowed);
            }
            try (Database d1 = LocalD1.get().freshDatabase()) {
                assertSentSqlIsAllowed(d1.withQueryComments(), generated, allowed);
            }
        }
    }

    @Test
    void queriesJsonNamesEachQuerysOriginKindSqlAndTables() throws Exception {
        try (GeneratedCase generated = GeneratedCase.of(CaseTest.CASES.resolve("batch_statements"), temp, Map.of())) {
            JsonNode queries = JSON.readTree(Files.readString(generated.output("queries.json")));
            Map<String, JsonNode> byName = new LinkedHashMap<>();
            queries.get("queries").forEach(q -> byName.put(q.get("name").asText(), q));
            assertEquals(
                    List.of("addTask", "finishTasks", "findTask", "countTasks", "tasksByIds"),
                    List.copyOf(byName.keySet()));
            JsonNode find = byName.get("findTask");
            assertEquals("queries/tasks.sql", find.get("file").asText());
            assertEquals(8, find.get("line").asInt());
            assertEquals("one", find.get("kind").asText());
            assertEquals(
                    "SELECT id, title, note FROM tasks WHERE id = ?",
                    find.get("sql").asText());
            assertTrue(find.get("d1Sql").asText().startsWith("WITH _sqlrecord_d1(c1, c2, c3) AS (\n"));
            assertFalse(byName.get("addTask").has("d1Sql"));
            assertEquals("[\"tasks\"]", find.get("tablesRead").toString());
            assertEquals("[]", find.get("tablesWritten").toString());
            assertEquals(
                    "[\"tasks\"]", byName.get("addTask").get("tablesWritten").toString());
            assertEquals(
                    "[\"tasks\"]",
                    byName.get("finishTasks").get("tablesWritten").toString());
            assertEquals("execresult", byName.get("addTask").get("kind").asText());
        }
    }

    /** Runs every query of the case through generated code and checks each SQL sent against the list. */
    private static void assertSentSqlIsAllowed(Database database, GeneratedCase generated, Map<String, String> allowed)
            throws Exception {
        Migrations.fromDirectory(generated.migrations()).migrate(database);
        RecordingListener listener = new RecordingListener();
        Class<?> tasks = generated.load("TasksQueries");
        Object repository = tasks.getConstructor(Database.class).newInstance(database.withListener(listener));
        tasks.getMethod("addTask", String.class, String.class).invoke(repository, "write", null);
        tasks.getMethod("finishTasks", List.class).invoke(repository, List.of(1L));
        tasks.getMethod("findTask", long.class).invoke(repository, 1L);
        tasks.getMethod("countTasks").invoke(repository);
        assertEquals(1, ((List<?>) tasks.getMethod("tasksByIds", List.class).invoke(repository, List.of(1L))).size());

        List<StatementEvent> sent = listener.after();
        assertEquals(5, sent.size());
        for (StatementEvent event : sent) {
            String sql = event.sql();
            int comment = sql.lastIndexOf(" /* name=");
            if (comment >= 0) {
                assertTrue(sql.endsWith(" */"), sql);
                sql = sql.substring(0, comment);
            }
            assertEquals(event.queryName(), allowed.get(sha256(sql)), "not in statements.json: " + event.sql());
        }
    }

    private static String sha256(String sql) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(sql.getBytes(StandardCharsets.UTF_8)));
    }
}
