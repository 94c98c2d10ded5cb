package dev.sqlrecord.checker.lint;

import dev.sqlrecord.checker.parse.Names;
import dev.sqlrecord.checker.parse.ParsedMigration;
import dev.sqlrecord.checker.parse.ParsedStatement;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.Token;

/**
 * Where the migrations declared something of a table (a column, a foreign key), so that a lint
 * judged on the final schema can point at the declaration. Keyed by table and a detail (a column
 * name, or a key's columns); a later declaration wins, and a renamed table or column takes its
 * entries along (drizzle-kit rebuilds a table as {@code __new_x}, then renames it to {@code x}).
 */
final class Declarations {
    /** Where one thing was declared: the migration, the statement, the token. */
    record At(ParsedMigration file, ParsedStatement statement, Token token) {}

    /** Reads the declarations of each column definition (CREATE TABLE, ADD COLUMN) and table constraint. */
    interface Reader {
        void column(At statement, String table, SQLiteParser.ColumnDefinitionContext column, Declarations out);

        default void constraint(
                At statement, String table, SQLiteParser.TableConstraintContext constraint, Declarations out) {}
    }

    private final Map<String, At> byKey = new HashMap<>();

    private Declarations() {}

    static Declarations read(Iterable<ParsedMigration> migrations, Reader reader) {
        Declarations out = new Declarations();
        for (ParsedMigration file : migrations) {
            for (ParsedStatement statement : file.statements()) {
                SQLiteParser.StatementContext tree = statement.tree();
                At at = new At(file, statement, tree.getStart());
                if (tree.createTableStmt() != null) {
                    SQLiteParser.CreateTableStmtContext create = tree.createTableStmt();
                    String table = Names.unquote(create.qualifiedName().object.getText());
                    create.columnDefinition().forEach(column -> reader.column(at, table, column, out));
                    create.tableConstraint().forEach(constraint -> reader.constraint(at, table, constraint, out));
                } else if (tree.alterTableStmt() != null) {
                    out.alter(at, tree.alterTableStmt(), reader);
                }
            }
        }
        return out;
    }

    /** ADD COLUMN declares; a renamed table or column takes its entries along. */
    private void alter(At at, SQLiteParser.AlterTableStmtContext alter, Reader reader) {
        String table = Names.unquote(alter.qualifiedName().object.getText());
        if (alter.alterTableAction() instanceof SQLiteParser.AddColumnContext add) {
            reader.column(at, table, add.columnDefinition(), this);
        } else if (alter.alterTableAction() instanceof SQLiteParser.RenameTableContext rename) {
            renameTable(table, Names.unquote(rename.name().getText()));
        } else if (alter.alterTableAction() instanceof SQLiteParser.RenameColumnContext rename) {
            At defined = remove(table, Names.unquote(rename.name(0).getText()));
            if (defined != null) {
                put(table, Names.unquote(rename.name(1).getText()), defined);
            }
        }
    }

    void put(String table, String detail, At at) {
        byKey.put(key(table, detail), at);
    }

    At get(String table, String detail) {
        return byKey.get(key(table, detail));
    }

    private At remove(String table, String detail) {
        return byKey.remove(key(table, detail));
    }

    private void renameTable(String from, String to) {
        String prefix = from.toLowerCase(Locale.ROOT) + "|";
        String renamed = to.toLowerCase(Locale.ROOT) + "|";
        for (String k : new HashSet<>(byKey.keySet())) {
            if (k.startsWith(prefix)) {
                byKey.put(renamed + k.substring(prefix.length()), byKey.remove(k));
            }
        }
    }

    private static String key(String table, String detail) {
        return table.toLowerCase(Locale.ROOT) + "|" + detail.toLowerCase(Locale.ROOT);
    }
}
