package dev.sqlrecord.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.LocalD1;
import dev.sqlrecord.runtime.migrations.Migrations;
import java.lang.reflect.InvocationTargetException;
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
 * The record forms generated for the case {@code param_records} (a query with three parameters or
 * two of one type also takes its parameter record), run on SQLite and on the local D1: the record
 * form does what the positional method does, and only the queries whose arguments could be swapped
 * unnoticed get one.
 */
@Tag("d1")
@ExtendWith(LocalD1.class)
class ParamRecordsGeneratedCodeTest {
    @TempDir
    static Path temp;

    private static GeneratedCase generated;

    @BeforeAll
    static void generate() throws Exception {
        generated = GeneratedCase.of(CaseTest.CASES.resolve("param_records"), temp.resolve("case"), Map.of());
    }

    @AfterAll
    static void close() throws Exception {
        generated.close();
    }

    @Test
    void onlyQueriesWithSwappableArgumentsTakeTheirRecord() throws Exception {
        Class<?> queries = generated.load("UsersQueries");
        assertTrue(hasRecordForm(queries, "createUser", "CreateUserParams"), "three parameters");
        assertTrue(hasRecordForm(queries, "findByNameAndEmail", "FindByNameAndEmailParams"), "two Strings");
        assertFalse(hasRecordForm(queries, "olderThan", "OlderThanParams"), "one parameter");
        assertFalse(hasRecordForm(queries, "rename", "RenameParams"), "a String and a long: only the list form");
    }

    @Test
    void theRecordFormAnswersAsThePositionalMethodOnSqliteAndD1() throws Exception {
        List<String> onSqlite;
        try (Database db = Database.open("jdbc:sqlite::memory:")) {
            onSqlite = run(db);
        }
        try (Database db = LocalD1.get().freshDatabase()) {
            assertEquals(onSqlite, run(db));
        }
        assertEquals(
                List.of(
                        "created ExecResult[rowsChanged=1, lastInsertId=1]",
                        "created ExecResult[rowsChanged=1, lastInsertId=2]",
                        "found Optional[FindByNameAndEmailRow[id=1, name=ann, email=ann@example.com]]",
                        "swapped Optional.empty",
                        "positional Optional[FindByNameAndEmailRow[id=2, name=bob, email=bob@example.com]]"),
                onSqlite);
    }

    private List<String> run(Database db) throws Exception {
        Migrations.fromDirectory(generated.migrations()).migrate(db);
        Class<?> queries = generated.load("UsersQueries");
        Object repository = queries.getConstructor(Database.class).newInstance(db);
        Class<?> create = generated.load("UsersQueries$CreateUserParams");
        Class<?> find = generated.load("UsersQueries$FindByNameAndEmailParams");
        List<String> out = new ArrayList<>();
        out.add("created " + call(repository, "createUser", record(create, "ann", "ann@example.com", 30L)));
        out.add("created "
                + queries.getMethod("createUser", String.class, String.class, Long.class)
                        .invoke(repository, "bob", "bob@example.com", null));
        out.add("found " + call(repository, "findByNameAndEmail", record(find, "ann", "ann@example.com")));
        out.add("swapped " + call(repository, "findByNameAndEmail", record(find, "ann@example.com", "ann")));
        Object positional = queries.getMethod("findByNameAndEmail", String.class, String.class)
                .invoke(repository, "bob", "bob@example.com");
        out.add("positional " + positional);
        return out;
    }

    private static Object record(Class<?> type, Object... components) throws ReflectiveOperationException {
        return type.getConstructors()[0].newInstance(components);
    }

    private static Object call(Object repository, String name, Object record) throws Exception {
        try {
            return repository.getClass().getMethod(name, record.getClass()).invoke(repository, record);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static boolean hasRecordForm(Class<?> queries, String name, String record) {
        return Arrays.stream(queries.getMethods())
                .anyMatch(m -> m.getName().equals(name)
                        && m.getParameterCount() == 1
                        && m.getParameterTypes()[0].getSimpleName().equals(record));
    }
}
