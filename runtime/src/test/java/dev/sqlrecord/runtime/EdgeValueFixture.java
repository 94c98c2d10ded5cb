package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes values into a column of a declared type and reads them back with the getter generated code
 * uses, one table per call, so that each edge value is checked by running it, on every executor.
 */
interface EdgeValueFixture extends BehaviourFixture {

    /** Creates table {@code name} with an INTEGER id and a column {@code v} of {@code type}. */
    default void createColumn(String name, String type) {
        db().exec("CREATE TABLE " + name + " (id INTEGER PRIMARY KEY, v " + type + ")");
    }

    /** Writes every value (id = its position) in one batch and returns the column read back in order. */
    default <T> List<T> writeAndRead(String table, List<?> values, RowMapper<T> getter) {
        List<Statement<?>> inserts = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            inserts.add(Statement.exec("INSERT INTO " + table + "(id, v) VALUES (?, ?)", (long) i, values.get(i)));
        }
        db().batch(inserts);
        return db().many("SELECT v FROM " + table + " ORDER BY id", getter);
    }

    /** Asserts that each value, written to a new table's column of {@code type}, comes back {@code equals}. */
    default <T> void assertRoundTrips(String table, String type, RowMapper<T> getter, List<T> values) {
        createColumn(table, type);
        assertEquals(values, writeAndRead(table, values, getter), type);
    }

    /** Asserts that binding {@code value} fails before anything is written, with a message naming it. */
    default void assertRefused(String table, String type, Object value, String messagePart) {
        db().exec("CREATE TABLE IF NOT EXISTS " + table + " (id INTEGER PRIMARY KEY, v " + type + ")");
        SqlRecordException e = assertThrows(
                SqlRecordException.class,
                () -> db().exec("INSERT INTO " + table + "(v) VALUES (?)", value),
                String.valueOf(value));
        assertTrue(e.getMessage().contains("parameter 1") && e.getMessage().contains(messagePart), e.getMessage());
        assertEquals(
                0L,
                db().one("SELECT count(*) FROM " + table, row -> row.getLong(1)).orElseThrow());
    }

    /** The one value of {@code sql}, read with {@code getter}. */
    default Object value(String sql, RowMapper<?> getter, Object... params) {
        return db().one(sql, getter, params).orElseThrow();
    }
}
