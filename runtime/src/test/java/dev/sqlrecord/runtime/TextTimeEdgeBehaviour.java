package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Text, blobs, dates, instants and UUIDs at their edges: back as they went in, or refused. */
interface TextTimeEdgeBehaviour extends EdgeValueFixture {

    @Test
    default void textRoundTripsIncludingNulAndAstralCharacters() {
        assertRoundTrips(
                "texts",
                "TEXT",
                row -> row.getString(1),
                Arrays.asList(
                        "",
                        " ",
                        "  padded  ",
                        "\u0000",
                        "a\u0000b",
                        "𝄞 😀 👩‍💻",
                        "e\u0301",
                        "\uFEFFbom",
                        "\r\n\t",
                        "'\"\\",
                        "NULL",
                        "null",
                        "12",
                        "1e5",
                        "0x10",
                        "ﬃ",
                        "x".repeat(100_000),
                        null));
        // in a column without affinity a numeric-looking string stays text too
        assertRoundTrips("any_texts", "", row -> row.getString(1), Arrays.asList("12", "1.50", " 7 ", "1e5"));
    }

    @Test
    default void textBeyondD1sValueLimitIsStoredOnSqliteAndRefusedLoudlyByD1() {
        createColumn("huge", "TEXT");
        String huge = "x".repeat(5_000_000); // past D1's per-value limit (2 MB documented, 4 MiB in newer workerd)
        if (isD1()) {
            assertThrows(LimitExceededException.class, () -> db().exec("INSERT INTO huge(id, v) VALUES (1, ?)", huge));
            assertEquals(0L, value("SELECT count(*) FROM huge", row -> row.getLong(1)));
        } else {
            db().exec("INSERT INTO huge(id, v) VALUES (1, ?)", huge);
            assertEquals(huge, value("SELECT v FROM huge", row -> row.getString(1)));
        }
    }

    @Test
    default void aWholeNumberBoundToATextColumnIsTextOfAnIntegerOnSqliteAndOfARealOnD1() {
        createColumn("numbers_as_text", "TEXT");
        db().exec("INSERT INTO numbers_as_text(id, v) VALUES (1, ?), (2, ?)", 5L, 2.5);
        // D1 binds every JSON number as a REAL (a documented limit of its API): 5 becomes the text '5.0'
        assertEquals(
                isD1() ? "5.0" : "5", value("SELECT v FROM numbers_as_text WHERE id = 1", row -> row.getString(1)));
        assertEquals("2.5", value("SELECT v FROM numbers_as_text WHERE id = 2", row -> row.getString(1)));
        assertEquals(5L, value("SELECT v FROM numbers_as_text WHERE id = 1", row -> row.getLong(1)));
    }

    @Test
    default void loneSurrogatesAreRefused() {
        assertRefused("surrogates", "TEXT", "a\uD800b", "lone UTF-16 surrogate");
        assertRefused("surrogates", "TEXT", "\uDC00", "lone UTF-16 surrogate");
        assertRefused("surrogates", "TEXT", "end\uD83D", "lone UTF-16 surrogate");
    }

    @Test
    default void blobsRoundTripIncludingEmpty() {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        byte[] large = new byte[100_000];
        new java.util.Random(7).nextBytes(large);
        List<byte[]> blobs = Arrays.asList(new byte[0], new byte[] {0}, all, large, null);
        createColumn("blobs", "BLOB");
        List<byte[]> back = writeAndRead("blobs", blobs, row -> row.getBytes(1));
        for (int i = 0; i < blobs.size(); i++) {
            assertArrayEquals(blobs.get(i), back.get(i), "blob " + i);
        }
    }

    @Test
    default void datesOfEveryYearRoundTrip() {
        assertRoundTrips(
                "dates",
                "DATE",
                row -> row.getLocalDate(1),
                Arrays.asList(
                        LocalDate.of(0, 1, 1),
                        LocalDate.of(-1, 12, 31),
                        LocalDate.of(9999, 12, 31),
                        LocalDate.of(10000, 1, 1),
                        LocalDate.of(2024, 2, 29),
                        LocalDate.of(1970, 1, 1),
                        LocalDate.MIN,
                        LocalDate.MAX,
                        null));
        assertEquals("0000-01-01", value("SELECT ?", row -> row.getString(1), LocalDate.of(0, 1, 1)));
    }

