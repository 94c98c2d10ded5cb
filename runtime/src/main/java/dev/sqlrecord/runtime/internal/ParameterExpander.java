package dev.sqlrecord.runtime.internal;

import dev.sqlrecord.runtime.SqlRecordException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Expands collection parameters: the i-th {@code ?} of the statement, when its value is a
 * {@link Collection}, becomes {@code ?, ?, ...} with one marker per element, and the elements take
 * its place in the value list. An empty collection leaves nothing (SQLite accepts {@code x IN ()}).
 *
 * <p>Only statements with a collection are rewritten; every other call passes its SQL and values
 * through untouched, so the common path costs one type test per parameter.
 */
public final class ParameterExpander {
    private ParameterExpander() {
    }

    /** SQL and values ready to bind: as many values as {@code ?} markers. */
    public record Expanded(String sql, Object[] values) {
    }

    public static boolean needsExpansion(Object[] params) {
        for (Object p : params) {
            if (p instanceof Collection) {
                return true;
            }
        }
        return false;
    }

    public static Expanded expand(String sql, Object[] params) {
        StringBuilder out = new StringBuilder(sql.length() + 16);
        List<Object> values = new ArrayList<>(params.length + 8);
        int marker = 0;
        int n = sql.length();
        int copied = 0;
        SqlLexer lexer = new SqlLexer(sql);
        while (lexer.next()) {
            if (!lexer.isSymbol('?')) {
                continue;
            }
            int i = lexer.start();
            if (i + 1 < n && Character.isDigit(sql.charAt(i + 1))) {
                throw new SqlRecordException("collection parameters need plain ? markers, found a numbered ?NNN",
                        sql, params.length, null);
            }
            if (marker >= params.length) {
                throw new SqlRecordException("the statement has more ? markers than parameters",
                        sql, params.length, null);
            }
            out.append(sql, copied, i);
            appendMarker(out, values, params[marker], marker + 1, sql, params.length);
            marker++;
            copied = i + 1;
        }
        out.append(sql, copied, n);
        if (marker != params.length) {
            throw new SqlRecordException("the statement has " + marker + " ? markers (outside literals and"
                    + " comments) but more parameters", sql, params.length, null);
        }
        return new Expanded(out.toString(), values.toArray());
    }

    private static void appendMarker(StringBuilder out, List<Object> values, Object param, int position,
                                     String sql, int paramCount) {
        if (!(param instanceof Collection<?> collection)) {
            checkSupported(param, position, -1, sql, paramCount);
            out.append('?');
            values.add(param);
            return;
        }
        int element = 0;
        for (Object value : collection) {
            element++;
            checkSupported(value, position, element, sql, paramCount);
            out.append(element == 1 ? "?" : ", ?");
            values.add(value);
        }
    }

    /** Whether {@code value} is one of the types any executor can bind. */
    static boolean isSupported(Object value) {
        return value == null || value instanceof String || value instanceof Long || value instanceof Integer
                || value instanceof Double || value instanceof Boolean || value instanceof byte[]
                || value instanceof Short || value instanceof Byte || value instanceof Float
                || value instanceof java.math.BigDecimal || ValueCodec.isSemantic(value);
    }

    /**
     * The error for a value of a type we cannot bind; names the type and where it was, not the value.
     *
     * @param element 1-based element of a collection parameter, or -1 for a plain parameter
     */
    public static SqlRecordException unsupported(Object value, int position, int element, String sql, int paramCount) {
        String where = element < 0 ? "parameter " + position : "element " + element + " of parameter " + position;
        String what = value instanceof Collection ? "a nested collection" : value.getClass().getName();
        return new SqlRecordException("unsupported type " + what + " for " + where
                + " (supported: null, Long, Integer, Short, Byte, Double, Float, String, byte[], Boolean, BigDecimal,"
                + " LocalDate, LocalDateTime, OffsetDateTime, Instant, UUID, an enum, and a Collection of these)", sql, paramCount, null);
    }

    private static void checkSupported(Object value, int position, int element, String sql, int paramCount) {
        if (!isSupported(value)) {
            throw unsupported(value, position, element, sql, paramCount);
        }
    }
}
