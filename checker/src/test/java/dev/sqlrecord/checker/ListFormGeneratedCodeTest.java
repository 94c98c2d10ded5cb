package dev.sqlrecord.checker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.LocalD1;
import dev.sqlrecord.runtime.RecordingListener;
import dev.sqlrecord.runtime.StatementEvent;
import dev.sqlrecord.runtime.UniqueViolationException;
import dev.sqlrecord.runtime.migrations.Migrations;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The list forms generated for the case {@code bulk_exec}, run on SQLite in memory, on an SQLite
 * file and on the local D1: every element inserted, the rowids of {@code :execresult}, a failing
 * element rolling back the whole list and named (on SQLite also inside a multi-row INSERT), an empty
 * list, and the listener's events; the same values on all three, where D1 runs the elements one by one.
 */
@Tag("d1")
@ExtendWith(LocalD1.class)
class ListFormGeneratedCodeTest {
    @TempDir
    static Path temp;

    private static GeneratedCase generated;

    @BeforeAll
    static void generate() throws Exception {
        generated = GeneratedCase.of(CaseTest.CASES.resolve("bulk_exec"), temp.resolve("case"), Map.of());
    }

    @AfterAll
    static void close() throws Exception {
        generated.close();
    }

    @Test
    void listFormsAnswerAlikeOnSqliteMemoryFileAndD1() throws Exception {
        List<String> onMemory;
        try (Database db = Database.open("jdbc:sqlite::memory:")) {
            onMemory = run(db);
        }
        try (Database db = Database.open("jdbc:sqlite:" + temp.resolve("file.db"), 3)) {
            assertEquals(onMemory, run(db));
        }
        try (Database db = LocalD1.get().freshDatabase()) {
            assertEquals(onMemory, run(db));
        }
        assertTrue(
                onMemory.contains("authors [ExecResult[rowsChanged=1, lastInsertId=1], ExecResult[rowsChanged=1,"
                        + " lastInsertId=2]]"),
                onMemory.toString());
    }

    @Test
    void theRecordChecksNullsAsTheSingleMethodDoes() throws Exception {
        Class<?> params = generated.load("PostsQueries$InsertPostParams");
        InvocationTargetException e = assertThrows(
                InvocationTargetException.class,
                () -> params.getConstructor(long.class, String.class, String.class)
                        .newInstance(1L, null, "b"));
        assertInstanceOf(NullPointerException.class, e.getCause());
        assertEquals("title", e.getCause().getMessage());
        // a nullable component takes null
        params.getConstructor(long.class, String.class, String.class).newInstance(1L, "t", null);
    }

    /** Runs the list forms on {@code db} and writes down what they returned. */
    private static List<String> run(Database db) throws Exception {
        Migrations.fromDirectory(generated.migrations()).migrate(db);
        RecordingListener recorder = new RecordingListener();
        Object posts =
                generated.load("PostsQueries").getConstructor(Database.class).newInstance(db.withListener(recorder));
        List<String> out = new ArrayList<>();
        out.add("authors " + call(posts, "addAuthor", List.of(record("AddAuthor", "Ada"), record("AddAuthor", "Bob"))));

        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(record("InsertPost", 1L + i % 2, "Post " + i, i % 5 == 0 ? null : "Body " + i));
        }
        recorder.clear();
        int[] inserted = (int[]) call(posts, "insertPost", rows);
        int[] ones = new int[300];
        Arrays.fill(ones, 1);
        assertArrayEquals(ones, inserted);
        out.add("posts " + call(posts, "countPosts"));
        List<StatementEvent> after = recorder.after();
        out.add("events " + recorder.methods().size() + " " + after.size() + " "
                + after.get(299).batchIndex() + " " + after.get(299).queryName() + " "
                + after.stream().mapToLong(StatementEvent::rows).sum());
        out.add("post 5 "
                + db.many(
                        "SELECT author_id, title, body FROM posts WHERE id IN (1, 6) ORDER BY id",
                        row -> row.getLong(1) + " " + row.getString(2) + " " + row.getObject(3)));

        // element 3 repeats an (author, title) pair: nothing of the list is applied, element 3 is named
        List<Object> failing = List.of(
                record("InsertPost", 1L, "New 0", null),
                record("InsertPost", 2L, "New 1", null),
                record("InsertPost", 1L, "New 2", null),
                record("InsertPost", 1L, "Post 0", "again"),
                record("InsertPost", 2L, "New 4", null));
        UniqueViolationException e = assertInstanceOf(
                UniqueViolationException.class,
                assertThrows(InvocationTargetException.class, () -> call(posts, "insertPost", failing))
                        .getCause());
        assertEquals(3, e.batchIndex(), e.getMessage());
        assertEquals(300L, call(posts, "countPosts"));
        out.add("failed at " + e.batchIndex() + " of " + e.batchSize());
        out.add("posts after failure " + call(posts, "countPosts"));
        // on SQLite insertPost is a multi-row INSERT (docs/MULTI-ROW-INSERTS.md): element 40 of 100 fails
        // inside a statement of 64 elements, and is named as the element running alone is
        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(record("InsertPost", 2L, "Many " + i, null));
        }
        many.set(40, record("InsertPost", 1L, "Post 0", "again"));
        UniqueViolationException inMany = assertInstanceOf(
                UniqueViolationException.class,
                assertThrows(InvocationTargetException.class, () -> call(posts, "insertPost", many))
                        .getCause());
        assertEquals(40, inMany.batchIndex(), inMany.getMessage());
        assertEquals(300L, call(posts, "countPosts"));
        out.add("failed at " + inMany.batchIndex() + " of " + inMany.batchSize());

        recorder.clear();
        assertArrayEquals(new int[0], (int[]) call(posts, "insertPost", List.of()));
        assertEquals(List.of(), recorder.methods()); // an empty list runs nothing and tells nothing
        out.add("retitled "
                + Arrays.toString((int[]) call(
                        posts,
                        "retitle",
                        List.of(
                                record("Retitle", "First", List.of(1L, 2L, 3L)),
                                record("Retitle", "None", List.of())))));
        assertEquals(
                "First (1)",
                db.one("SELECT title FROM posts WHERE id = 1", row -> row.getString(1))
                        .orElseThrow());
        out.add("titles " + db.many("SELECT title FROM posts WHERE id <= 3 ORDER BY id", row -> row.getString(1)));
        return out;
    }

    private static Object record(String query, Object... components) throws Exception {
        Class<?> type = generated.load("PostsQueries$" + query + "Params");
        return type.getConstructors()[0].newInstance(components);
    }

    private static Object call(Object repository, String name, Object... args) throws Exception {
        Method method = Arrays.stream(repository.getClass().getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == args.length)
                .filter(m -> args.length == 0 || m.getParameterTypes()[0] == List.class)
                .findFirst()
                .orElseThrow();
        return method.invoke(repository, args);
    }
}
