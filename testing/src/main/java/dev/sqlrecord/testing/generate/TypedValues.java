package dev.sqlrecord.testing.generate;

import dev.sqlrecord.checker.model.SqlType;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Values of a column's type, by the type its declaration stands for (SQLite's affinity, with
 * BOOLEAN and the date types apart, as the checker maps them to Java): ordinary ones that differ by
 * a serial number, so UNIQUE columns hold, and edge values that code handling the column tends to
 * get wrong, tried on purpose.
 */
final class TypedValues {
    private static final List<Object> INTEGER_EDGES = List.of(0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE);
    private static final List<Object> REAL_EDGES = List.of(0.0, -0.0, 1e308, -1e308, Double.MIN_VALUE, -1.5);
    private static final List<Object> NUMERIC_EDGES = List.of(0L, -1L, Long.MAX_VALUE, 0.5, -1e308);
    private static final List<Object> TEXT_EDGES = List.of(
            "",
            " ",
            "ünïcödé ✓",
            // outside the Basic Multilingual Plane: a surrogate pair in Java, one character to SQLite
            "\uD83D\uDE00 \uD835\uDD18",
            "x'y\"z\\",
            "NULL",
            "line\nbreak");
    private static final List<Object> BLOB_EDGES = List.of(new byte[0], new byte[] {0}, new byte[] {(byte) 0xff, 0});
    private static final List<Object> BOOLEAN_EDGES = List.of(0L, 1L);
    private static final List<Object> DATE_EDGES = List.of("1970-01-01", "9999-12-31", "2024-02-29");
    private static final List<Object> DATETIME_EDGES =
            List.of("1970-01-01 00:00:00", "9999-12-31 23:59:59", "2038-01-19 03:14:08");
    private static final List<Object> ANY_EDGES = List.of(0L, "", new byte[0], -0.0, Long.MIN_VALUE, "\uD83D\uDE00");

    private TypedValues() {}

    static SqlType type(TableShape.Column column) {
        return SqlType.fromDeclared(column.declaredType());
    }

    /** The edge values worth trying for a column of this type. */
    static List<Object> edges(SqlType type) {
        return switch (type) {
            case INTEGER -> INTEGER_EDGES;
            case REAL -> REAL_EDGES;
            case NUMERIC -> NUMERIC_EDGES;
            case TEXT -> TEXT_EDGES;
            case BLOB -> BLOB_EDGES;
            case BOOLEAN -> BOOLEAN_EDGES;
            case DATE -> DATE_EDGES;
            case DATETIME -> DATETIME_EDGES;
            case ANY -> ANY_EDGES;
        };
    }

    /**
     * An ordinary value of the type for this serial, different for different serials wherever the
     * type has room; null when text is what the type wants (the caller shapes text to the CHECKs).
     */
    static Object ordinary(SqlType type, long serial) {
        return switch (type) {
            case BOOLEAN -> serial % 2;
            case DATE -> LocalDate.of(2000, 1, 1).plusDays(serial % 2_000_000).toString();
            case DATETIME ->
                LocalDateTime.of(2000, 1, 1, 0, 0)
                        .plusSeconds(serial)
                        .toString()
                        .replace('T', ' ')
                        // whole minutes print without seconds: keep SQLite's own form
                        .replaceAll("^(.{16})$", "$1:00");
            case BLOB -> ByteBuffer.allocate(Long.BYTES).putLong(serial).array();
            case ANY ->
                serial % 3 == 0
                        ? (Object) serial
                        : serial % 3 == 1
                                ? ByteBuffer.allocate(Long.BYTES)
                                        .putLong(serial)
                                        .array()
                                : null;
            default -> null;
        };
    }
}
