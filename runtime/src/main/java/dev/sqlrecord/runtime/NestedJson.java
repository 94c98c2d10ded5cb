package dev.sqlrecord.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sqlrecord.runtime.internal.ValueCodec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * What generated code calls to read a nested result: a column built with {@code json_object} or
 * {@code json_group_array(json_object(...))}, read as a tree and taken apart key by key into the
 * generated records, without reflection. Integers stay exact to 64 bits (never through a double)
 * and decimals exact, on every executor: the text is the same whether SQLite or D1 sent it.
 */
public final class NestedJson {
    /** Its own mapper: decimals as BigDecimal, so a NUMERIC value keeps its digits. */
    private static final ObjectMapper TREES =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private NestedJson() {}

    /** The JSON text of a column as a tree; {@code null} for SQL NULL. */
    public static JsonNode parse(String text, String query, String column) {
        if (text == null) {
            return null;
        }
        try {
            return TREES.readTree(text);
        } catch (JsonProcessingException e) {
            throw new SqlRecordException(
                    "query " + query + ": column " + column + " does not hold JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The elements of a JSON array; {@code null} for SQL NULL. Anything but an array is refused. */
    public static List<JsonNode> elements(JsonNode array, String where) {
        if (array == null || array.isNull()) {
            return null;
        }
        if (!array.isArray()) {
            throw new SqlRecordException(where + " holds " + array.getNodeType() + ", not a JSON array");
        }
        List<JsonNode> out = new ArrayList<>(array.size());
        array.forEach(out::add);
        return out;
    }

    /** The object under {@code key} (or {@code node} itself when key is null); null for JSON null. */
    public static JsonNode object(JsonNode node, String key) {
        JsonNode value = key == null ? node : value(node, key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw new SqlRecordException("key " + key + " holds " + value.getNodeType() + ", not a JSON object");
        }
        return value;
    }

    /** The array under {@code key}; null for JSON null. */
    public static List<JsonNode> array(JsonNode node, String key) {
        return elements(value(node, key), "key " + key);
    }

    /** Each element of {@code nodes} read by {@code read}; null for null. */
    public static <T> List<T> list(List<JsonNode> nodes, Function<JsonNode, T> read) {
        if (nodes == null) {
            return null;
        }
        List<T> out = new ArrayList<>(nodes.size());
        for (JsonNode node : nodes) {
            out.add(read.apply(node));
        }
        return Collections.unmodifiableList(out);
    }

    /** {@code node} read by {@code read}; null for null. */
    public static <T> T map(JsonNode node, Function<JsonNode, T> read) {
        return node == null ? null : read.apply(node);
    }

    public static Long boxedLong(JsonNode node, String key) {
        JsonNode value = value(node, key);
        if (value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw misfit(key, value, "a 64-bit integer");
        }
        return value.longValue();
    }

    public static long longValue(JsonNode node, String key) {
        return required(boxedLong(node, key), key);
    }

    public static Double boxedDouble(JsonNode node, String key) {
        JsonNode value = value(node, key);
        if (value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw misfit(key, value, "a number");
        }
        return value.doubleValue();
    }

    public static double doubleValue(JsonNode node, String key) {
        return required(boxedDouble(node, key), key);
    }

    /** SQLite writes a boolean as 0 or 1; {@code json('true')} writes {@code true}. */
    public static Boolean boxedBoolean(JsonNode node, String key) {
        JsonNode value = value(node, key);
        if (value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (!value.isIntegralNumber()) {
            throw misfit(key, value, "a boolean (0 or 1)");
        }
        return value.bigIntegerValue().signum() != 0;
    }

    public static boolean booleanValue(JsonNode node, String key) {
        return required(boxedBoolean(node, key), key);
    }

    public static String string(JsonNode node, String key) {
        JsonNode value = value(node, key);
        if (value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw misfit(key, value, "text");
        }
        return value.textValue();
    }

    public static BigDecimal decimal(JsonNode node, String key) {
        JsonNode value = value(node, key);
        if (value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isTextual()) {
            try {
                return new BigDecimal(value.textValue().trim());
            } catch (NumberFormatException e) {
                throw misfit(key, value, "a decimal number");
            }
        }
        throw misfit(key, value, "a decimal number");
    }

    public static LocalDate date(JsonNode node, String key) {
        LocalDateTime time = dateTime(node, key);
        return time == null ? null : time.toLocalDate();
    }

    /** Text in SQLite's date formats, or integer unix-epoch seconds, as a column would be read. */
    public static LocalDateTime dateTime(JsonNode node, String key) {
        JsonNode value = value(node, key);
        if (value.isNull()) {
            return null;
        }
        Object raw = value.isIntegralNumber() && value.canConvertToLong()
                ? (Object) value.longValue()
                : value.isTextual() ? value.textValue() : null;
        if (raw == null) {
            throw misfit(key, value, "a date");
        }
        try {
            return ValueCodec.toLocalDateTime(raw, 0);
        } catch (SqlRecordException e) {
            throw new SqlRecordException("key " + key + ": " + e.getMessage(), e);
        }
    }

    /** The constant stored as {@code text} (a key's text), matched as a column's text would be; null for null. */
    public static <E extends Enum<E>> E enumOf(String text, Class<E> type) {
        try {
            return ValueCodec.toEnum(text, type, 0);
        } catch (SqlRecordException e) {
            throw new SqlRecordException("'" + text + "' inside JSON names no constant of " + type.getName(), e);
        }
    }

    /** Refuses a null the check proved impossible, rather than let it through as a default. */
    public static <T> T required(T value, String key) {
        if (value == null) {
            throw new SqlRecordException("key " + key + " is null, but the check typed it non-null");
        }
        return value;
    }

    private static JsonNode value(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null) {
            throw new SqlRecordException("the JSON object has no key " + key + ": " + node);
        }
        return value;
    }

    private static SqlRecordException misfit(String key, JsonNode value, String expected) {
        return new SqlRecordException("key " + key + " holds " + value + ", not " + expected);
    }
}
