package dev.sqlrecord.runtime.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.sqlrecord.runtime.SqlRecordException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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
public final class ListParameters {
    /** What {@code IN (?)} becomes; the {@code ?} stays the collection's marker. */
    static final String IN_JSON = "SELECT +value FROM json_each(?)";

    private static final JsonFactory JSON = new JsonFactory();

    private ListParameters() {}

    /** SQL and values ready to bind: every collection replaced by its JSON text. */
    public record Bound(String sql, Object[] values) {}

    public static boolean hasCollection(Object[] params) {
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
    public static Bound bind(String sql, Object[] params) {
        if (!hasCollection(params)) {
            return new Bound(sql, params);
        }
        List<int[]> code = codeTokens(sql);
        Object[] values = params.clone();
        StringBuilder out = new StringBuilder(sql.length() + 32);
        int copied = 0;
        int largest = 0;
        for (int t = 0; t < code.size(); t++) {
            int[] token = code.get(t);
            if (!isSymbol(sql, token, '?')) {
                continue;
            }
            int end = token[1];
            // ?NNN: the digits are the next word when nothing separates them from the ?
            boolean numbered = t + 1 < code.size() && code.get(t + 1)[0] == end && isDigits(sql, code.get(t + 1));
            if (numbered) {
                end = code.get(t + 1)[1];
            }
            int number = numbered ? parseNumber(sql, token[1], end, params.length) : largest + 1;
            largest = Math.max(largest, number);
            if (number > params.length) {
                throw new SqlRecordException(
                        "the statement has a marker for parameter " + number + " but " + params.length
                                + " parameters were given",
                        sql,
                        params.length,
                        null);
            }
            int after = numbered ? t + 2 : t + 1;
            if (params[number - 1] instanceof Collection<?> collection) {
                values[number - 1] = toJson(collection, number, sql, params.length);
                if (isWholeInList(sql, code, t, after)) {
                    out.append(sql, copied, token[0])
                            .append(IN_JSON, 0, IN_JSON.length() - 2)
                            .append(sql, token[0], end)
                            .append(')');
                    copied = end;
                } else if (!isJsonEachArgument(sql, code, t, after)) {
                    throw new SqlRecordException(
                            "parameter " + number + " is a collection, which binds only as the"
                                    + " whole list of `x IN (?)` or as `json_each(?)`: anywhere else it would be compared as"
                                    + " the text of a JSON array",
                            sql,
                            params.length,
                            null);
                }
            }
            t = after - 1;
        }
        return new Bound(out.append(sql, copied, sql.length()).toString(), values);
    }

    /** The tokens of {@code sql} that are code, as {start, end} offsets: no comments. */
    private static List<int[]> codeTokens(String sql) {
        List<int[]> tokens = new ArrayList<>();
        SqlLexer lexer = new SqlLexer(sql);
        while (lexer.next()) {
            if (lexer.kind() != SqlLexer.Kind.COMMENT) {
                tokens.add(new int[] {lexer.start(), lexer.end(), lexer.kind().ordinal()});
            }
        }
        return tokens;
    }

    private static boolean isSymbol(String sql, int[] token, char c) {
        return token[2] == SqlLexer.Kind.SYMBOL.ordinal() && sql.charAt(token[0]) == c;
    }

    private static boolean isWord(String sql, int[] token, String word) {
        return token[2] == SqlLexer.Kind.WORD.ordinal()
                && sql.substring(token[0], token[1]).equalsIgnoreCase(word);
    }

    private static boolean isDigits(String sql, int[] token) {
        for (int i = token[0]; i < token[1]; i++) {
            if (!Character.isDigit(sql.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int parseNumber(String sql, int from, int to, int count) {
        try {
            return Integer.parseInt(sql.substring(from, to));
        } catch (NumberFormatException e) {
            throw new SqlRecordException(
                    "parameter marker ?" + sql.substring(from, to) + " is out of range", sql, count, e);
        }
    }

    /** Whether the marker (code tokens [marker, after)) is the only thing between the parentheses of {@code IN ( )}. */
    private static boolean isWholeInList(String sql, List<int[]> code, int marker, int after) {
        return marker >= 2
                && isSymbol(sql, code.get(marker - 1), '(')
                && isWord(sql, code.get(marker - 2), "IN")
                && after < code.size()
                && isSymbol(sql, code.get(after), ')');
    }

    /** Whether the marker (code tokens [marker, after)) is the first argument of a {@code json_each(} call. */
    private static boolean isJsonEachArgument(String sql, List<int[]> code, int marker, int after) {
        return marker >= 2
                && isSymbol(sql, code.get(marker - 1), '(')
                && isWord(sql, code.get(marker - 2), "json_each")
                && after < code.size()
                && (isSymbol(sql, code.get(after), ')') || isSymbol(sql, code.get(after), ','));
    }

    /**
     * The JSON array of a collection's elements, each as it is stored when bound alone: semantic
     * values (dates, UUIDs, enums) as {@link ValueCodec#toStorage} gives them, integers as exact
     * JSON integers (SQLite reads all 64 bits), booleans as 1 and 0, a BigDecimal as the number
     * {@link StorableValues#decimalStorage} makes of it. An element that would not come back as it
     * went in (NaN, an infinity, -0.0, a decimal a double cannot hold, a lone surrogate) is refused
     * with the reason {@link StorableValues} gives a single value, so a value is accepted in a list
     * exactly when it is accepted alone. A blob has no JSON form and is refused.
     */
    public static String toJson(Collection<?> collection, int position, String sql, int count) {
        StringWriter text = new StringWriter(collection.size() * 8 + 2);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartArray();
            int element = 0;
            for (Object value : collection) {
                element++;
                refuseUnstorable(value, position, element, sql, count);
                writeElement(json, ValueCodec.toStorage(value), value, position, element, sql, count);
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    private static void writeElement(
            JsonGenerator json, Object value, Object given, int position, int element, String sql, int count)
            throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Long
                || value instanceof Integer
                || value instanceof Short
                || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Boolean b) {
            json.writeNumber(b ? 1 : 0);
        } else if (value instanceof Double || value instanceof Float) {
            json.writeNumber(((Number) value).doubleValue()); // finite: refuseUnstorable
        } else if (value instanceof BigDecimal decimal) {
            writeElement(json, StorableValues.decimalStorage(decimal), given, position, element, sql, count);
        } else if (value instanceof byte[]) {
            throw new SqlRecordException(
                    "element " + element + " of parameter " + position + " is a byte[]: a"
                            + " collection is bound as one JSON array, which cannot carry blobs; compare hex(column)"
                            + " IN (?) with upper-case hex strings instead",
                    sql,
                    count,
                    null);
        } else {
            throw unsupported(given, position, element, sql, count);
        }
    }

    private static void refuseUnstorable(Object value, int position, int element, String sql, int count) {
        String problem = StorableValues.problem(value);
        if (problem == null && ValueCodec.isSemantic(value)) {
            problem = StorableValues.problem(ValueCodec.toStorage(value));
        }
        if (problem != null) {
            throw new SqlRecordException(
                    "element " + element + " of parameter " + position + " " + problem, sql, count, null);
        }
    }

    /**
     * The error for a value of a type we cannot bind; names the type and where it was, not the value.
     *
     * @param element 1-based element of a collection parameter, or -1 for a plain parameter
     */
    public static SqlRecordException unsupported(Object value, int position, int element, String sql, int paramCount) {
        String where = element < 0 ? "parameter " + position : "element " + element + " of parameter " + position;
        String what = value instanceof Collection
                ? "a nested collection"
                : value.getClass().getName();
        return new SqlRecordException(
                "unsupported type " + what + " for " + where
                        + " (supported: null, Long, Integer, Short, Byte, Double, Float, String, byte[], Boolean, BigDecimal,"
                        + " LocalDate, LocalDateTime, OffsetDateTime, Instant, UUID, an enum, and a Collection of these"
                        + " except byte[])",
                sql,
                paramCount,
                null);
    }
}
