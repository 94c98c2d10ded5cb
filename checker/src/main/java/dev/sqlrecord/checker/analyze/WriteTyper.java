package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.analyze.Scope.NamedValue;
import dev.sqlrecord.checker.analyze.Scope.Source;
import dev.sqlrecord.checker.parse.Names;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import dev.sqlrecord.grammar.antlr.SQLiteParser.ExprContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Types INSERT, UPDATE and DELETE: a parameter written into a column takes the column's type (and
 * its enum), nullable where the column is; RETURNING lists type like result columns.
 */
final class WriteTyper {
    private final StatementTyper statements;
    private final ExprTyper exprs;

    WriteTyper(StatementTyper statements, ExprTyper exprs) {
        this.statements = statements;
        this.exprs = exprs;
    }

    List<NamedValue> insert(SQLiteParser.InsertStmtContext insert) {
        statements.with(insert.withClause(), null);
        String tableName = Names.unquote(insert.qualifiedName().object.getText());
        List<NamedValue> columns = statements.table(tableName);
        List<NamedValue> targets = insert.name().isEmpty()
                ? columns
                : insert.name().stream()
                        .map(n -> find(columns, Names.unquote(n.getText())))
                        .toList();
        Scope scope = new Scope(null);
        String alias = insert.alias == null ? tableName : Names.unquote(insert.alias.getText());
        if (insert.valuesClause() != null) {
            for (SQLiteParser.ValuesRowContext row : insert.valuesClause().valuesRow()) {
                assign(targets, row.expr(), scope);
            }
        } else if (insert.selectStmt() != null) {
            statements.select(insert.selectStmt(), null);
            selectValues(insert.selectStmt(), targets);
        }
        scope.add(Source.of(alias, columns, insert.qualifiedName(), statements.baseTable(insert.qualifiedName())));
        // excluded.x is the row proposed for insertion: derived from the statement, not read from the table.
        scope.add(Source.of("excluded", columns, insert, null));
        for (SQLiteParser.UpsertClauseContext upsert : insert.upsertClause()) {
            upsert.indexedColumn().forEach(c -> exprs.type(c.expr(), scope, false));
            upsert.expr().forEach(e -> exprs.type(e, scope, false));
            upsert.setClause().forEach(set -> set(set, columns, scope));
        }
        return returning(insert.returningClause(), scope);
    }

    /** {@code INSERT ... SELECT :a, :b}: each bare parameter takes its target column's type. */
    private void selectValues(SQLiteParser.SelectStmtContext select, List<NamedValue> targets) {
        SQLiteParser.SelectCoreContext core = select.compoundSelect().selectCore(0);
        if (core instanceof SQLiteParser.PlainSelectContext plain) {
            for (int i = 0; i < plain.resultColumn().size() && i < targets.size(); i++) {
                if (plain.resultColumn(i) instanceof SQLiteParser.ExprColumnContext column && targets.get(i) != null) {
                    bindTo(targets.get(i), column.expr());
                }
            }
        }
    }

    List<NamedValue> update(SQLiteParser.UpdateStmtContext update) {
        statements.with(update.withClause(), null);
        String tableName = Names.unquote(update.qualifiedName().object.getText());
        List<NamedValue> columns = statements.table(tableName);
        Scope scope = new Scope(null);
        scope.add(Source.of(
                update.alias == null ? tableName : Names.unquote(update.alias.getText()),
                columns,
                update.qualifiedName(),
                statements.baseTable(update.qualifiedName())));
        if (update.fromClause() != null) {
            statements.from(update.fromClause(), scope);
        }
        update.setClause().forEach(set -> set(set, columns, scope));
        if (update.where != null) {
            exprs.type(update.where, scope, false);
        }
        List<NamedValue> result = returning(update.returningClause(), scope);
        statements.tail(update.orderByClause(), update.limitClause(), scope);
        return result;
    }

    List<NamedValue> delete(SQLiteParser.DeleteStmtContext delete) {
        statements.with(delete.withClause(), null);
        String tableName = Names.unquote(delete.qualifiedName().object.getText());
        Scope scope = new Scope(null);
        scope.add(Source.of(
                delete.alias == null ? tableName : Names.unquote(delete.alias.getText()),
                statements.table(tableName),
                delete.qualifiedName(),
                statements.baseTable(delete.qualifiedName())));
        if (delete.where != null) {
            exprs.type(delete.where, scope, false);
        }
        List<NamedValue> result = returning(delete.returningClause(), scope);
        statements.tail(delete.orderByClause(), delete.limitClause(), scope);
        return result;
    }

    private void set(SQLiteParser.SetClauseContext set, List<NamedValue> columns, Scope scope) {
        List<NamedValue> targets = set.name().stream()
                .map(n -> find(columns, Names.unquote(n.getText())))
                .toList();
        if (targets.size() == 1) {
            bindTo(targets.get(0), set.expr());
        }
        exprs.type(set.expr(), scope, false);
    }

    private void assign(List<NamedValue> targets, List<ExprContext> values, Scope scope) {
        for (int i = 0; i < values.size(); i++) {
            if (i < targets.size() && targets.get(i) != null) {
                bindTo(targets.get(i), values.get(i));
            }
            exprs.type(values.get(i), scope, false);
        }
    }

    /** A parameter written into a column takes its type, and may be null where the column may. */
    private void bindTo(NamedValue column, ExprContext value) {
        if (column == null) {
            return;
        }
        exprs.constrainParam(value, column.type());
        if (column.type().nullable()) {
            exprs.markNullable(value);
        }
    }

    private List<NamedValue> returning(SQLiteParser.ReturningClauseContext returning, Scope scope) {
        if (returning == null) {
            return List.of();
        }
        List<NamedValue> columns = new ArrayList<>();
        for (SQLiteParser.ResultColumnContext column : returning.resultColumn()) {
            if (column instanceof SQLiteParser.ExprColumnContext expr) {
                columns.add(new NamedValue(StatementTyper.columnName(expr), exprs.type(expr.expr(), scope, false)));
            } else {
                columns.addAll(scope.sources().get(0).columns());
            }
        }
        return columns;
    }

    private static NamedValue find(List<NamedValue> columns, String name) {
        return columns.stream()
                .filter(c -> c.name().equalsIgnoreCase(name))
                .findFirst()
                .orElse(null);
    }
}
