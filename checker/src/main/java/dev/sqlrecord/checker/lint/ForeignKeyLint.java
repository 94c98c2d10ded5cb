package dev.sqlrecord.checker.lint;

import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.checker.model.SchemaModel.ForeignKey;
import dev.sqlrecord.checker.model.SchemaModel.Index;
import dev.sqlrecord.checker.model.SchemaModel.Table;
import dev.sqlrecord.checker.parse.Names;
import dev.sqlrecord.checker.parse.ParsedMigration;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code unindexed-foreign-key}: SQLite does not index a foreign key's columns by itself, so each
 * delete or key update in the parent table scans the child table to enforce the key
 * (https://www.sqlite.org/foreignkeys.html#fk_indexes). Judged on the final schema, reported at the
 * REFERENCES or FOREIGN KEY of the migration that declared the key.
 */
final class ForeignKeyLint {
    /** Reports a finding at its declaration, or without a position where none was found. */
    interface MigrationSink {
        void report(Declarations.At at, String message);
    }

    private ForeignKeyLint() {}

    static void check(SchemaModel schema, List<ParsedMigration> migrations, LintSettings settings, MigrationSink sink) {
        Declarations declared = declarations(migrations);
        for (Table table : schema.tables()) {
            if (table.view() || settings.isSmall(table.name())) {
                continue;
            }
            for (ForeignKey fk : table.foreignKeys()) {
                if (indexed(table, fk.columns())) {
                    continue;
                }
                Declarations.At at = declared.get(table.name(), key(fk.columns()));
                String columns = String.join(", ", fk.columns());
                sink.report(
                        at,
                        "foreign key " + table.name() + " (" + columns + ") -> " + fk.table() + " has no index"
                                + " that starts with its columns, so every delete from " + fk.table()
                                + " (and every join from it)"
                                + " reads all of " + table.name() + "; "
                                + PlanLints.createIndex(table.name(), fk.columns()));
            }
        }
    }

    /** Whether some index (or the rowid) lets SQLite find the rows with given values of {@code columns}. */
    private static boolean indexed(Table table, List<String> columns) {
        Set<String> wanted = lower(columns);
        // The rowid has no index: the table is stored by it. Every other primary key has one.
        if (columns.size() == 1 && table.isRowid(columns.get(0))) {
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
    private static Declarations declarations(List<ParsedMigration> migrations) {
        return Declarations.read(migrations, new Declarations.Reader() {
            @Override
            public void column(
                    Declarations.At at,
                    String table,
                    SQLiteParser.ColumnDefinitionContext definition,
                    Declarations out) {
                String column = Names.unquote(definition.name().getText());
                for (SQLiteParser.ColumnConstraintContext constraint : definition.columnConstraint()) {
                    if (constraint.columnConstraintBody() instanceof SQLiteParser.ReferencesConstraintContext ref) {
                        out.put(
                                table,
                                key(List.of(column)),
                                new Declarations.At(
                                        at.file(),
                                        at.statement(),
                                        ref.foreignKeyClause().REFERENCES_().getSymbol()));
                    }
                }
            }

            @Override
            public void constraint(
                    Declarations.At at,
                    String table,
                    SQLiteParser.TableConstraintContext constraint,
                    Declarations out) {
                if (constraint.FOREIGN_() != null) {
                    List<String> columns = constraint.name().stream()
                            .map(n -> Names.unquote(n.getText()))
                            .skip(constraint.CONSTRAINT_() == null ? 0 : 1)
                            .toList();
                    out.put(
                            table,
                            key(columns),
                            new Declarations.At(
                                    at.file(),
                                    at.statement(),
                                    constraint.FOREIGN_().getSymbol()));
                }
            }
        });
    }

    private static String key(List<String> columns) {
        return String.join(",", lower(columns).stream().sorted().toList());
    }

    private static Set<String> lower(List<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
        return out;
    }
}
