package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.model.JavaType;
import dev.sqlrecord.checker.model.QueryModel.ResultColumn;
import dev.sqlrecord.checker.model.RowShape;
import dev.sqlrecord.checker.parse.ParsedStatement;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The D1 form of a SELECT: the SQL the D1 executor sends instead, so that integers beyond 2^53 - 1
 * in its results arrive exact although D1 hands results over as JavaScript numbers
 * (docs/D1-EXACT-INTEGERS.md). The query becomes a CTE; each column read as an integer comes out
 * as its decimal text when it holds such an integer, and one last column lists where that
 * happened in the row ({@code " 2"}), so text that really was there is never taken for an
 * integer, and where such a column holds a REAL ({@code " 2r"}), whose JSON number would
 * otherwise read as an integer when it is whole.
 *
 * <p>The wrapper reads the CTE through a subquery with {@code OFFSET 0}, which SQLite never
 * flattens: it runs as a co-routine whose rows the wrapper takes as they come, each value computed
 * once (a flattened wrapper would compute each column's expression again for every mention, so a
 * {@code random()} or a costly subquery would run several times). The wrapper has no ORDER BY,
 * join, DISTINCT or aggregate of its own, so the rows keep the query's order; see D1ExactFormTest.
 */
public final class D1ExactForm {
    /** The CTE's name; a query that mentions it keeps its plain form. */
    static final String CTE = "_sqlrecord_d1";

    /** Number.MAX_SAFE_INTEGER: the largest magnitude a JavaScript number holds exactly, with all below it. */
    static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    /** Java types read through a getter that would take a rounded integer for a true one. */
    private static final Set<String> INTEGER_READS = Set.of(
            "long",
            "java.lang.Long",
            "int",
            "java.lang.Integer",
            "short",
            "java.lang.Short",
            "byte",
            "java.lang.Byte",
            "boolean",
            "java.lang.Boolean",
            "java.math.BigDecimal",
            "java.time.Instant",
            "java.lang.Object");

    private D1ExactForm() {}

    /**
     * The D1 form of {@code sql}, checked to prepare on {@code db}; null when the query needs none
     * (no column is read as an integer) or cannot have one (neither a SELECT nor a write whose
     * RETURNING names plain columns, see {@link D1Returning}; D1 then refuses the integers it
     * cannot carry).
     */
    public static String of(
            Connection db, ParsedStatement statement, String sql, List<ResultColumn> columns, RowShape row) {
        SQLiteParser.ReturningClauseContext returning = D1Returning.clause(statement);
        if (row == null
                || statement.tree().selectStmt() == null && returning == null
                || sql.toLowerCase(Locale.ROOT).contains(CTE)) {
            return null;
        }
        List<Integer> wrapped = new ArrayList<>();
        for (int i = 1; i <= columns.size(); i++) {
            if (readsInteger(columns.get(i - 1), i, row)) {
                wrapped.add(i);
            }
        }
        if (wrapped.isEmpty()) {
            return null;
        }
        String form = returning == null
                ? form(sql, columns.size(), wrapped)
                : D1Returning.form(returning, sql, columns, wrapped);
        if (form == null) {
            return null;
        }
        try (PreparedStatement prepared = db.prepareStatement(form)) {
            // the query's columns and the marks: anything else would be read wrongly
            return prepared.getMetaData().getColumnCount() == columns.size() + 1 ? form : null;
        } catch (SQLException e) {
            return null; // the plain form, whose large integers D1 refuses loudly
        }
    }

    private static boolean readsInteger(ResultColumn column, int index, RowShape row) {
        if (column.nested() != null) {
            return false; // JSON text
        }
        if (INTEGER_READS.contains(column.javaType().name())) {
            return true;
        }
        for (RowShape.Field field : row.fields()) {
            if (field.column() == index
                    && (isIntegerRead(field.type()) || field.codec() == RowShape.Codec.EPOCH_MILLIS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIntegerRead(JavaType type) {
        return INTEGER_READS.contains(type.name());
    }

    /** The wrapping: {@code wrapped} are the 1-based columns read as integers, of {@code count}. */
    static String form(String sql, int count, List<Integer> wrapped) {
        StringBuilder names = new StringBuilder();
        List<String> references = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.append(i == 1 ? "" : ", ").append("c" + i);
            references.add("c" + i);
        }
        // The line break before ')' ends a trailing -- comment of the query.
        return "WITH " + CTE + "(" + names + ") AS (\n" + sql + "\n)\nSELECT " + resultList(references, wrapped)
                + "\nFROM (SELECT * FROM " + CTE + " LIMIT -1 OFFSET 0)";
    }

    /**
     * The result list: {@code references} (per column, a plain name: each is mentioned several
     * times), those of {@code wrapped} as text when large, then the marks.
     */
    static String resultList(List<String> references, List<Integer> wrapped) {
        StringBuilder select = new StringBuilder();
        for (int i = 1; i <= references.size(); i++) {
            String c = references.get(i - 1);
            select.append(i == 1 ? "" : ",\n  ");
            select.append(
                    wrapped.contains(i)
                            ? "CASE WHEN " + large(c) + " THEN CAST(" + c + " AS TEXT) ELSE " + c + " END"
                            : c);
        }
        StringBuilder marks = new StringBuilder();
        for (int i : wrapped) {
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

    private static String large(String column) {
        return "typeof(" + column + ") = 'integer' AND " + column + " NOT BETWEEN -" + MAX_SAFE_INTEGER + " AND "
                + MAX_SAFE_INTEGER;
    }
}
