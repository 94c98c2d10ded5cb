package dev.sqlrecord.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The D1 forms of generated queries, by the SQL the JDBC executor sends for them. D1 hands results
 * over as JavaScript numbers, so an INTEGER beyond 2^53 - 1 would arrive rounded; a query whose
 * results hold columns read as integers gets a form that sends those integers as decimal text plus
 * a last column naming them (docs/D1-EXACT-INTEGERS.md). The check decides which columns, and
 * builds the form here too (for the gateway's allow-list and to prepare it against the schema); a
 * generated {@code Query} builds and registers it when its class is initialised, and the D1 executor
 * sends it in place of the SQL and reads the integers back exactly. The same SQL always has forms
 * that read the same.
 *
 * <p>A SELECT becomes a CTE, read through a subquery with {@code OFFSET 0}, which SQLite never
 * flattens: it runs as a co-routine whose rows the wrapper takes as they come, each value computed
 * once, in the query's order. A write cannot be wrapped, so its RETURNING list of plain columns is
 * written anew, each column by its name.
 */
public final class D1Forms {
    /** The CTE's name; the check leaves a query that mentions it in its plain form. */
    public static final String CTE = "_sqlrecord_d1";

    /** Number.MAX_SAFE_INTEGER: the largest magnitude a JavaScript number holds exactly, with all below it. */
    public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private static final Map<String, String> BY_SQL = new ConcurrentHashMap<>();

    private D1Forms() {}

    /** Records that {@code sql} runs on D1 as {@code d1Sql}; the first registration of a SQL stays. */
    public static void register(String sql, String d1Sql) {
        BY_SQL.putIfAbsent(sql, d1Sql);
    }

    /** The D1 form of {@code sql}, or null when it has none (it is sent as it is). */
    public static String of(String sql) {
        return BY_SQL.get(sql);
    }

    /** The D1 form of a SELECT of {@code columns} columns, those at the 1-based {@code integers} read as integers. */
    public static String select(String sql, int columns, int... integers) {
        StringBuilder names = new StringBuilder();
        List<String> references = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
            names.append(i == 1 ? "" : ", ").append("c" + i);
            references.add("c" + i);
        }
        // The line break before ')' ends a trailing -- comment of the query.
        return "WITH " + CTE + "(" + names + ") AS (\n" + sql + "\n)\nSELECT " + resultList(references, integers)
                + "\nFROM (SELECT * FROM " + CTE + " LIMIT -1 OFFSET 0)";
    }

    /**
     * The D1 form of a write whose RETURNING list names plain columns: that list written anew as
     * {@code columns} (each by its name), those at the 1-based {@code integers} read as integers; null
     * when {@code sql} has no RETURNING.
     */
    public static String returning(String sql, List<String> columns, int... integers) {
        List<String> names = new ArrayList<>();
        for (String column : columns) {
            names.add("\"" + column.replace("\"", "\"\"") + "\"");
        }
        int at = lastReturning(sql);
        return at < 0 ? null : sql.substring(0, at) + "RETURNING " + resultList(names, integers);
    }

    /**
     * The result list: {@code references} (per column, a plain name: each is mentioned several
     * times), those at {@code integers} as text when large, then the marks.
     */
    private static String resultList(List<String> references, int[] integers) {
        StringBuilder select = new StringBuilder();
        for (int i = 1; i <= references.size(); i++) {
            String c = references.get(i - 1);
            select.append(i == 1 ? "" : ",\n  ");
            select.append(
                    contains(integers, i)
                            ? "CASE WHEN " + large(c) + " THEN CAST(" + c + " AS TEXT) ELSE " + c + " END"
                            : c);
        }
        StringBuilder marks = new StringBuilder();
        for (int i : integers) {
            String c = references.get(i - 1);
            // a REAL is marked too: its JSON number may be whole (1.0 arrives as 1) and would read as an integer
            marks.append(marks.length() == 0 ? "" : "\n  || ")
                    .append("CASE WHEN typeof(" + c + ") = 'real' THEN ' " + i + "r' WHEN ")
                    .append(large(c))
                    .append(" THEN ' ")
                    .append(i)
                    .append("' ELSE '' END");
        }
        return select + ",\n  " + marks;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private static String large(String column) {
        return "typeof(" + column + ") = 'integer' AND " + column + " NOT BETWEEN -" + MAX_SAFE_INTEGER + " AND "
                + MAX_SAFE_INTEGER;
    }

    /** Where the last RETURNING keyword of the code (not of a literal or comment) starts; -1 if none. */
    private static int lastReturning(String sql) {
        SqlLexer lexer = new SqlLexer(sql);
        int at = -1;
        while (lexer.next()) {
            if (lexer.kind() == SqlLexer.Kind.WORD
                    && lexer.text().toUpperCase(Locale.ROOT).equals("RETURNING")) {
                at = lexer.start();
            }
        }
        return at;
    }
}