    @Test
    default void dateTimesKeepYearAndEveryFractionDigit() {
        assertRoundTrips(
                "times",
                "DATETIME",
                row -> row.getLocalDateTime(1),
                Arrays.asList(
                        LocalDateTime.of(0, 1, 1, 0, 0), LocalDateTime.of(-1, 6, 15, 12, 30, 45),
                        LocalDateTime.of(-44, 3, 15, 10, 0), LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999),
                        LocalDateTime.of(10000, 1, 1, 0, 0), LocalDateTime.of(2024, 5, 1, 13, 45, 7, 100_000_000),
                        LocalDateTime.of(2024, 5, 1, 13, 45, 7, 1_000), LocalDateTime.of(2024, 5, 1, 13, 45, 7, 1),
                        LocalDateTime.of(1969, 12, 31, 23, 59, 59), null));
        // year 0 is written the way SQLite's own functions write and read it
        assertEquals(
                "0000-01-01 00:00:00",
                value("SELECT datetime(?)", row -> row.getString(1), LocalDateTime.of(0, 1, 1, 0, 0)));
    }

    @Test
    default void timestampsInEveryFormSqliteReadsAreRead() {
        LocalDateTime utc = LocalDateTime.of(2024, 5, 1, 11, 45, 7);
        for (String text : new String[] {
            "2024-05-01 13:45:07 +02:00",
            "2024-05-01T13:45:07+02:00",
            "2024-05-01 11:45:07Z",
            "2024-05-01 11:45:07z",
            "2024-05-01 11:45:07 Z",
            "2024-05-01T11:45:07"
        }) {
            assertEquals(utc, value("SELECT ?", row -> row.getLocalDateTime(1), text), text);
            assertEquals(
                    utc.toString().replace('T', ' '),
                    value("SELECT datetime(?)", row -> row.getString(1), text),
                    "SQLite reads " + text + " as the same time");
        }
    }

    @Test
    default void offsetDateTimesKeepTheirInstant() {
        List<OffsetDateTime> times = List.of(
                OffsetDateTime.of(2024, 5, 1, 13, 45, 7, 123_000_000, ZoneOffset.ofHours(14)),
                OffsetDateTime.of(2024, 5, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-12)),
                OffsetDateTime.of(0, 1, 1, 3, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 45)));
        createColumn("offsets", "TIMESTAMP");
        List<Instant> back = writeAndRead("offsets", times, row -> row.getInstant(1));
        assertEquals(times.stream().map(OffsetDateTime::toInstant).toList(), back);
    }

    @Test
    default void instantsAsSecondsAndMillisRoundTripAndFractionsAreRefused() {
        assertRoundTrips(
                "instants",
                "INTEGER",
                row -> row.getInstant(1),
                Arrays.asList(
                        Instant.EPOCH,
                        Instant.ofEpochSecond(-1),
                        Instant.ofEpochSecond(-62_167_219_200L),
                        Instant.ofEpochSecond(253_402_300_799L),
                        Instant.ofEpochSecond((1L << 53) - 1),
                        null));
        List<Instant> millis = List.of(
                Instant.EPOCH,
                Instant.ofEpochMilli(-1),
                Instant.ofEpochMilli(253_402_300_799_999L),
                Instant.ofEpochMilli(1_714_571_107_250L));
        createColumn("millis", "INTEGER");
        assertEquals(
                millis,
                writeAndRead(
                        "millis", millis.stream().map(Instant::toEpochMilli).toList(), row -> row.getInstantMillis(1)));
        assertRefused("instant_fraction", "INTEGER", Instant.ofEpochSecond(1, 500_000_000), "fraction of a second");
    }

    @Test
    default void uuidsRoundTrip() {
        assertRoundTrips(
                "uuids",
                "TEXT",
                row -> row.getUuid(1),
                Arrays.asList(
                        new UUID(0, 0),
                        new UUID(-1, -1),
                        UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"),
                        new UUID(Long.MIN_VALUE, Long.MAX_VALUE),
                        null));
    }
}
