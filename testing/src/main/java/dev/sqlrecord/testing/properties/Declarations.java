package dev.sqlrecord.testing.properties;

import dev.sqlrecord.checker.parse.Names;
import dev.sqlrecord.checker.parse.ParsedMigration;
import dev.sqlrecord.checker.parse.ParsedStatement;
import dev.sqlrecord.checker.parse.TextPosition;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Where each table, column and constraint of the final schema was declared: the CREATE TABLE,
 * ALTER TABLE ... ADD or CREATE UNIQUE INDEX that wrote it, followed through renames, rebuilds and
 * drops, so that a property's diagnostic points at the text the user has to change.
 */
final class Declarations {
    /** A span of a migration file. */
    record Place(ParsedMigration file, TextPosition at, int length) {}

    /** A piece of a table's declaration: the statement and the part of its tree. */
    record Part(ParsedMigration file, ParsedStatement statement, ParserRuleContext tree) {
        Place place() {
            return new Place(file, statement.position(tree.getStart()), text().length());
        }

        /** The part's text as the file has it. */
        String text() {
            return file.file()
                    .text()
                    .substring(tree.getStart().getStartIndex(), tree.getStop().getStopIndex() + 1);
        }
    }

    private static final class Table {
        Part create;
        final Map<String, Part> columns = new LinkedHashMap<>();
        final List<Part> constraints = new ArrayList<>();
    }

    private final Map<String, Table> tables = new HashMap<>();
    private final Map<String, Part> uniqueIndexes = new HashMap<>();

    Declarations(List<ParsedMigration> migrations) {
        for (ParsedMigration file : migrations) {
            for (ParsedStatement statement : file.statements()) {
                read(file, statement);
            }
        }
    }

    private void read(ParsedMigration file, ParsedStatement statement) {
        SQLiteParser.StatementContext tree = statement.tree();
        if (tree.createTableStmt() != null && tree.createTableStmt().AS_() == null) {
            SQLiteParser.CreateTableStmtContext create = tree.createTableStmt();
            Table table = new Table();
            table.create = new Part(file, statement, create.qualifiedName());
            for (SQLiteParser.ColumnDefinitionContext column : create.columnDefinition()) {
                table.columns.put(key(column.name().getText()), new Part(file, statement, column));
            }
            create.tableConstraint().forEach(c -> table.constraints.add(new Part(file, statement, c)));
            tables.put(key(create.qualifiedName().object.getText()), table);
        } else if (tree.alterTableStmt() != null) {
            String name = key(tree.alterTableStmt().qualifiedName().object.getText());
            Table table = tables.get(name);
            SQLiteParser.AlterTableActionContext action = tree.alterTableStmt().alterTableAction();
            if (table == null) {
                return;
            }
            if (action instanceof SQLiteParser.RenameTableContext rename) {
                tables.put(key(rename.name().getText()), tables.remove(name));
            } else if (action instanceof SQLiteParser.AddColumnContext add) {
                table.columns.put(
                        key(add.columnDefinition().name().getText()),
                        new Part(file, statement, add.columnDefinition()));
            } else if (action instanceof SQLiteParser.AddCheckContext check) {
                table.constraints.add(new Part(file, statement, check));
            } else if (action instanceof SQLiteParser.RenameColumnContext rename) {
                Part column = table.columns.remove(key(rename.name(0).getText()));
                if (column != null) {
                    table.columns.put(key(rename.name(1).getText()), column);
                }
            } else if (action instanceof SQLiteParser.DropColumnContext drop) {
                table.columns.remove(key(drop.name().getText()));
            }
        } else if (tree.dropStmt() != null && tree.dropStmt().TABLE_() != null) {
            tables.remove(key(tree.dropStmt().qualifiedName().object.getText()));
        } else if (tree.createIndexStmt() != null && tree.createIndexStmt().UNIQUE_() != null) {
            uniqueIndexes.put(
                    key(tree.createIndexStmt().qualifiedName().object.getText()),
                    new Part(file, statement, tree.createIndexStmt()));
        }
    }

    /** The table's name in the statement that created it; null when no migration did (e.g. a virtual table). */
    Place table(String table) {
        Table t = tables.get(key(table));
        return t == null || t.create == null ? null : t.create.place();
    }

    /** The column's definition, else the table's name. */
    Place column(String table, String column) {
        Part part = columnPart(table, column);
        return part == null ? table(table) : part.place();
    }

    /** The first constraint of the column's definition of the given kind (e.g. DefaultConstraintContext), else the column. */
    Place columnConstraint(String table, String column, Class<? extends ParserRuleContext> kind) {
        Part part = columnPart(table, column);
        if (part != null && part.tree() instanceof SQLiteParser.ColumnDefinitionContext def) {
            for (SQLiteParser.ColumnConstraintContext constraint : def.columnConstraint()) {
                if (kind.isInstance(constraint.columnConstraintBody())) {
                    return new Part(part.file(), part.statement(), constraint).place();
                }
            }
        }
        return column(table, column);
    }

