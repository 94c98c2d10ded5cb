package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.model.D1Integers;
import dev.sqlrecord.checker.model.JavaType;
import dev.sqlrecord.checker.model.QueryModel.ResultColumn;
import dev.sqlrecord.checker.model.RowShape;
import dev.sqlrecord.checker.parse.ParsedStatement;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import dev.sqlrecord.runtime.internal.D1Forms;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which columns of a query its D1 form carries as exact integers (docs/D1-EXACT-INTEGERS.md): D1
 * hands results over as JavaScript numbers, so each column read as an integer comes out of the
 * form (the runtime's {@code D1Forms}) as its decimal text when it holds an integer beyond 2^53 - 1,
 * and one last column lists where that happened in the row ({@code " 2"}), so text that really was
 * there is never taken for an integer, and where such a column holds a REAL ({@code " 2r"}), whose
 * JSON number would otherwise read as an integer when it is whole.
 *
 * <p>A SELECT's form reads it as a CTE through a subquery with {@code OFFSET 0}, which SQLite never
 * flattens: it runs as a co-routine whose rows the wrapper takes as they come, each value computed
 * once (a flattened wrapper would compute each column's expression again for every mention, so a
 * {@code random()} or a costly subquery would run several times). The wrapper has no ORDER BY,
 * join, DISTINCT or aggregate of its own, so the rows keep the query's order; see D1ExactFormTest.
 */
public final class D1ExactForm {
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
     * The columns of {@code sql} read as integers, for its D1 form, checked to prepare on {@code db};
     * null when the query needs none (no column is read as an integer) or cannot have one (neither a
     * SELECT nor a write whose RETURNING names plain columns, see {@link D1Returning}; D1 then
     * refuses the integers it cannot carry).
     */
    public static D1Integers of(
            Connection db, ParsedStatement statement, String sql, List<ResultColumn> columns, RowShape row) {
        SQLiteParser.ReturningClauseContext returning = D1Returning.clause(statement);
        if (row == null
                || statement.tree().selectStmt() == null && returning == null
                || sql.toLowerCase(Locale.ROOT).contains(D1Forms.CTE)) {
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
        D1Integers integers = returning == null
                ? new D1Integers(columns.size(), wrapped, null)
                : D1Returning.integers(returning, columns, wrapped);
        String form = integers == null ? null : integers.sql(sql);
        if (form == null) {
            return null;
        }
        try (PreparedStatement prepared = db.prepareStatement(form)) {
            // the query's columns and the marks: anything else would be read wrongly
            return prepared.getMetaData().getColumnCount() == columns.size() + 1 ? integers : null;
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
}
