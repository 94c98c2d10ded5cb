package dev.sqlrecord.checker.lint;

import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.checker.model.SchemaModel.Column;
import dev.sqlrecord.checker.model.SchemaModel.Table;
import dev.sqlrecord.checker.model.SqlType;
import dev.sqlrecord.checker.parse.Names;
import dev.sqlrecord.checker.parse.ParsedStatement;
import dev.sqlrecord.checker.parse.SourceFile;
import dev.sqlrecord.checker.parse.TextPosition;
import dev.sqlrecord.grammar.ParsedSql;
import dev.sqlrecord.grammar.SqlSyntax;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;

/**
 * {@code inexact-decimal}: a NUMERIC or DECIMAL column (any declared type with NUMERIC affinity that
 * Java reads as a BigDecimal) stores numbers, not text: SQLite turns a decimal into a 64-bit INTEGER
 * when it is whole and into a REAL, a double, otherwise. So it holds exactly the whole numbers of 64
 * bits and the decimals of at most 15 significant digits, and not the scale (12.50 comes back 12.5);
 * the runtime refuses a BigDecimal the column would change. Judged on the final schema, reported at
 * the type of the column's definition.
 */
final class DecimalColumnLint {
    private DecimalColumnLint() {}

    static void check(SchemaModel schema, java.util.List<SourceFile> migrations, ForeignKeyLint.MigrationSink sink) {
        Map<String, ForeignKeyLint.Declaration> declared = declarations(migrations);
        for (Table table : schema.tables()) {
            if (table.view()) {
                continue;
            }
            for (Column column : table.columns()) {
                if (column.hidden() || SqlType.fromDeclared(column.declaredType()) != SqlType.NUMERIC) {
                    continue;
                }
                sink.report(declared.get(key(table.name(), column.name())), "column " + table.name() + "."
                        + column.name() + " is declared " + column.declaredType() + ", which SQLite stores as a number"
                        + " (an INTEGER when whole, else a REAL): it holds exactly only 64-bit whole numbers and"
                        + " decimals of at most 15 significant digits, and not their scale (12.50 reads back 12.5);"
                        + " the runtime refuses a BigDecimal it would change. For exact decimals declare it TEXT (a"
                        + " String) or store an INTEGER of the smallest unit (cents)");
            }
        }
    }

    /** Where each column was defined, by table and column; a later definition wins. */
    private static Map<String, ForeignKeyLint.Declaration> declarations(java.util.List<SourceFile> migrations) {
        Map<String, ForeignKeyLint.Declaration> out = new HashMap<>();
        for (SourceFile file : migrations) {
            ParsedSql parsed = SqlSyntax.parse(file.text());
            for (ParsedStatement statement : ParsedStatement.split(parsed, file.text(), new TextPosition(1, 1))) {
                SQLiteParser.StatementContext tree = statement.tree();
                if (tree.createTableStmt() != null) {
                    String table = Names.unquote(tree.createTableStmt().qualifiedName().object.getText());
                    for (SQLiteParser.ColumnDefinitionContext column : tree.createTableStmt().columnDefinition()) {
                        define(file, statement, table, column, out);
                    }
                } else if (tree.alterTableStmt() != null) {
                    alter(file, statement, tree.alterTableStmt(), out);
                }
            }
        }
        return out;
    }

    private static void alter(SourceFile file, ParsedStatement statement, SQLiteParser.AlterTableStmtContext alter,
            Map<String, ForeignKeyLint.Declaration> out) {
        String table = Names.unquote(alter.qualifiedName().object.getText());
        if (alter.alterTableAction() instanceof SQLiteParser.AddColumnContext add) {
            define(file, statement, table, add.columnDefinition(), out);
        } else if (alter.alterTableAction() instanceof SQLiteParser.RenameTableContext rename) {
            // a rebuilt table (CREATE __new_x, copy, RENAME TO x) keeps its column definitions
            String prefix = table.toLowerCase(Locale.ROOT) + "|";
            String to = Names.unquote(rename.name().getText()).toLowerCase(Locale.ROOT);
            for (String k : new HashSet<>(out.keySet())) {
                if (k.startsWith(prefix)) {
                    out.put(to + "|" + k.substring(prefix.length()), out.remove(k));
                }
            }
        } else if (alter.alterTableAction() instanceof SQLiteParser.RenameColumnContext rename) {
            ForeignKeyLint.Declaration at = out.remove(key(table, Names.unquote(rename.name(0).getText())));
            if (at != null) {
                out.put(key(table, Names.unquote(rename.name(1).getText())), at);
            }
        }
    }

    private static void define(SourceFile file, ParsedStatement statement, String table,
            SQLiteParser.ColumnDefinitionContext column, Map<String, ForeignKeyLint.Declaration> out) {
        if (column.typeName() != null) {
            out.put(key(table, Names.unquote(column.name().getText())),
                    new ForeignKeyLint.Declaration(file, statement, column.typeName().getStart()));
        }
    }

    private static String key(String table, String column) {
        return table.toLowerCase(Locale.ROOT) + "|" + column.toLowerCase(Locale.ROOT);
    }
}
