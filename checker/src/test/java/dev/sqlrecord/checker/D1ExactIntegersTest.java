package dev.sqlrecord.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.LocalD1;
import dev.sqlrecord.runtime.LocalGateway;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.Statement;
import dev.sqlrecord.runtime.migrations.Migrations;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated code of the case folder {@code d1_exact_integers} reads integers beyond 2^53 - 1
 * (2^63 - 1, -2^63, 2^53 + 1, far-future {@code @EpochMillis} instants), whole REALs and text that
 * looks like a large integer back with the same values and Java types on SQLite, on a real local
 * D1 through its REST stand-in and through the real gateway Worker: on D1 through each query's D1
 * form (docs/D1-EXACT-INTEGERS.md), whose rows keep the query's order (ORDER BY, LIMIT/OFFSET,
 * DISTINCT, UNION ALL, GROUP BY), and a write's RETURNING.
 */
@Tag("d1")
@ExtendWith({LocalD1.class, LocalGateway.class})
class D1ExactIntegersTest {
    private static final Path CASE = CaseTest.CASES.resolve("d1_exact_integers");
    private static final long ABOVE = (1L << 53) + 1;

    @TempDir
    Path temp;

    @Test
    void everyBackendReadsTheSameValues() throws Exception {
        try (GeneratedCase generated = GeneratedCase.of(CASE, temp.resolve("case"), Map.of())) {
            Map<String, Object> onSqlite;
            try (Database sqlite = Database.open("jdbc:sqlite:" + temp.resolve("numbers.sqlite"))) {
                onSqlite = readBack(sqlite, generated);
            }
            assertSqliteValues(onSqlite);
            try (Database d1 = LocalD1.get().freshDatabase()) {
                assertEquals(onSqlite, readBack(d1, generated), "D1 through its REST API");
                // without a D1 form (this SQL differs by a space), the rounded integer is refused, not returned
                SqlRecordException refused = assertThrows(
                        SqlRecordException.class,
                        () -> d1.one("SELECT value FROM numbers  WHERE id = ?", row -> row.getLong(1), 3));
                assertTrue(refused.getMessage().contains("2^53"), refused.getMessage());
            }
            try (Database gateway = LocalGateway.get().freshDatabase()) {
                assertEquals(onSqlite, readBack(gateway, generated), "D1 through the gateway Worker");
            }
            // a gateway with the build's allow-list runs the D1 forms: their hashes are in statements.json
            try (LocalGateway listed = LocalGateway.start(generated.output("statements.json"))) {
                Object repository = repository(Database.d1(listed.config()), generated);
                assertEquals(onSqlite.get("constants"), call(repository, "constants"));
            }
        }
    }

    private static void assertSqliteValues(Map<String, Object> values) {
        assertEquals(Optional.of(Long.MAX_VALUE), values.get("valueOf 1"));
        assertEquals(Optional.of(Long.MIN_VALUE), values.get("valueOf 2"));
        assertEquals(Optional.of(ABOVE), values.get("valueOf 3"));
        assertEquals(List.of(-ABOVE, 7L, 42L), values.get("pageOfValues 3 1"));
        assertTrue(values.get("insertReturning").toString().contains("stored=" + (Long.MIN_VALUE + 1)));
        assertEquals(2, ((List<?>) values.get("deleteReturning")).size());
        assertTrue(values.get("deleteReturning").toString().contains("value=" + Long.MAX_VALUE));
        List<?> batch = (List<?>) values.get("batch");
        assertEquals(Optional.of(Long.MIN_VALUE), batch.get(0));
        assertEquals(Optional.of(ABOVE + 2), batch.get(3));
        assertEquals(List.of(Long.MAX_VALUE, ABOVE, 42L, 7L, -ABOVE, Long.MIN_VALUE), values.get("distinctValues"));
        List<String> stamps = new ArrayList<>();
        long[][] expected = {{1, Long.MAX_VALUE}, {2, 1L << 60}, {4, 1_700_000_000_000L}, {3, -ABOVE}};
        for (long[] stamp : expected) {
            stamps.add("Stamp[id=" + stamp[0] + ", atMs=" + Instant.ofEpochMilli(stamp[1]) + "]");
        }
        assertEquals(stamps.toString(), values.get("stampsInOrder").toString());
        // the column without a type keeps each value's own class: a whole REAL, integers, text
        assertEquals(
                List.of(1.0, ABOVE, Long.toString(ABOVE), 42L, "null", "null", Long.MIN_VALUE, 0.5),
                values.get("anything"));
    }

