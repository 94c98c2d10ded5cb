package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.model.QueryModel.ResultColumn;
import dev.sqlrecord.checker.parse.ParsedStatement;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import dev.sqlrecord.runtime.internal.SqlLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The D1 form of a write with RETURNING ({@link D1ExactForm}): a write cannot be wrapped in a CTE,
 * so its RETURNING list is written anew, each column by its name, as the SELECT wrapper writes
 * its columns. Only where every item is a plain column or {@code *} (each result column then comes
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

    /** {@code sql} with its RETURNING list written anew; null when it cannot be. */
    static String form(
            SQLiteParser.ReturningClauseContext returning,
            String sql,
            List<ResultColumn> columns,
            List<Integer> wrapped) {
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
            names.add("\"" + column.column().replace("\"", "\"\"") + "\"");
        }
        int at = lastReturning(sql);
        return at < 0 ? null : sql.substring(0, at) + "RETURNING " + D1ExactForm.resultList(names, wrapped);
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
