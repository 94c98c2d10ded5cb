package dev.sqlrecord.runtime.internal;

import dev.sqlrecord.runtime.LimitExceededException;
import dev.sqlrecord.runtime.Statement;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a statement whose {@code IN (?)} list expands past the parameter limit (100 on D1) into
 * several statements, one per slice of the (de-duplicated) list, when running the slices and
 * merging their results gives exactly what the single statement would: the list is a top-level
 * {@code column IN (?)} condition of the WHERE clause, AND-ed with the rest, in a plain SELECT (no
 * aggregate, DISTINCT, GROUP BY, ORDER BY, LIMIT, compound or window at its top level) or in an
 * UPDATE/DELETE that does not assign the listed column. Anything else is refused with the reason.
 */
public final class InListSplitter {
    private static final Set<String> SELECT_BLOCKERS = Set.of("DISTINCT", "GROUP", "HAVING", "ORDER", "LIMIT",
            "OFFSET", "UNION", "INTERSECT", "EXCEPT", "WINDOW", "OVER");
    private static final Set<String> WRITE_BLOCKERS = Set.of("ORDER", "LIMIT");
    private static final Set<String> AGGREGATES = Set.of("COUNT", "SUM", "AVG", "MIN", "MAX", "TOTAL", "GROUP_CONCAT",
            "STRING_AGG", "JSON_GROUP_ARRAY", "JSON_GROUP_OBJECT", "JSONB_GROUP_ARRAY", "JSONB_GROUP_OBJECT");
    /** Top-level words in a WHERE clause that could make our AND-ed IN condition not a real conjunct. */
    private static final Set<String> WHERE_BLOCKERS = Set.of("OR", "CASE");

    private InListSplitter() {
    }

    public record Token(String text, int depth) {
    }

    public static List<ParameterExpander.Expanded> split(String sql, Object[] params, int max, Statement.Kind kind) {
        int list = -1;
        int others = 0;
        int total = 0;
        for (int i = 0; i < params.length; i++) {
            if (params[i] instanceof Collection<?> c) {
                total += c.size();
                if (list >= 0) {
                    throw refused(sql, params.length, total, max, "it has more than one list parameter");
                }
                list = i;
            } else {
                others++;
                total++;
            }
        }
        String unsafe = kind == Statement.Kind.EXEC_RESULT ? "an :execresult statement has one last insert id"
                : others >= max ? "its other parameters leave no room for the list"
                : unsafeReason(tokens(sql), list, kind);
        if (unsafe != null) {
            throw refused(sql, params.length, total, max, unsafe);
        }
        List<Object> values = distinct((Collection<?>) params[list]);
        int slice = max - others;
        List<ParameterExpander.Expanded> parts = new ArrayList<>();
        for (int from = 0; from < values.size(); from += slice) {
            Object[] sliceParams = params.clone();
            sliceParams[list] = values.subList(from, Math.min(values.size(), from + slice));
            parts.add(ParameterExpander.expand(sql, sliceParams));
        }
        return parts;
    }

    private static LimitExceededException refused(String sql, int paramCount, int total, int max, String why) {
        return new LimitExceededException("the statement binds " + total + " values after expanding its list, more"
                + " than the " + max + " one statement may bind, and splitting it into several statements would not"
                + " give the same result: " + why + ". Pass at most " + max + " values, or restructure the query",
                sql, paramCount, null);
    }

