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
 * (col IN ('a', 'b'))} constraints, descending integer keys, column collations and WITHOUT ROWID.
 * The statement is parsed once ({@link #createTable}) and each reading takes the tree.
 */
public final class CheckConstraints {
    private CheckConstraints() {}

    /** Allowed values by lower-cased column name, read from a table's CREATE TABLE statement. */
    static Map<String, List<String>> enumValues(SQLiteParser.CreateTableStmtContext table) {
        Map<String, List<String>> out = new HashMap<>();
        checks(table).forEach(check -> collect(check, out));
        return out;
    }

    /** The expression of every CHECK of the table, its columns' and its own; none when it is unread. */
    public static List<SQLiteParser.ExprContext> checks(SQLiteParser.CreateTableStmtContext table) {
        List<SQLiteParser.ExprContext> out = new ArrayList<>();
        if (table == null) {
            return out;
        }
        for (SQLiteParser.ColumnDefinitionContext column : table.columnDefinition()) {
            for (SQLiteParser.ColumnConstraintContext constraint : column.columnConstraint()) {
                if (constraint.columnConstraintBody() instanceof SQLiteParser.CheckConstraintContext check) {
                    out.add(check.expr());
                }
            }
        }
        for (SQLiteParser.TableConstraintContext constraint : table.tableConstraint()) {
            if (constraint.CHECK_() != null) {
                out.add(constraint.expr());
            }
        }
        return out;
    }

    /**
     * Lower-cased names of columns declared {@code INTEGER PRIMARY KEY DESC}: the one spelling of an
     * integer key that is not a rowid alias, and so may hold NULL
     * (https://www.sqlite.org/lang_createtable.html#rowid).
     */
    static java.util.Set<String> descendingKeyColumns(SQLiteParser.CreateTableStmtContext table) {
        java.util.Set<String> out = new java.util.HashSet<>();
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
    static Map<String, String> collations(SQLiteParser.CreateTableStmtContext table) {
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

    /** Whether the table is declared WITHOUT ROWID; false when unread, which keeps every key column nullable. */
    static boolean withoutRowid(SQLiteParser.CreateTableStmtContext table) {
        return table != null && table.tableOption().stream().anyMatch(o -> o.WITHOUT_() != null);
    }

    /** The statement parsed once, for all the readings above; null when it is no CREATE TABLE the grammar reads. */
    public static SQLiteParser.CreateTableStmtContext createTable(String sql) {
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
        if (!(expr instanceof SQLiteParser.InExprContext in)
                || in.NOT_() != null
                || !(in.expr() instanceof SQLiteParser.ColumnExprContext column)
                || !(in.inTarget() instanceof SQLiteParser.InListContext list)
                || list.expr().isEmpty()) {
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
