package dev.sqlrecord.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlrecord.runtime.BatchResults;
import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.LocalD1;
import dev.sqlrecord.runtime.RecordingListener;
import dev.sqlrecord.runtime.Statement;
import dev.sqlrecord.runtime.StatementEvent;
import dev.sqlrecord.runtime.migrations.Migrations;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated repositories name their queries to listeners: the {@code batch_statements} case's
 * generated code, compiled and run on SQLite and on a real local D1, tells each statement's query
 * name, file and line as the query file has them, alone and in a batch.
 */
@Tag("d1")
@ExtendWith(LocalD1.class)
class GeneratedQueryListenerTest {
    @TempDir
    Path temp;

    @Test
    void generatedCodeTellsEachQuerysNameFileAndLine() throws Exception {
        try (GeneratedCase generated = GeneratedCase.of(CaseTest.CASES.resolve("batch_statements"), temp, Map.of())) {
            try (Database sqlite = Database.open("jdbc:sqlite:" + temp.resolve("tasks.sqlite"))) {
                run(sqlite, generated, StatementEvent.SQLITE);
            }
            try (Database d1 = LocalD1.get().freshDatabase()) {
                run(d1, generated, StatementEvent.CLOUDFLARE_D1);
            }
        }
    }

    private static void run(Database database, GeneratedCase generated, String backend) throws Exception {
        Migrations.fromDirectory(generated.migrations()).migrate(database);
        RecordingListener listener = new RecordingListener();
        Class<?> tasks = generated.load("TasksQueries");
        Object repository = tasks.getConstructor(Database.class).newInstance(database.withListener(listener));

        tasks.getMethod("addTask", String.class, String.class).invoke(repository, "write", null);
        Optional<?> found =
                (Optional<?>) tasks.getMethod("findTask", long.class).invoke(repository, 1L);
        assertEquals(true, found.isPresent());
        Statement<?> finish = (Statement<?>)
                tasks.getMethod("finishTasksStatement", List.class).invoke(null, List.of(1L));
        Statement<?> count =
                (Statement<?>) tasks.getMethod("countTasksStatement").invoke(null);
        Statement<?> byIds = (Statement<?>)
                tasks.getMethod("tasksByIdsStatement", List.class).invoke(null, List.of(1L, 2L));
        BatchResults results = database.withListener(listener).batch(finish, count, byIds);
        assertEquals(1L, results.get(1));

        List<StatementEvent> after = listener.after();
        assertEquals(
                List.of("addTask 2", "findTask 8", "finishTasks 5", "countTasks 11", "tasksByIds 14"),
                after.stream().map(e -> e.queryName() + " " + e.sourceLine()).toList(),
                backend);
        for (StatementEvent event : after) {
            assertEquals("queries/tasks.sql", event.sourceFile());
            assertEquals(backend, event.backend());
            assertEquals(null, event.error());
        }
        assertEquals(
                List.of(-1, -1, 0, 1, 2),
                after.stream().map(StatementEvent::batchIndex).toList());
        assertEquals(
                List.of(1L, 1L, 1L, 1L, 1L),
                after.stream().map(StatementEvent::rows).toList());
    }
}
