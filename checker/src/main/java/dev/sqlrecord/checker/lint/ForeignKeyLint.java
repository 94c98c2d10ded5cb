package dev.sqlrecord.checker.lint;

import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.checker.model.SchemaModel.Column;
import dev.sqlrecord.checker.model.SchemaModel.ForeignKey;
import dev.sqlrecord.checker.model.SchemaModel.Index;
import dev.sqlrecord.checker.model.SchemaModel.Table;
import dev.sqlrecord.checker.parse.Names;
import dev.sqlrecord.checker.parse.ParsedStatement;
import dev.sqlrecord.checker.parse.SourceFile;
import dev.sqlrecord.checker.parse.TextPosition;
import dev.sqlrecord.grammar.ParsedSql;
import dev.sqlrecord.grammar.SqlSyntax;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * {@code unindexed-foreign-key}: SQLite does not index a foreign key's columns by itself, so each
 * delete or key update in the parent table scans the child table to enforce the key
 * (https://www.sqlite.org/foreignkeys.html#fk_indexes). Judged on the final schema, reported at the
 * REFERENCES or FOREIGN KEY of the migration that declared the key.
 */
final class ForeignKeyLint {
    /** Where a key was declared: the migration, the statement, the token. */
    record Declaration(SourceFile file, ParsedStatement statement, Token token) {}

    interface MigrationSink {
        void report(Declaration at, String message);
    }

    private ForeignKeyLint() {}

    static void check(SchemaModel schema, List<SourceFile> migrations, LintSettings settings, MigrationSink sink) {
        Map<String, Declaration> declared = declarations(migrations);
        for (Table table : schema.tables()) {
            if (table.view() || settings.isSmall(table.name())) {
                continue;
            }
            for (ForeignKey fk : table.foreignKeys()) {
                if (indexed(table, fk.columns())) {
                    continue;
                }
                Declaration at = declared.get(key(table.name(), fk.columns()));
                String columns = String.join(", ", fk.columns());
                sink.report(at, "foreign key " + table.name() + " (" + columns + ") -> " + fk.table() + " has no index"
                        + " that starts with its columns, so every delete from " + fk.table() + " (and every join from it)"
                        + " reads all of " + table.name() + "; " + PlanLints.createIndex(table.name(), fk.columns()));
            }
        }
    }

    /** Whether some index (or the rowid) lets SQLite find the rows with given values of {@code columns}. */
    private static boolean indexed(Table table, List<String> columns) {
        Set<String> wanted = lower(columns);
        List<Column> key = table.columns().stream().filter(Column::primaryKey).toList();
        // An INTEGER PRIMARY KEY is the rowid itself (https://www.sqlite.org/lang_createtable.html#rowid).
        if (key.size() == 1 && wanted.equals(Set.of(key.get(0).name().toLowerCase(Locale.ROOT)))) {
            return true;
        }
        for (Index index : table.indexes()) {
            if (index.columns().size() >= columns.size()
                    && lower(index.columns().subList(0, columns.size())).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** Every foreign key the migrations declare, by table and columns; a later declaration wins. */
    private static Map<String, Declaration> declarations(List<SourceFile> migrations) {
        Map<String, Declaration> out = new HashMap<>();
        for (SourceFile file : migrations) {
            ParsedSql parsed = SqlSyntax.parse(file.text());
            for (ParsedStatement statement : ParsedStatement.split(parsed, file.text(), new TextPosition(1, 1))) {
                SQLiteParser.StatementContext tree = statement.tree();
                if (tree.createTableStmt() != null) {
                    createTable(file, statement, tree.createTableStmt(), out);
                } else if (tree.alterTableStmt() != null) {
                    alterTable(file, statement, tree.alterTableStmt(), out);
                }
            }
        }
        return out;
    }

    private static void createTable(SourceFile file, ParsedStatement statement, SQLiteParser.CreateTableStmtContext create,
            Map<String, Declaration> out) {
        String table = Names.unquote(create.qualifiedName().object.getText());
        for (SQLiteParser.ColumnDefinitionContext column : create.columnDefinition()) {
            reference(file, statement, table, Names.unquote(column.name().getText()), column, out);
        }
        for (SQLiteParser.TableConstraintContext constraint : create.tableConstraint()) {
            if (constraint.FOREIGN_() != null) {
                List<String> columns = constraint.name().stream().map(n -> Names.unquote(n.getText()))
                        .skip(constraint.CONSTRAINT_() == null ? 0 : 1).toList();
                out.put(key(table, columns), new Declaration(file, statement, constraint.FOREIGN_().getSymbol()));
            }
        }
    }

    private static void alterTable(SourceFile file, ParsedStatement statement, SQLiteParser.AlterTableStmtContext alter,
            Map<String, Declaration> out) {
        String table = Names.unquote(alter.qualifiedName().object.getText());
        if (alter.alterTableAction() instanceof SQLiteParser.AddColumnContext add) {
            SQLiteParser.ColumnDefinitionContext column = add.columnDefinition();
            reference(file, statement, table, Names.unquote(column.name().getText()), column, out);
        } else if (alter.alterTableAction() instanceof SQLiteParser.RenameTableContext rename) {
            // drizzle-kit rebuilds a table as __new_x, then renames it to x: its keys move with it.
            String prefix = table.toLowerCase(Locale.ROOT) + "|";
            String to = Names.unquote(rename.name().getText()).toLowerCase(Locale.ROOT);
            for (String k : new HashSet<>(out.keySet())) {
                if (k.startsWith(prefix)) {
                    out.put(to + "|" + k.substring(prefix.length()), out.remove(k));
                }
            }
        }
    }

    private static void reference(SourceFile file, ParsedStatement statement, String table, String column,
            SQLiteParser.ColumnDefinitionContext definition, Map<String, Declaration> out) {
        for (SQLiteParser.ColumnConstraintContext constraint : definition.columnConstraint()) {
            if (constraint.columnConstraintBody() instanceof SQLiteParser.ReferencesConstraintContext references) {
                out.put(key(table, List.of(column)),
                        new Declaration(file, statement, references.foreignKeyClause().REFERENCES_().getSymbol()));
            }
        }
    }

    private static String key(String table, List<String> columns) {
        return table.toLowerCase(Locale.ROOT) + "|" + String.join(",", lower(columns).stream().sorted().toList());
    }

    private static Set<String> lower(List<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
        return out;
    }
}
