package dev.sqlrecord.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * Collection parameters: a collection is bound as one value, the text of a JSON array of its
 * elements, which the statement reads with {@code json_each}. One bound value whatever the length,
 * so a list never meets D1's limit of 100 bound values, and the statement stays one statement
 * (ORDER BY, LIMIT, GROUP BY and aggregates see every element at once).
 *
 * <p>A collection's {@code ?} must be the whole of an {@code IN (?)} list, which becomes
 * {@code IN (SELECT +value FROM json_each(?))}, or the argument of {@code json_each(?)} (what
 * generated code sends). The {@code +} strips the column affinity of {@code value}, so each element
 * compares as a bound value in {@code IN (?, ?, ...)} would: the left side's affinity and collation
 * apply ({@code text_col IN (1)} matches {@code '1'}). An empty list matches nothing, NOT IN an
 * empty list everything, and a NULL element makes a non-match NULL, all as with a list of values.
 */
final class ListParameters {
    /** What {@code IN (?)} becomes; the {@code ?} stays the collection's marker. */
    static final String IN_JSON = "SELECT +value FROM json_each(?)";
    private static final JsonFactory JSON = new JsonFactory();

    private ListParameters() {
    }

    /** SQL and values ready to bind: every collection replaced by its JSON text. */
    record Bound(String sql, Object[] values) {
    }

    static boolean hasCollection(Object[] params) {
        for (Object p : params) {
            if (p instanceof Collection) {
                return true;
            }
        }
        return false;
    }

    /**
     * Binds each collection as JSON text and writes every {@code IN (?)} of one as
     * {@code IN (SELECT +value FROM json_each(?))}; without a collection, the SQL and values as
     * given. Markers are {@code ?} (the next parameter) or {@code ?NNN} (parameter NNN), as SQLite
     * numbers them.
     */
    static Bound bind(String sql, Object[] params) {
        if (!hasCollection(params)) {
            return new Bound(sql, params);
        }
        Object[] values = params.clone();
        StringBuilder out = new StringBuilder(sql.length() + 32);
        int largest = 0;
        int n = sql.length();
        int i = 0;
        while (i < n) {
            int skipped = SqlText.skipNonCode(sql, i);
            if (skipped != i || sql.charAt(i) != '?') {
                int end = Math.max(skipped, i + 1);
                out.append(sql, i, end);
                i = end;
                continue;
            }
            int end = i + 1;
            while (end < n && Character.isDigit(sql.charAt(end))) {
                end++;
            }
            int number = end == i + 1 ? largest + 1 : parseNumber(sql, i + 1, end, params.length);
            largest = Math.max(largest, number);
            if (number > params.length) {
                throw new SqlRecordException("the statement has a marker for parameter " + number + " but "
                        + params.length + " parameters were given", sql, params.length, null);
            }
            Object param = params[number - 1];
            if (param instanceof Collection<?> collection) {
                values[number - 1] = toJson(collection, number, sql, params.length);
                if (isWholeInList(sql, i, end)) {
                    out.append(IN_JSON, 0, IN_JSON.length() - 2).append(sql, i, end).append(')');
                } else if (!isJsonEachArgument(sql, i, end)) {
                    throw new SqlRecordException("parameter " + number + " is a collection, which binds only as the"
                            + " whole list of `x IN (?)` or as `json_each(?)`: anywhere else it would be compared as"
                            + " the text of a JSON array", sql, params.length, null);
                } else {
                    out.append(sql, i, end);
                }
            } else {
                out.append(sql, i, end);
            }
            i = end;
        }
        return new Bound(out.toString(), values);
    }

    private static int parseNumber(String sql, int from, int to, int count) {
        try {
            return Integer.parseInt(sql.substring(from, to));
        } catch (NumberFormatException e) {
            throw new SqlRecordException("parameter marker ?" + sql.substring(from, to) + " is out of range",
                    sql, count, e);
        }
    }

    /** Whether the marker at [start, end) is the only thing between the parentheses of {@code IN ( )}. */
    static boolean isWholeInList(String sql, int start, int end) {
        int open = previousCode(sql, start);
        if (open < 0 || sql.charAt(open) != '(') {
            return false;
        }
        int close = nextCode(sql, end);
        if (close >= sql.length() || sql.charAt(close) != ')') {
            return false;
        }
        return wordBefore(sql, open).equalsIgnoreCase("IN");
    }