    /** Every CHECK of the table (column and table constraints, and those ALTER TABLE added), with its expression. */
    List<Check> checks(String table) {
        List<Check> out = new ArrayList<>();
        Table t = tables.get(key(table));
        if (t == null) {
            return out;
        }
        for (Part column : t.columns.values()) {
            if (column.tree() instanceof SQLiteParser.ColumnDefinitionContext def) {
                for (SQLiteParser.ColumnConstraintContext c : def.columnConstraint()) {
                    if (c.columnConstraintBody() instanceof SQLiteParser.CheckConstraintContext check) {
                        out.add(new Check(
                                new Part(column.file(), column.statement(), c), check.expr(), name(c.name())));
                    }
                }
            }
        }
        for (Part part : t.constraints) {
            if (part.tree() instanceof SQLiteParser.TableConstraintContext c && c.CHECK_() != null) {
                out.add(new Check(part, c.expr(), c.CONSTRAINT_() == null ? null : name(c.name(0))));
            } else if (part.tree() instanceof SQLiteParser.AddCheckContext c) {
                out.add(new Check(part, c.expr(), name(c.name())));
            }
        }
        return out;
    }

    /** A CHECK: where it is, its expression, and its name (null when unnamed). */
    record Check(Part part, SQLiteParser.ExprContext expr, String name) {
        String exprText() {
            return new Part(part.file(), part.statement(), expr).text();
        }

        /** Whether SQLite's {@code CHECK constraint failed: X} names this CHECK (by its name, else its text). */
        boolean named(String failed) {
            return failed.equalsIgnoreCase(name) || squeeze(failed).equals(squeeze(exprText()));
        }

        private static String squeeze(String text) {
            return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The foreign key from {@code columns} of the table: its REFERENCES clause in the column's
     * definition, or the FOREIGN KEY table constraint; else the first column.
     */
    Part foreignKey(String table, List<String> columns) {
        Table t = tables.get(key(table));
        if (t == null) {
            return null;
        }
        for (Part part : t.constraints) {
            if (part.tree() instanceof SQLiteParser.TableConstraintContext c
                    && c.FOREIGN_() != null
                    && c.name().stream()
                            .skip(c.CONSTRAINT_() != null ? 1 : 0)
                            .map(n -> key(n.getText()))
                            .toList()
                            .equals(columns.stream().map(Declarations::key).toList())) {
                return new Part(part.file(), part.statement(), c.foreignKeyClause());
            }
        }
        Part column = columns.size() == 1 ? columnPart(table, columns.get(0)) : null;
        if (column != null && column.tree() instanceof SQLiteParser.ColumnDefinitionContext def) {
            for (SQLiteParser.ColumnConstraintContext c : def.columnConstraint()) {
                if (c.columnConstraintBody() instanceof SQLiteParser.ReferencesConstraintContext ref) {
                    return new Part(column.file(), column.statement(), ref.foreignKeyClause());
                }
            }
        }
        return null;
    }

    /** The {@code ON DELETE ...} (or {@code ON UPDATE ...}) of a REFERENCES clause, else the clause. */
    static Place action(Part clause, String event) {
        if (clause.tree() instanceof SQLiteParser.ForeignKeyClauseContext fk) {
            for (int i = 1; i + 1 < fk.getChildCount(); i++) {
                if (fk.getChild(i).getText().equalsIgnoreCase(event)
                        && fk.getChild(i + 1) instanceof SQLiteParser.ForeignKeyActionContext action) {
                    org.antlr.v4.runtime.Token on =
                            ((org.antlr.v4.runtime.tree.TerminalNode) fk.getChild(i - 1)).getSymbol();
                    int length = action.getStop().getStopIndex() + 1 - on.getStartIndex();
                    return new Place(clause.file(), clause.statement().position(on), length);
                }
            }
        }
        return clause.place();
    }

    /** The unique index's CREATE statement (for a key SQLite names {@code sqlite_autoindex_*}, null). */
    Place uniqueIndex(String index) {
        Part part = uniqueIndexes.get(key(index));
        return part == null ? null : part.place();
    }

    /** The table constraint (PRIMARY KEY or UNIQUE) over exactly these columns, else null. */
    Place keyConstraint(String table, List<String> columns) {
        Table t = tables.get(key(table));
        if (t == null) {
            return null;
        }
        List<String> wanted = columns.stream().map(Declarations::key).toList();
        for (Part part : t.constraints) {
            if (part.tree() instanceof SQLiteParser.TableConstraintContext c
                    && !c.indexedColumn().isEmpty()
                    && c.indexedColumn().stream()
                            .map(i -> key(i.expr().getText()))
                            .toList()
                            .equals(wanted)) {
                return part.place();
            }
        }
        return null;
    }

    private Part columnPart(String table, String column) {
        Table t = tables.get(key(table));
        return t == null ? null : t.columns.get(key(column));
    }

    private static String name(SQLiteParser.NameContext name) {
        return name == null ? null : Names.unquote(name.getText());
    }

    static String key(String name) {
        return Names.unquote(name).toLowerCase(Locale.ROOT);
    }
}