    /** Runs every query of the case on a migrated {@code database}; each result by what was asked. */
    private static Map<String, Object> readBack(Database database, GeneratedCase generated) throws Exception {
        Migrations.fromDirectory(generated.migrations()).migrate(database);
        Object repository = repository(database, generated);
        // at_ms is an @EpochMillis Instant to the Stamp record, so its parameter is one too
        call(repository, "addNumber", 1L, "max", Long.MAX_VALUE, 1.0, Instant.ofEpochMilli(Long.MAX_VALUE));
        call(repository, "addNumber", 2L, "min", Long.MIN_VALUE, -2.5, Instant.ofEpochMilli(1L << 60));
        call(repository, "addNumber", 3L, "above", ABOVE, 1e20, Instant.ofEpochMilli(-ABOVE));
        call(repository, "addNumber", 4L, Long.toString(ABOVE), 42L, 0x1p60, Instant.ofEpochMilli(1_700_000_000_000L));
        call(repository, "addNumber", 5L, "max", 7L, null, null);
        call(repository, "addNumber", 6L, "none", null, 0.5, null);
        call(repository, "addNumber", 7L, "minus", -ABOVE, null, null);
        call(repository, "addNumber", 8L, "small", 42L, 3.0, null);
        call(repository, "copyToAnything", "amount", 1L);
        call(repository, "copyToAnything", "value", 2L);
        call(repository, "copyToAnything", "value", 3L);
        call(repository, "copyToAnything", "label", 4L);
        call(repository, "copyToAnything", "amount", 6L);
        call(repository, "copyToAnything", "value", 8L);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("numbersInOrder", call(repository, "numbersInOrder"));
        for (long id = 1; id <= 8; id++) {
            values.put("valueOf " + id, call(repository, "valueOf", id));
        }
        values.put("stampsInOrder", call(repository, "stampsInOrder"));
        values.put("pageOfValues 3 1", call(repository, "pageOfValues", 3L, 1L));
        values.put("pageOfValues 100 0", call(repository, "pageOfValues", 100L, 0L));
        values.put("distinctValues", call(repository, "distinctValues"));
        values.put("valuesThenIds", call(repository, "valuesThenIds"));
        values.put("largestPerLabel", call(repository, "largestPerLabel"));
        values.put("labels", call(repository, "labels"));
        values.put("constants", call(repository, "constants"));
        values.put("anything", anything(values.get("numbersInOrder")));
        // in a batch, and with query comments (which the gateway's allow-list ignores), the same
        List<Statement<?>> batch = List.of(
                (Statement<?>) call(repository, "valueOfStatement", 2L),
                (Statement<?>) call(repository, "distinctValuesStatement"),
                (Statement<?>) call(repository, "addNumberStatement", 9L, "late", ABOVE + 2, null, null),
                (Statement<?>) call(repository, "valueOfStatement", 9L));
        values.put("batch", database.batch(batch).asList());
        values.put("commented", call(repository(database.withQueryComments(), generated), "stampsInOrder"));
        // a write's RETURNING of plain columns has a D1 form too
        values.put("insertReturning", call(repository, "insertReturning", 10L, "returned", Long.MIN_VALUE + 1));
        values.put("deleteReturning", call(repository, "deleteReturning", "max"));
        return values;
    }

    /** The {@code anything} component of each row, with "null" for NULL, to compare classes too. */
    private static List<Object> anything(Object rows) throws ReflectiveOperationException {
        List<Object> out = new ArrayList<>();
        for (Object row : (List<?>) rows) {
            for (RecordComponent component : row.getClass().getRecordComponents()) {
                if (component.getName().equals("anything")) {
                    Object value = component.getAccessor().invoke(row);
                    out.add(value == null ? "null" : value);
                    assertNotEquals(byte[].class, value == null ? null : value.getClass());
                }
            }
        }
        return out;
    }

    private static Object repository(Database database, GeneratedCase generated) throws Exception {
        return generated.load("NumbersQueries").getConstructor(Database.class).newInstance(database);
    }

    private static Object call(Object repository, String name, Object... args) throws Exception {
        for (Method method : repository.getClass().getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == args.length) {
                try {
                    return method.invoke(repository, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        }
        throw new NoSuchMethodException(name);
    }
}
