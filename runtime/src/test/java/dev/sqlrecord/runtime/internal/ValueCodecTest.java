package dev.sqlrecord.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.SqlValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValueCodecTest {
    enum Status {
        DRAFT,
        @SqlValue("in-review")
        REVIEW
    }

    @Test
    void readsEverySqliteTimeFormat() {
        assertEquals(LocalDateTime.of(2024, 5, 1, 0, 0), ValueCodec.toLocalDateTime("2024-05-01", 1));
        assertEquals(LocalDateTime.of(2024, 5, 1, 13, 45), ValueCodec.toLocalDateTime("2024-05-01 13:45", 1));
        assertEquals(LocalDateTime.of(2024, 5, 1, 13, 45), ValueCodec.toLocalDateTime("2024-05-01T13:45Z", 1));
        assertEquals(
                LocalDateTime.of(2024, 5, 1, 11, 45, 7, 123_000_000),
                ValueCodec.toLocalDateTime("2024-05-01 13:45:07.123+02:00", 1));
        assertEquals(LocalDate.of(1970, 1, 2), ValueCodec.toLocalDate(86_400L, 1));
        assertEquals(Instant.ofEpochSecond(86_400), ValueCodec.toInstant("1970-01-02 00:00:00", 1, false));
        SqlRecordException e = assertThrows(SqlRecordException.class, () -> ValueCodec.toLocalDate("yesterday", 3));
        assertTrue(e.getMessage().contains("column 3"), e.getMessage());
        assertThrows(SqlRecordException.class, () -> ValueCodec.toLocalDate(2.5, 1));
        assertThrows(SqlRecordException.class, () -> ValueCodec.toInstant(Long.MAX_VALUE, 1, false));
    }

    @Test
    void writesSqliteText() {
        assertEquals("2024-05-01 13:45:07", ValueCodec.toStorage(LocalDateTime.of(2024, 5, 1, 13, 45, 7)));
        assertEquals(
                "2024-05-01 13:45:07.5", ValueCodec.toStorage(LocalDateTime.of(2024, 5, 1, 13, 45, 7, 500_000_000)));
        assertEquals(
                "2024-05-01 11:45:07",
                ValueCodec.toStorage(OffsetDateTime.of(2024, 5, 1, 13, 45, 7, 0, ZoneOffset.ofHours(2))));
        assertEquals(60L, ValueCodec.toStorage(Instant.ofEpochSecond(60)));
        assertEquals("in-review", ValueCodec.toStorage(Status.REVIEW));
        assertEquals("DRAFT", ValueCodec.toStorage(Status.DRAFT));
    }

    @Test
    void enumsMatchBySqlValueThenNameIgnoringCase() {
        assertEquals(Status.DRAFT, ValueCodec.toEnum("draft", Status.class, 1));
        assertEquals(Status.REVIEW, ValueCodec.toEnum("in-review", Status.class, 1));
        assertThrows(SqlRecordException.class, () -> ValueCodec.toEnum("review2", Status.class, 1));
    }

    @Test
    void uuidsFromTextAndSixteenBytes() {
        UUID id = new UUID(1, 2);
        assertEquals(id, ValueCodec.toUuid(id.toString(), 1));
        assertEquals(id, ValueCodec.toUuid(new byte[] {0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2}, 1));
        assertThrows(SqlRecordException.class, () -> ValueCodec.toUuid("not-a-uuid", 1));
    }
}