    /** Why splitting is not safe, or null when it is. */
    static String unsafeReason(List<Token> tokens, int listParam, Statement.Kind kind) {
        if (tokens.isEmpty()) {
            return "it is empty";
        }
        String first = tokens.get(0).text();
        boolean select = first.equals("SELECT");
        if (!(select && kind != Statement.Kind.EXEC) && !((first.equals("UPDATE") || first.equals("DELETE"))
                && kind == Statement.Kind.EXEC)) {
            return "only a plain SELECT (:one, :many) or an UPDATE/DELETE (:exec) can be split";
        }
        int marker = -1;
        int where = -1;
        int seen = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.text().equals("?") && seen++ == listParam) {
                marker = i;
            }
            if (t.depth() != 0) {
                continue;
            }
            if ((select ? SELECT_BLOCKERS : WRITE_BLOCKERS).contains(t.text())) {
                return "it uses " + t.text() + " at its top level";
            }
            if (select && AGGREGATES.contains(t.text()) && i + 1 < tokens.size() && tokens.get(i + 1).text().equals("(")) {
                return "it aggregates with " + t.text().toLowerCase(Locale.ROOT) + "()";
            }
            if (t.text().equals("WHERE") && where < 0) {
                where = i;
            }
        }
        if (marker < 4 || where < 0 || marker < where || !text(tokens, marker - 1).equals("(")
                || !text(tokens, marker - 2).equals("IN") || tokens.get(marker - 2).depth() != 0
                || !text(tokens, marker + 1).equals(")")) {
            return "the list is not a top-level `column IN (?)` condition of the WHERE clause";
        }
        int column = marker - 3;
        if (text(tokens, column).equals("NOT")) {
            return "NOT IN (?) cannot be split: a row outside one slice would be kept by the others";
        }
        int before = text(tokens, column - 1).equals(".") ? column - 3 : column - 1;
        String after = text(tokens, marker + 2);
        if (!(text(tokens, before).equals("WHERE") || text(tokens, before).equals("AND"))
                || !(after.isEmpty() || after.equals(";") || after.equals("AND") || after.equals("RETURNING"))) {
            return "the list's IN condition is not AND-ed with the rest of the WHERE clause";
        }
        int betweens = 0;
        for (int i = where + 1; i < tokens.size() && !tokens.get(i).text().equals("RETURNING"); i++) {
            String word = tokens.get(i).depth() == 0 ? tokens.get(i).text() : "";
            if (WHERE_BLOCKERS.contains(word)) {
                return "its WHERE clause uses " + word + " at its top level";
            }
            if (word.equals("BETWEEN")) {
                betweens++;
            } else if (word.equals("AND") && betweens > 0) {
                // x BETWEEN a AND b: this AND is BETWEEN's, not one that joins conditions
                betweens--;
                if (i == before) {
                    return "the list's IN condition is the upper bound of a BETWEEN";
                }
            }
        }
        if (first.equals("UPDATE") && assigns(tokens, SqlErrors.unquote(tokens.get(column).text()))) {
            return "the UPDATE assigns the listed column, so one slice could change rows another slice matches";
        }
        return null;
    }

    /** Whether the SET clause assigns {@code column} (or uses a row-value assignment we cannot read). */
    private static boolean assigns(List<Token> tokens, String column) {
        int i = 0;
        while (i < tokens.size() && !(tokens.get(i).depth() == 0 && tokens.get(i).text().equals("SET"))) {
            i++;
        }
        for (i++; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.depth() == 0 && (t.text().equals("FROM") || t.text().equals("WHERE"))) {
                return false;
            }
            boolean starts = text(tokens, i - 1).equals("SET") || text(tokens, i - 1).equals(",");
            if (t.depth() == 0 && starts && (t.text().equals("(")
                    || SqlErrors.unquote(t.text()).equalsIgnoreCase(column))) {
                return true;
            }
        }
        return false;
    }

    private static String text(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
    }

    /** Words (upper-cased unless quoted), literals, and single punctuation characters, with paren depth. */
    public static List<Token> tokens(String sql) {
        List<Token> tokens = new ArrayList<>();
        int depth = 0;
        SqlLexer lexer = new SqlLexer(sql);
        while (lexer.next()) {
            switch (lexer.kind()) {
                case WORD -> tokens.add(new Token(lexer.text().toUpperCase(Locale.ROOT), depth));
                case QUOTED -> tokens.add(new Token(lexer.text(), depth));
                case SYMBOL -> {
                    if (lexer.isSymbol(')')) {
                        depth--;
                    }
                    tokens.add(new Token(lexer.text(), depth));
                    if (lexer.isSymbol('(')) {
                        depth++;
                    }
                }
                default -> {
                    // comments are not tokens of the statement
                }
            }
        }
        return tokens;
    }

    /**
     * The list without repeats, in first-seen order, so that no row matches two slices. Numbers
     * compare by value across Java types (SQLite compares 1 and 1.0 as equal), blobs by content.
     */
    private static List<Object> distinct(Collection<?> values) {
        Set<Object> keys = new LinkedHashSet<>();
        List<Object> out = new ArrayList<>();
        for (Object value : values) {
            if (keys.add(key(value))) {
                out.add(value);
            }
        }
        return out;
    }

    private static Object key(Object value) {
        if (value instanceof byte[] bytes) {
            return ByteBuffer.wrap(bytes);
        }
        if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 0x1p63 ? (Object) (long) d : (Object) d;
        }
        if (value instanceof BigDecimal decimal) {
            return "decimal:" + decimal.toPlainString();
        }
        return value;
    }
}
