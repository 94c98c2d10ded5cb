package dev.sqlrecord.testing.soundness;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sqlrecord.runtime.SqlValue;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Arguments for a generated method, drawn from the state: a parameter that meets a column
 * ({@link QueryColumns}) mostly takes one of that column's values, so lookups find rows; sometimes
 * a value the state does not hold, and NULL where the parameter is nullable. One the SQL text does
 * not place takes any value of its type the state holds, or a small one (LIMIT, OFFSET); one
 * compared with a literal ({@code :flag = 1}) sometimes takes that literal. A
 * parameter read as JSON ({@code -- json:}) takes valid JSON of its type.
 */
final class Arguments {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Random random;
    private final States states;
    private final JsonShapes json;
    private final Map<String, Set<String>> jsonColumns;
    /** The values each set of columns holds in the current state (writes may change it: stale values are absent ones). */
    private final Map<Set<QueryColumns.Ref>, List<Object>> stored = new HashMap<>();

    /** @param jsonColumns columns declared JSON, by lower-cased table name, whose text arguments must be JSON */
    Arguments(Random random, States states, Map<String, Set<String>> jsonColumns) {
        this.random = random;
        this.states = states;
        this.json = new JsonShapes(random);
        this.jsonColumns = jsonColumns;
    }

    /** Forgets the values of the previous state. */
    void newState() {
        stored.clear();
    }

    /**
     * @param present how often (out of 8) a value comes from the state rather than fresh
     */
    Object of(
            Type type,
            boolean nullable,
            boolean list,
            Set<QueryColumns.Ref> columns,
            List<Object> literals,
            int present)
            throws SQLException, IOException {
        if (nullable && random.nextInt(6) == 0) {
            return null;
        }
        Class<?> raw = raw(type);
        if (list && type instanceof ParameterizedType generic) {
            List<Object> values = new ArrayList<>();
            for (int i = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(3); i > 0; i--) {
                values.add(of(generic.getActualTypeArguments()[0], false, false, columns, literals, present));
            }
            return values;
        }
        if (raw.isRecord() || Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
            return JSON.readerFor(JSON.getTypeFactory().constructType(type)).readValue(json.of(type));
        }
        if (!literals.isEmpty() && random.nextInt(3) == 0) {
            Object value = convert(literals.get(random.nextInt(literals.size())), raw);
            if (value != null) {
                return value;
            }
        }
        if (random.nextInt(8) < (columns.isEmpty() ? Math.min(present, 3) : present)) {
            List<Object> stored = this.stored.get(columns);
            if (stored == null) {
                stored = stored(columns);
                this.stored.put(columns, stored);
            }
            for (int tries = 0; tries < 4 && !stored.isEmpty(); tries++) {
                Object value = convert(stored.get(random.nextInt(stored.size())), raw);
                if (value != null) {
                    return value;
                }
            }
        }
        return fresh(raw, columns);
    }

    /** Text a parameter the check marked JSON (one that SQLite reads as JSON) must hold: valid JSON. */
    Object jsonText(boolean nullable) {
        return nullable && random.nextInt(6) == 0 ? null : json.any().toString();
    }

    /** The values the columns hold, or every value in the state when the parameter meets none. */
    private List<Object> stored(Set<QueryColumns.Ref> columns) throws SQLException {
        List<Object> out = new ArrayList<>();
        if (columns.isEmpty()) {
            for (String table : states.tables()) {
                try {
                    for (Object name : states.values("SELECT name FROM pragma_table_xinfo(?)", table)) {
                        out.addAll(states.values(
                                "SELECT DISTINCT " + States.quoted((String) name) + " FROM " + States.quoted(table)
                                        + " WHERE " + States.quoted((String) name) + " IS NOT NULL LIMIT 16"));
                    }
                } catch (SQLException e) {
                    // a virtual table whose module cannot be read this way
                }
            }
            return out;
        }
        for (QueryColumns.Ref ref : columns) {
            out.addAll(states.values("SELECT DISTINCT " + States.quoted(ref.column()) + " FROM "
                    + States.quoted(ref.table()) + " WHERE " + States.quoted(ref.column()) + " IS NOT NULL LIMIT 64"));
        }
        return out;
    }

