package dev.sqlrecord.checker.schema;

import dev.sqlrecord.checker.parse.Names;
import dev.sqlrecord.grammar.ParsedSql;
import dev.sqlrecord.grammar.SqlSyntax;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Finds {@code CHECK (col IN ('a', 'b'))} constraints: the columns that hold one of a fixed set of strings. */
final class CheckConstraints {
    private CheckConstraints() {}

    /** Allowed values by lower-cased column name, read from a table's CREATE TABLE statement. */
    static Map<String, List<String>> enumValues(String createTable) {
        Map<String, List<String>> out = new HashMap<>();
        if (createTable == null) {
            return out;
        }
        ParsedSql parsed = SqlSyntax.parse(createTable);
        if (parsed.hasErrors() || parsed.tree().statementList().statement().isEmpty()) {
            return out;
        }
        SQLiteParser.CreateTableStmtContext table = parsed.tree().statementList().statement(0).createTableStmt();
        if (table == null) {
            return out;
        }
        for (SQLiteParser.ColumnDefinitionContext column : table.columnDefinition()) {
            for (SQLiteParser.ColumnConstraintContext constraint : column.columnConstraint()) {
                if (constraint.columnConstraintBody() instanceof SQLiteParser.CheckConstraintContext check) {
                    collect(check.expr(), out);
                }
            }
        }
        for (SQLiteParser.TableConstraintContext constraint : table.tableConstraint()) {
            if (constraint.CHECK_() != null) {
                collect(constraint.expr(), out);
            }
        }
        return out;
    }

    private static void collect(SQLiteParser.ExprContext expr, Map<String, List<String>> out) {
        if (!(expr instanceof SQLiteParser.InExprContext in) || in.NOT_() != null
                || !(in.expr() instanceof SQLiteParser.ColumnExprContext column)
                || !(in.inTarget() instanceof SQLiteParser.InListContext list) || list.expr().isEmpty()) {
            return;
        }
        List<String> values = new ArrayList<>();
        for (SQLiteParser.ExprContext item : list.expr()) {
            if (!(item instanceof SQLiteParser.LiteralExprContext literal)
                    || literal.literalValue().STRING_LITERAL() == null) {
                return;
            }
            values.add(Names.unquote(literal.getText()));
        }
        out.put(Names.unquote(column.columnRef().column.getText()).toLowerCase(Locale.ROOT), List.copyOf(values));
    }
}
