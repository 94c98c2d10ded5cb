package dev.sqlrecord.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.ExecResult;
import dev.sqlrecord.runtime.JsonValues;
import dev.sqlrecord.runtime.LocalD1;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.migrations.Migrations;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code json_columns} case's generated code on SQLite and on the local D1: {@code @Json}
 * components keep reading when the stored JSON gains a key, a read error names the query and the
 * column, and text that is not JSON is refused before it reaches a JSON column.
 */
@Tag("d1")
@ExtendWith(LocalD1.class)
class JsonColumnsTest {
    private static final String PREFS = "{\"darkMode\":true,\"language\":\"en\"}";

    @TempDir
    static Path temp;

    private static GeneratedCase generated;

    @BeforeAll
    static void generate() throws Exception {
        generated = GeneratedCase.of(CaseTest.CASES.resolve("json_columns"), temp.resolve("json_columns"), Map.of());
    }

    @AfterAll
    static void unload() throws Exception {
        generated.close();
    }

    @AfterEach
    void defaultMapper() {
        JsonValues.useObjectMapper(JsonValues.defaultObjectMapper());
    }

    @Test
    void onSqlite() throws Exception {
        try (Database db = Database.open("jdbc:sqlite:" + temp.resolve("json.sqlite"))) {
            behaviour(db);
        }
    }

    @Test
    void onD1() throws Exception {
        try (Database db = LocalD1.get().freshDatabase()) {
            behaviour(db);
        }
    }

    private void behaviour(Database db) throws Exception {
        Migrations.fromDirectory(generated.migrations()).migrate(db);
        Object profiles =
                generated.load("ProfilesQueries").getConstructor(Database.class).newInstance(db);
        long id = ((ExecResult) call(profiles, "addProfile", "ada", PREFS, "[\"a\",\"b\"]")).lastInsertId();
        assertEquals(List.of(true, "en", List.of("a", "b")), components(call(profiles, "findProfile", id)));

        // the stored JSON gains a key the record does not know: still read
        call(profiles, "setPrefs", "{\"darkMode\":false,\"language\":\"fr\",\"fontSize\":14}", id);
        assertEquals(List.of(false, "fr", List.of("a", "b")), components(call(profiles, "findProfile", id)));

        // ...unless the application asks for a strict mapper
        JsonValues.useObjectMapper(
                JsonValues.defaultObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        String strict = failure(profiles, "findProfile", id);
        assertTrue(strict.startsWith("query findProfile: column prefs does not hold JSON of Prefs"), strict);
        assertTrue(strict.contains("fontSize"), strict);
        defaultMapper();

        // JSON of another shape, stored by someone else: the error names query and column
        db.exec("UPDATE profiles SET tags = '{\"not\":\"a list\"}' WHERE id = ?", id);
        String shape = failure(profiles, "profilesNamed", "ada");
        assertTrue(
                shape.startsWith(
                        "query profilesNamed: column tags does not hold JSON of java.util.List<java.lang.String>"),
                shape);

        // a typed JSON parameter: a record and a list, written as JSON
        Object prefs =
                generated.load("com.example.app.Prefs").getConstructors()[0].newInstance(true, "de");
        call(profiles, "savePrefs", prefs, List.of("x"), id);
        assertEquals(List.of(true, "de", List.of("x")), components(call(profiles, "findProfile", id)));
        assertEquals(
                List.of("{\"darkMode\":true,\"language\":\"de\"}"),
                db.many("SELECT prefs FROM profiles WHERE id = ?", row -> row.getString(1), id));
        call(profiles, "savePrefs", prefs, null, id);
        assertEquals(Arrays.asList(true, "de", null), components(call(profiles, "findProfile", id)));

        // text that is not JSON never reaches the database
        String refused = failure(profiles, "addProfile", "bob", "{\"darkMode\": tru", null);
        assertTrue(
                refused.startsWith("query addProfile: parameter prefs is bound to a JSON column but is not JSON"),
                refused);
        assertTrue(failure(profiles, "setPrefs", "{} {}", id).startsWith("query setPrefs: parameter prefs"));
        assertTrue(failure(profiles, "setPrefs", "", id).contains("holds no JSON value"));
        assertEquals(1L, call(profiles, "countProfiles")); // proven exactly one row: the count itself
    }

    private static List<Object> components(Object found) throws ReflectiveOperationException {
        Object profile = ((Optional<?>) found).orElseThrow();
        Object prefs = profile.getClass().getMethod("prefs").invoke(profile);
        return Arrays.asList(
                prefs.getClass().getMethod("darkMode").invoke(prefs),
                prefs.getClass().getMethod("language").invoke(prefs),
                profile.getClass().getMethod("tags").invoke(profile));
    }

    private static String failure(Object repository, String method, Object... args) {
        InvocationTargetException thrown = assertThrows(
                InvocationTargetException.class,
                () -> method(repository, method).invoke(repository, args));
        return assertInstanceOf(SqlRecordException.class, thrown.getCause()).getMessage();
    }

    private static Object call(Object repository, String method, Object... args) throws ReflectiveOperationException {
        return method(repository, method).invoke(repository, args);
    }

    private static Method method(Object repository, String name) {
        return Arrays.stream(repository.getClass().getMethods())
                .filter(m -> m.getName().equals(name) && !GeneratedCase.isListForm(m))
                .findFirst()
                .orElseThrow();
    }
}
