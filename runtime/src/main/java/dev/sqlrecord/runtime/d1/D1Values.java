package dev.sqlrecord.runtime.d1;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import dev.sqlrecord.runtime.internal.ListParameters;
import dev.sqlrecord.runtime.internal.StorableValues;
import dev.sqlrecord.runtime.internal.ValueCodec;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values to and from D1's JSON. D1 serialises through JavaScript numbers, so an integer is exact
 * only up to 2^53 - 1: larger ones are sent as decimal text (an INTEGER column's affinity stores
 * them as exact integers) and, when read back as JSON numbers, refused rather than returned wrong.
 * Blobs travel as arrays of byte values. The gateway's JSON is typed instead ({@code typed}):
 * {@code {"int": "<decimal>"}} beyond 2^53 and {@code {"blob": "<base64>"}}. Conversions between
 * storage classes follow SQLite's ({@code sqlite3_column_int64} and friends), so getters answer
 * as they do over JDBC.
 */
final class D1Values {
    /** Number.MAX_SAFE_INTEGER: every integer up to it has its own double. */
    static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private static final Pattern REAL_PREFIX = Pattern.compile("^\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private D1Values() {}

    /**
     * Writes one bound value, in the gateway's typed form when {@code typed}; {@code position} is
     * 1-based, for the error message.
     */
    static void write(JsonGenerator json, Object value, int position, String sql, int count, boolean typed)
            throws IOException {
        StorableValues.check(value, position, sql, count);
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Long
                || value instanceof Integer
                || value instanceof Short
                || value instanceof Byte) {
            long l = ((Number) value).longValue();
            if (l >= -MAX_SAFE_INTEGER && l <= MAX_SAFE_INTEGER) {
                json.writeNumber(l);
            } else if (typed) {
                json.writeStartObject();
                json.writeStringField("int", Long.toString(l));
                json.writeEndObject();
            } else {
                json.writeString(Long.toString(l)); // a JS number would round it
            }
        } else if (value instanceof Double || value instanceof Float) {
            json.writeNumber(((Number) value).doubleValue()); // NaN, infinities and -0.0 were refused above
        } else if (value instanceof Boolean b) {
            json.writeNumber(b ? 1 : 0);
        } else if (value instanceof byte[] bytes && typed) {
            json.writeStartObject();
            json.writeStringField("blob", Base64.getEncoder().encodeToString(bytes));
            json.writeEndObject();
        } else if (value instanceof byte[] bytes) {
            json.writeStartArray();
            for (byte b : bytes) {
                json.writeNumber(b & 0xff);
            }
            json.writeEndArray();
        } else if (value instanceof BigDecimal decimal) {
            write(json, StorableValues.decimalStorage(decimal), position, sql, count, typed); // as over JDBC
        } else if (ValueCodec.isSemantic(value)) {
            write(json, ValueCodec.toStorage(value), position, sql, count, typed); // the same storage as over JDBC
        } else {
            throw ListParameters.unsupported(value, position, -1, sql, count);
        }
    }

    /**
     * Whether a JSON number may stand for an INTEGER that D1 rounded on its way out: a whole number
     * beyond 2^53 - 1 and no larger than 2^63. (A REAL there reads the same, and D1's JSON does not
     * say which storage class it was.) Beyond 2^63 it can only be a REAL, which a double holds exactly.
     */
    static boolean isInexactInteger(JsonNode number) {
        if (number instanceof ExactInteger || number instanceof ExactReal) {
            return false;
        }
        double d = number.doubleValue();
        return d == Math.rint(d) && Math.abs(d) > MAX_SAFE_INTEGER && Math.abs(d) <= 0x1p63;
    }

    /** An integer that came as decimal text (from the gateway, or a query's D1 form), so exact whatever its size. */
    static final class ExactInteger extends LongNode {
        private static final long serialVersionUID = 1L;

        ExactInteger(long value) {
            super(value);
        }
    }

    /** A number a query's D1 form marked as a REAL ({@link D1ExactRows}), so not a rounded integer. */
    static final class ExactReal extends DoubleNode {
        private static final long serialVersionUID = 1L;

        ExactReal(double value) {
            super(value);
        }
    }

    /** Whether a JSON number is an integer that a long holds; other numbers are REALs (or rounded integers). */
    private static boolean isLong(JsonNode number) {
        return number.isIntegralNumber() && number.canConvertToLong();
    }

    /** A value as SQLite's integer conversion sees it; {@code node} is not null and not an inexact integer. */
    static long toLong(JsonNode node) {
        if (node.isNumber()) {
            return isLong(node) ? node.longValue() : (long) node.doubleValue(); // a REAL truncates and clamps
        }
        return textToLong(toText(node));
    }

    static double toDouble(JsonNode node) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        Matcher m = REAL_PREFIX.matcher(toText(node));
        return m.find() ? Double.parseDouble(m.group().trim()) : 0.0;
    }

    /** Text as SQLite would give it; numbers in their shortest form. */
    static String toText(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isArray()) {
            return new String(toBytes(node), StandardCharsets.UTF_8);
        }
        return isLong(node) ? Long.toString(node.longValue()) : Double.toString(node.doubleValue());
    }

    static byte[] toBytes(JsonNode node) {
        if (node.isArray()) {
            byte[] bytes = new byte[node.size()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) node.get(i).intValue();
            }
            return bytes;
        }
        return toText(node).getBytes(StandardCharsets.UTF_8);
    }

    /** The storage class's Java type: Long, Double, String or byte[]. */
    static Object toObject(JsonNode node) {
        if (isLong(node)) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return node.isArray() ? toBytes(node) : node.textValue();
    }

    /**
     * SQLite's text-to-integer rule: the longest prefix that reads as an integer (leading spaces,
     * a sign, digits), 0 when there is none, clamped to the 64-bit range.
     */
    static long textToLong(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long value = 0;
        for (; i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++) {
            int digit = text.charAt(i) - '0';
            if (value > (Long.MAX_VALUE - digit) / 10) {
                return negative ? Long.MIN_VALUE : Long.MAX_VALUE;
            }
            value = value * 10 + digit;
        }
        return negative ? -value : value;
    }
}
