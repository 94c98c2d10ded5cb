package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.model.D1Integers;
import dev.sqlrecord.checker.model.QueryModel.ResultColumn;
import dev.sqlrecord.checker.parse.ParsedStatement;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.util.ArrayList;
import java.util.List;

/**
 * The D1 form of a write with RETURNING ({@link D1ExactForm}): a write cannot be wrapped in a CTE,
 * so its RETURNING list is written anew (by the runtime's {@code D1Forms}), each column by its name,
 * as the SELECT wrapper writes its columns. Only where every item is a plain column or {@code *} (each result column then comes
 * from the written table, and naming it several times reads the same stored value); a RETURNING
 * of expressions keeps its plain form (docs/D1-EXACT-INTEGERS.md).
 */
final class D1Returning {
    private D1Returning() {}

    /** The statement's RETURNING clause, or null when it is not a write with one. */
    static SQLiteParser.ReturningClauseContext clause(ParsedStatement statement) {
        SQLiteParser.StatementContext tree = statement.tree();
        if (tree.insertStmt() != null) {
            return tree.insertStmt().returningClause();
        }
        if (tree.updateStmt() != null) {
            return tree.updateStmt().returningClause();
        }
        return tree.deleteStmt() == null ? null : tree.deleteStmt().returningClause();
    }

    /** The RETURNING columns' names with the integers among them; null when the list cannot be written anew. */
    static D1Integers integers(
            SQLiteParser.ReturningClauseContext returning, List<ResultColumn> columns, List<Integer> wrapped) {
        for (SQLiteParser.ResultColumnContext item : returning.resultColumn()) {
            boolean plain = item instanceof SQLiteParser.AllColumnsContext
                    || item instanceof SQLiteParser.TableAllColumnsContext
                    || item instanceof SQLiteParser.ExprColumnContext column
                            && column.expr() instanceof SQLiteParser.ColumnExprContext;
            if (!plain) {
                return null;
            }
        }
        List<String> names = new ArrayList<>();
        for (ResultColumn column : columns) {
            if (column.column() == null) {
                return null;
            }
            names.add(column.column());
        }
        return new D1Integers(columns.size(), wrapped, names);
    }
}
