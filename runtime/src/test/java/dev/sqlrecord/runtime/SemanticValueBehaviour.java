package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The semantic types (docs/ARCHITECTURE.md §3): bound and read the same way on every executor. */
interface SemanticValueBehaviour extends BehaviourFixture {

    enum Plan {
        FREE,
        @SqlValue("pro-plus")
        PRO_PLUS
    }

    private void createTable() {
        db().exec("CREATE TABLE sv (id INTEGER PRIMARY KEY, day DATE, at DATETIME, n INTEGER, s TEXT)");
    }

    private Object read(long id, RowMapper<?> getter) {
        return db().one("SELECT day, at, n, s FROM sv WHERE id = ?", getter, id).orElse(null);
    }

    @Test
    default void datesBindAsSqliteTextAndReadFromTextAndEpochSeconds() {
        createTable();
        LocalDateTime at = LocalDateTime.of(2024, 5, 1, 13, 45, 7);
        db().exec("INSERT INTO sv(id, day, at) VALUES (1, ?, ?)", LocalDate.of(2024, 5, 1), at);
        db().exec("INSERT INTO sv(id, day, at) VALUES (2, 1714571107, 1714571107)");
        db().exec("INSERT INTO sv(id, day, at) VALUES (3, '2024-05-01 23:00:00', '2024-05-01T13:45:07.250+02:00')");
        assertEquals("2024-05-01 13:45:07", read(1, row -> row.getString(2)));
        assertEquals(at, read(1, row -> row.getLocalDateTime(2)));
        assertEquals(LocalDate.of(2024, 5, 1), read(1, row -> row.getLocalDate(1)));
        assertEquals(at, read(2, row -> row.getLocalDateTime(2)));
        assertEquals(LocalDate.of(2024, 5, 1), read(2, row -> row.getLocalDate(1)));
        assertEquals(LocalDate.of(2024, 5, 1), read(3, row -> row.getLocalDate(1)));
        assertEquals(LocalDateTime.of(2024, 5, 1, 11, 45, 7, 250_000_000), read(3, row -> row.getLocalDateTime(2)));
        assertEquals(List.of(1L), db().many("SELECT id FROM sv WHERE at = ?", row -> row.getLong(1), at));
    }

    @Test
    default void instantsUuidsEnumsAndJson() {
        createTable();
        Instant now = Instant.ofEpochSecond(1714571107);
        UUID id = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
        db().exec("INSERT INTO sv(id, n, s) VALUES (1, ?, ?)", now, id);
        db().exec("INSERT INTO sv(id, n, s) VALUES (2, 1714571107250, ?)", Plan.PRO_PLUS);
        db().exec("INSERT INTO sv(id, s) VALUES (3, 'free')");
        db().exec("INSERT INTO sv(id, s) VALUES (4, '{\"tags\":[\"a\",\"b\"]}')");
        assertEquals(now, read(1, row -> row.getInstant(3)));
        assertEquals(id, read(1, row -> row.getUuid(4)));
        assertEquals(Instant.ofEpochMilli(1714571107250L), read(2, row -> row.getInstantMillis(3)));
        assertEquals("pro-plus", read(2, row -> row.getString(4)));
        assertEquals(Plan.PRO_PLUS, read(2, row -> row.getEnum(4, Plan.class)));
        assertEquals(Plan.FREE, read(3, row -> row.getEnum(4, Plan.class)));
        assertEquals(
                Map.of("tags", List.of("a", "b")),
                read(4, row -> row.getJson(4, new TypeReference<Map<String, List<String>>>() {})));
        assertNull(read(3, row -> row.getInstant(3)));
        assertNull(read(3, row -> row.getUuid(3)));
        SqlRecordException e = assertThrows(SqlRecordException.class, () -> read(4, row -> row.getEnum(4, Plan.class)));
        assertTrue(e.getMessage().contains("no constant"), e.getMessage());
    }

    @Test
    default void semanticValuesExpandInLists() {
        createTable();
        db().exec("INSERT INTO sv(id, s) VALUES (1, 'free'), (2, 'pro-plus'), (3, 'other')");
        assertEquals(
                2,
                db().many(
                                "SELECT id FROM sv WHERE s IN (?)",
                                row -> row.getLong(1),
                                List.of(Plan.FREE.name().toLowerCase(java.util.Locale.ROOT), Plan.PRO_PLUS))
                        .size());
    }
}