    /** A stored value as the parameter's Java type; null when it cannot be one. */
    static Object convert(Object stored, Class<?> type) {
        try {
            if (type == long.class || type == Long.class) {
                return stored instanceof Number n ? (Object) n.longValue() : Long.parseLong(stored.toString());
            }
            if (type == int.class || type == Integer.class) {
                return stored instanceof Number n ? (Object) n.intValue() : Integer.parseInt(stored.toString());
            }
            if (type == double.class || type == Double.class) {
                return stored instanceof Number n ? (Object) n.doubleValue() : Double.parseDouble(stored.toString());
            }
            if (type == boolean.class || type == Boolean.class) {
                return stored instanceof Number n ? (Object) (n.longValue() != 0) : null;
            }
            if (type == String.class) {
                return stored instanceof byte[] ? null : stored.toString();
            }
            if (type == byte[].class) {
                return stored instanceof byte[] ? stored : null;
            }
            if (type == BigDecimal.class) {
                return stored instanceof byte[] ? null : new BigDecimal(stored.toString());
            }
            if (type == LocalDateTime.class || type == LocalDate.class || type == Instant.class) {
                LocalDateTime time = stored instanceof Long seconds
                        ? LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC)
                        : LocalDateTime.parse(stored.toString().trim().replace(' ', 'T'));
                return type == LocalDate.class
                        ? time.toLocalDate()
                        : type == Instant.class ? time.toInstant(ZoneOffset.UTC) : time;
            }
            if (type == UUID.class) {
                return UUID.fromString(stored.toString());
            }
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (stored.equals(storedText(type, (Enum<?>) constant))) {
                        return constant;
                    }
                }
                return null;
            }
            return type == Object.class ? stored : null;
        } catch (RuntimeException notThatType) {
            return null;
        }
    }

    /** The text an enum constant is stored as: its {@code @SqlValue}, else its name. */
    static String storedText(Class<?> type, Enum<?> constant) {
        try {
            SqlValue value = type.getField(constant.name()).getAnnotation(SqlValue.class);
            return value != null ? value.value() : constant.name();
        } catch (NoSuchFieldException e) {
            return constant.name();
        }
    }

    /** A value of the type the state need not hold: small numbers, edge values, valid JSON for a JSON column. */
    private Object fresh(Class<?> type, Set<QueryColumns.Ref> columns) {
        if (type == long.class || type == Long.class) {
            int pick = random.nextInt(10);
            // a value no generated row holds is as needed as the edges: INSERT OR IGNORE returns a row only then
            return pick == 0
                    ? Long.MAX_VALUE
                    : pick == 1
                            ? -1_000_003L
                            : pick < 4 ? 1_000_000L + random.nextInt(1_000_000) : (long) random.nextInt(7) - 1;
        }
        if (type == int.class || type == Integer.class) {
            return random.nextInt(7) - 1;
        }
        if (type == double.class || type == Double.class) {
            return (random.nextDouble() - 0.5) * 100;
        }
        if (type == boolean.class || type == Boolean.class) {
            return random.nextBoolean();
        }
        if (type == String.class) {
            if (columns.stream()
                    .anyMatch(c -> jsonColumns.getOrDefault(c.table(), Set.of()).contains(c.column()))) {
                return json.any().toString();
            }
            return new String[] {"", "absent", "héllo", "Ünïcödé ✓", "x'y"}[random.nextInt(5)];
        }
        if (type == byte[].class) {
            byte[] bytes = new byte[random.nextInt(5)];
            random.nextBytes(bytes);
            return bytes;
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(random.nextInt(100_000)).movePointLeft(2);
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.of(
                    2000 + random.nextInt(30),
                    1 + random.nextInt(12),
                    1 + random.nextInt(28),
                    random.nextInt(24),
                    random.nextInt(60));
        }
        if (type == Instant.class) {
            return Instant.ofEpochSecond(1_700_000_000L + random.nextInt(100_000_000));
        }
        if (type == UUID.class) {
            return new UUID(random.nextLong(), random.nextLong());
        }
        if (type == Object.class) {
            return (long) random.nextInt(5);
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[random.nextInt(constants.length)];
        }
        throw new IllegalArgumentException("no argument of type " + type.getName());
    }

    static Class<?> raw(Type type) {
        return type instanceof ParameterizedType generic ? (Class<?>) generic.getRawType() : (Class<?>) type;
    }
}
