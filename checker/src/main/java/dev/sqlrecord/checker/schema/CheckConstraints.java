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

/**
 * Facts SQLite's pragmas do not report, read from a table's CREATE TABLE statement: {@code CHECK
 * (col IN ('a', 'b'))} constraints, descending integer keys and column collations.
 */
final class CheckConstraints {
    private CheckConstraints() {}

    /** Allowed values by lower-cased column name, read from a table's CREATE TABLE statement. */
    static Map<String, List<String>> enumValues(String createTable) {
        Map<String, List<String>> out = new HashMap<>();
        SQLiteParser.CreateTableStmtContext table = createTable(createTable);
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

    /**
     * Lower-cased names of columns declared {@code INTEGER PRIMARY KEY DESC}: the one spelling of an
     * integer key that is not a rowid alias, and so may hold NULL
     * (https://www.sqlite.org/lang_createtable.html#rowid).
     */
    static java.util.Set<String> descendingKeyColumns(String createTable) {
        java.util.Set<String> out = new java.util.HashSet<>();
        SQLiteParser.CreateTableStmtContext table = createTable(createTable);
        if (table == null) {
            return out;
        }
        for (SQLiteParser.ColumnDefinitionContext column : table.columnDefinition()) {
            for (SQLiteParser.ColumnConstraintContext constraint : column.columnConstraint()) {
                if (constraint.columnConstraintBody() instanceof SQLiteParser.PrimaryKeyConstraintContext key
                        && key.DESC_() != null) {
                    out.add(Names.unquote(column.name().getText()).toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /**
     * The collation {@code =} uses on each column (https://www.sqlite.org/datatype3.html#collation):
     * its last {@code COLLATE}, else BINARY; upper-cased, by lower-cased column name. Null when the
     * statement cannot be read, so that no caller mistakes an unknown collation for BINARY.
     */
    static Map<String, String> collations(String createTable) {
        SQLiteParser.CreateTableStmtContext table = createTable(createTable);
        if (table == null) {
            return null;
        }
        Map<String, String> out = new HashMap<>();
        for (SQLiteParser.ColumnDefinitionContext column : table.columnDefinition()) {
            String collation = "BINARY";
            for (SQLiteParser.ColumnConstraintContext constraint : column.columnConstraint()) {
                if (constraint.columnConstraintBody() instanceof SQLiteParser.CollateConstraintContext collate) {
                    collation = Names.unquote(collate.collationName().getText()).toUpperCase(Locale.ROOT);
                }
            }
            out.put(Names.unquote(column.name().getText()).toLowerCase(Locale.ROOT), collation);
        }
        return out;
    }

    private static SQLiteParser.CreateTableStmtContext createTable(String sql) {
        if (sql == null) {
            return null;
        }
        ParsedSql parsed = SqlSyntax.parse(sql);
        if (parsed.hasErrors() || parsed.tree().statementList().statement().isEmpty()) {
            return null;
        }
        return parsed.tree().statementList().statement(0).createTableStmt();
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
