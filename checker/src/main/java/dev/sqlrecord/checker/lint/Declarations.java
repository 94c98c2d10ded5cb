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
 * judged on the final schema can point at the declaration. Keyed by table and a detail; a later
 * declaration wins, and a renamed table takes its entries along (drizzle-kit rebuilds a table as
 * {@code __new_x}, then renames it to {@code x}).
 */
final class Declarations {
    /** Where one thing was declared: the migration, the statement, the token. */
    record At(ParsedMigration file, ParsedStatement statement, Token token) {}

    /** Reads the declarations of one CREATE TABLE or ALTER TABLE (other than a table rename). */
    interface Reader {
        void create(At statement, String table, SQLiteParser.CreateTableStmtContext create, Declarations out);

        void alter(At statement, String table, SQLiteParser.AlterTableActionContext action, Declarations out);
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
                    reader.create(at, Names.unquote(tree.createTableStmt().qualifiedName().object.getText()),
                            tree.createTableStmt(), out);
                } else if (tree.alterTableStmt() != null) {
                    String table = Names.unquote(tree.alterTableStmt().qualifiedName().object.getText());
                    if (tree.alterTableStmt().alterTableAction() instanceof SQLiteParser.RenameTableContext rename) {
                        out.renameTable(table, Names.unquote(rename.name().getText()));
                    } else {
                        reader.alter(at, table, tree.alterTableStmt().alterTableAction(), out);
                    }
                }
            }
        }
        return out;
    }

    void put(String table, String detail, At at) {
        byKey.put(key(table, detail), at);
    }

    At get(String table, String detail) {
        return byKey.get(key(table, detail));
    }

    At remove(String table, String detail) {
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