    /** Whether the marker at [start, end) is the first argument of a {@code json_each(} call. */
    static boolean isJsonEachArgument(String sql, int start, int end) {
        int open = previousCode(sql, start);
        if (open < 0 || sql.charAt(open) != '(') {
            return false;
        }
        int after = nextCode(sql, end);
        return after < sql.length() && (sql.charAt(after) == ')' || sql.charAt(after) == ',')
                && wordBefore(sql, open).equalsIgnoreCase("json_each");
    }

    /** The index of the last code character before {@code i} (skipping whitespace and comments), or -1. */
    private static int previousCode(String sql, int i) {
        // comments are only skipped forwards; scanning back, a '/' or '-' of one is not mistaken for code
        int last = -1;
        int j = 0;
        while (j < i) {
            int skipped = SqlText.skipNonCode(sql, j);
            if (skipped != j && SqlText.isCommentStart(sql, j)) {
                j = skipped;
            } else if (Character.isWhitespace(sql.charAt(j))) {
                j++;
            } else {
                last = skipped != j ? skipped - 1 : j;
                j = Math.max(skipped, j + 1);
            }
        }
        return last;
    }

    /** The index of the first code character at or after {@code i}, or the length. */
    private static int nextCode(String sql, int i) {
        int n = sql.length();
        while (i < n) {
            int skipped = SqlText.isCommentStart(sql, i) ? SqlText.skipNonCode(sql, i) : i;
            if (skipped != i) {
                i = skipped;
            } else if (Character.isWhitespace(sql.charAt(i))) {
                i++;
            } else {
                return i;
            }
        }
        return n;
    }

    /** The unquoted word that ends at the code character before {@code i}, or "". */
    private static String wordBefore(String sql, int i) {
        int end = previousCode(sql, i) + 1;
        int start = end;
        while (start > 0 && SqlText.isWordChar(sql.charAt(start - 1))) {
            start--;
        }
        return sql.substring(start, end);
    }

    /**
     * The JSON array of a collection's elements, each as it is stored: semantic values (dates,
     * UUIDs, enums) as {@link ValueCodec#toStorage} gives them, integers as exact JSON integers
     * (SQLite reads all 64 bits), booleans as 1 and 0, BigDecimal as text (as it is bound alone),
     * a NaN as null (SQLite binds NaN as NULL) and infinities as out-of-range numbers SQLite reads
     * as infinite. A blob has no JSON form and is refused.
     */
    static String toJson(Collection<?> collection, int position, String sql, int count) {
        StringWriter text = new StringWriter(collection.size() * 8 + 2);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartArray();
            int element = 0;
            for (Object value : collection) {
                element++;
                writeElement(json, ValueCodec.toStorage(value), value, position, element, sql, count);
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringWriter does not fail
        }
        return text.toString();
    }

    private static void writeElement(JsonGenerator json, Object value, Object given, int position, int element,
                                     String sql, int count) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Boolean b) {
            json.writeNumber(b ? 1 : 0);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d)) {
                json.writeNull();
            } else if (Double.isInfinite(d)) {
                json.writeRawValue(d > 0 ? "9e999" : "-9e999");
            } else {
                json.writeNumber(d);
            }
        } else if (value instanceof BigDecimal decimal) {
            json.writeString(decimal.toPlainString());
        } else if (value instanceof byte[]) {
            throw new SqlRecordException("element " + element + " of parameter " + position + " is a byte[]: a"
                    + " collection is bound as one JSON array, which cannot carry blobs; compare hex(column)"
                    + " IN (?) with upper-case hex strings instead", sql, count, null);
        } else {
            throw unsupported(given, position, element, sql, count);
        }
    }

    /**
     * The error for a value of a type we cannot bind; names the type and where it was, not the value.
     *
     * @param element 1-based element of a collection parameter, or -1 for a plain parameter
     */
    static SqlRecordException unsupported(Object value, int position, int element, String sql, int paramCount) {
        String where = element < 0 ? "parameter " + position : "element " + element + " of parameter " + position;
        String what = value instanceof Collection ? "a nested collection" : value.getClass().getName();
        return new SqlRecordException("unsupported type " + what + " for " + where
                + " (supported: null, Long, Integer, Short, Byte, Double, Float, String, byte[], Boolean, BigDecimal,"
                + " LocalDate, LocalDateTime, OffsetDateTime, Instant, UUID, an enum, and a Collection of these"
                + " except byte[])", sql, paramCount, null);
    }
}
