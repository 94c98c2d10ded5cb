package dev.sqlrecord.runtime.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sqlrecord.runtime.JsonValues;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.SqlValue;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The semantic types (docs/ARCHITECTURE.md §3) to and from SQLite's storage classes, shared by both executors
 * so that the same query gives the same Java values on each.
 *
 * <p>Dates and times are written as SQLite's own text formats ({@code 2024-05-01},
 * {@code 2024-05-01 13:45:00}) so that they compare and sort with {@code datetime('now')}; they
 * are read from those formats (with {@code T}, fractions, {@code Z} or an offset) and from
 * integers, taken as unix-epoch seconds. A {@code LocalDateTime} is UTC, as SQLite's date
 * functions are.
 */
public final class ValueCodec {
    /** SQLite's time-value formats: date, then optionally [ T]HH:MM[:SS[.fraction]] and a zone. */
    private static final DateTimeFormatter SQLITE_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .optionalStart()
            .appendLiteral('T')
            .optionalEnd()
            .optionalStart()
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd()
            .optionalEnd()
            .optionalEnd()
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd() // SQLite allows spaces before the zone
            .parseCaseInsensitive() // and a lower-case z
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
            .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
            .toFormatter();

    /**
     * Proleptic years ({@code uuuu}), as {@link LocalDate#toString} writes them: year 0 is 0000, earlier
     * years are signed (-0001) and years past 9999 get a plus sign (+10000), so every year reads back
     * as itself. ({@code yyyy}, the year of era, would write 1 BC as 0001.)
     */
    private static final DateTimeFormatter WRITE_DATE_TIME = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm:ss")
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .toFormatter();

    private static final ClassValue<Map<String, Enum<?>>> ENUM_BY_VALUE = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byValue = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                Enum<?> e = (Enum<?>) constant;
                byValue.put(enumValue(e), e);
            }
            return byValue;
        }
    };

    private ValueCodec() {}

    /** Whether {@link #toStorage} can turn {@code value} into something every executor binds. */
    public static boolean isSemantic(Object value) {
        return value instanceof LocalDate
                || value instanceof LocalDateTime
                || value instanceof Instant
                || value instanceof OffsetDateTime
                || value instanceof UUID
                || value instanceof Enum;
    }

    /** A semantic value as the storage-class value it is bound as; other values unchanged. */
    public static Object toStorage(Object value) {
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof LocalDateTime t) {
            return WRITE_DATE_TIME.format(t);
        }
        if (value instanceof OffsetDateTime t) {
            return WRITE_DATE_TIME.format(
                    t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        }
        if (value instanceof Instant i) {
            return i.getEpochSecond(); // the default storage for Instant (README.md, Types)
        }
        if (value instanceof UUID u) {
            return u.toString();
        }
        if (value instanceof Enum<?> e) {
            return enumValue(e);
        }
        return value;
    }

    /** The stored text of an enum constant: its {@link SqlValue}, else its name. */
    static String enumValue(Enum<?> constant) {
        try {
            SqlValue annotation =
                    constant.getDeclaringClass().getField(constant.name()).getAnnotation(SqlValue.class);
            return annotation != null ? annotation.value() : constant.name();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("enum constant without its field: " + constant, e);
        }
    }

    /**
     * The constant stored as {@code text}: by {@link SqlValue}, else by name ignoring case (the
     * checker proved each allowed value names exactly one constant so).
     */
    public static <E extends Enum<E>> E toEnum(String text, Class<E> type, int column) {
        if (text == null) {
            return null;
        }
        Enum<?> exact = ENUM_BY_VALUE.get(type).get(text);
        if (exact != null) {
            return type.cast(exact);
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw new SqlRecordException(
                "column " + column + " holds '" + text + "', which no constant of " + type.getName() + " stands for");
    }

    public static LocalDateTime toLocalDateTime(Object value, int column) {
        if (value == null) {
            return null;
        }
        if (value instanceof Long seconds) {
            try {
                return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
            } catch (DateTimeException e) {
                throw new SqlRecordException(
                        "column " + column + " holds " + seconds + ", out of range for unix-epoch seconds", e);
            }
        }
        if (value instanceof String text) {
            try {
                TemporalAccessor parsed = SQLITE_DATE_TIME.parse(text.trim());
                LocalDateTime local = LocalDateTime.of(LocalDate.from(parsed), LocalTime.from(parsed));
                return parsed.isSupported(ChronoField.OFFSET_SECONDS)
                        ? local.atOffset(ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)))
                                .withOffsetSameInstant(ZoneOffset.UTC)
                                .toLocalDateTime()
                        : local;
            } catch (DateTimeParseException e) {
                throw new SqlRecordException(
                        "column " + column + " holds '" + text + "', not a date in a format"
                                + " SQLite knows (YYYY-MM-DD[ HH:MM[:SS[.SSS]]])",
                        e);
            }
        }
        throw new SqlRecordException(
                "column " + column + " holds a " + kind(value) + ", not a date (text, or integer unix-epoch seconds)");
    }

    public static LocalDate toLocalDate(Object value, int column) {
        LocalDateTime time = toLocalDateTime(value, column);
        return time == null ? null : time.toLocalDate();
    }

    public static Instant toInstant(Object value, int column, boolean millis) {
        if (value instanceof Long l) {
            try {
                return millis ? Instant.ofEpochMilli(l) : Instant.ofEpochSecond(l);
            } catch (DateTimeException e) {
                throw new SqlRecordException("column " + column + " holds " + l + ", out of range for an Instant", e);
            }
        }
        LocalDateTime time = toLocalDateTime(value, column);
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    public static UUID toUuid(Object value, int column) {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes && bytes.length == 16) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        if (value instanceof String text) {
            try {
                return UUID.fromString(text.trim());
            } catch (IllegalArgumentException e) {
                throw new SqlRecordException("column " + column + " holds '" + text + "', not a UUID", e);
            }
        }
        throw new SqlRecordException("column " + column + " holds a " + kind(value) + ", not a UUID");
    }

    /** How one JSON text is read with the mapper in use. */
    public interface JsonReader<T> {
        T read(ObjectMapper mapper) throws JsonProcessingException;
    }

    /** JSON text read with {@link JsonValues#objectMapper()}; {@code null} for SQL NULL; a misfit names {@code where}. */
    public static <T> T readJson(String text, String where, String typeName, JsonReader<T> reader) {
        if (text == null) {
            return null;
        }
        try {
            return reader.read(JsonValues.objectMapper());
        } catch (JsonProcessingException e) {
            throw new SqlRecordException(
                    where + " does not hold JSON of " + typeName + ": " + e.getOriginalMessage(), e);
        }
    }

    public static <T> T fromJson(String text, Class<T> type, int column) {
        return readJson(text, "column " + column, type.getSimpleName(), mapper -> mapper.readValue(text, type));
    }

    public static <T> T fromJson(String text, TypeReference<T> type, int column) {
        return readJson(text, "column " + column, type.getType().getTypeName(), mapper -> mapper.readValue(text, type));
    }

    private static String kind(Object value) {
        return value instanceof byte[]
                ? "blob"
                : value instanceof Double ? "real" : value.getClass().getSimpleName();
    }
}
