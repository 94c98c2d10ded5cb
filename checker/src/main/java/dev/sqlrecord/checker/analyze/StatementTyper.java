package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.analyze.Scope.NamedValue;
import dev.sqlrecord.checker.analyze.Scope.Source;
import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.checker.model.SqlType;
import dev.sqlrecord.checker.parse.Names;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import dev.sqlrecord.grammar.antlr.SQLiteParser.ExprContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Types the result columns of a statement and, on the way, every parameter in it: SELECT cores,
 * compounds, CTEs and VALUES here; FROM items through {@link FromClauses}, names through {@link
 * Relations}, writes through {@link WriteTyper} and expressions through {@link ExprTyper}.
 */
final class StatementTyper {
    /** Passes over a recursive CTE before its column types must have settled (one per column is plenty). */
    private static final int RECURSION_ROUNDS = 8;

    private final ExprTyper exprs;
    private final WriteTyper writes;
    private final Relations relations;
    private final FromClauses froms;
    private final ConstantExpressions constants;
    private final JsonShapes shapes;

    StatementTyper(
            SchemaModel schema,
            Map<String, String> viewSql,
            Params params,
            Resolutions resolutions,
            ConstantExpressions constants) {
        this.constants = constants;
        this.relations = new Relations(schema, viewSql, resolutions, constants);
        this.exprs = new ExprTyper(this, params);
        this.writes = new WriteTyper(this, exprs);
        this.froms = new FromClauses(this, exprs, relations);
        this.shapes = new JsonShapes(exprs);
    }

    /** The result columns built in JSON that this typer met, and what it found wrong with them. */
    JsonShapes shapes() {
        return shapes;
    }

    /** The result columns of any statement (empty when it returns none). */
    List<NamedValue> statement(SQLiteParser.StatementContext statement) {
        if (statement.selectStmt() != null) {
            return select(statement.selectStmt(), null);
        }
        if (statement.insertStmt() != null) {
            return writes.insert(statement.insertStmt());
        }
        if (statement.updateStmt() != null) {
            return writes.update(statement.updateStmt());
        }
        if (statement.deleteStmt() != null) {
            return writes.delete(statement.deleteStmt());
        }
        return List.of();
    }

    List<NamedValue> select(SQLiteParser.SelectStmtContext select, Scope parent) {
        with(select.withClause(), parent);
        List<SQLiteParser.SelectCoreContext> cores = select.compoundSelect().selectCore();
        Scope orderScope = new Scope(parent);
        List<NamedValue> result = null;
        for (int i = 0; i < cores.size(); i++) {
            List<NamedValue> columns = core(cores.get(i), parent, orderScope, cores.size() == 1);
            SQLiteParser.CompoundOperatorContext op =
                    i == 0 ? null : select.compoundSelect().compoundOperator(i - 1);
            // EXCEPT returns rows of its left side only; INTERSECT rows that both sides have.
            result = op == null
                    ? columns
                    : op.EXCEPT_() != null
                            ? result
                            : op.INTERSECT_() != null
                                    ? CompoundColumns.intersect(result, columns)
                                    : CompoundColumns.union(result, columns);
        }
        // ORDER BY may name result columns as well as FROM columns.
        orderScope.add(Source.of("", result, null, null));
        if (select.orderByClause() != null) {
            select.orderByClause().orderingTerm().forEach(t -> exprs.type(t.expr(), orderScope, true));
        }
        limit(select.limitClause(), orderScope);
        return result;
    }

    void with(SQLiteParser.WithClauseContext with, Scope parent) {
        if (with == null) {
            return;
        }
        for (SQLiteParser.CommonTableExpressionContext cte : with.commonTableExpression()) {
            String name = Names.unquote(cte.name(0).getText()).toLowerCase(Locale.ROOT);
            SQLiteParser.SelectStmtContext body = cte.selectStmt();
            // A recursive CTE reads itself: type its first (non-recursive) part, then the whole until
            // nothing changes, as a NULL may take several steps to reach a column (r(a, b): b, NULL).
            SQLiteParser.SelectCoreContext first = body.compoundSelect().selectCore(0);
            List<NamedValue> columns = rename(core(first, parent, new Scope(parent), false), cte);
            List<NamedValue> previous = null;
            for (int round = 0; !columns.equals(previous); round++) {
                previous = columns;
                relations.cte(name, columns);
                columns = rename(select(body, parent), cte);
                if (round == RECURSION_ROUNDS) {
                    // Types that swap between columns may never settle: give up soundly.
                    columns = columns.stream()
                            .map(c -> new NamedValue(c.name(), ValueType.NULL))
                            .toList();
                    relations.cte(name, columns);
                    break;
                }
            }
        }
    }

    private static List<NamedValue> rename(List<NamedValue> columns, SQLiteParser.CommonTableExpressionContext cte) {
        if (cte.name().size() <= 1) {
            return columns;
        }
        List<NamedValue> renamed = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String name = i + 1 < cte.name().size()
                    ? Names.unquote(cte.name(i + 1).getText())
                    : columns.get(i).name();
            renamed.add(new NamedValue(name, columns.get(i).type()));
        }
        return renamed;
    }

    private List<NamedValue> core(SQLiteParser.SelectCoreContext core, Scope parent, Scope orderScope, boolean only) {
        if (core instanceof SQLiteParser.ValuesSelectContext values) {
            return values(values.valuesClause(), parent);
        }
        SQLiteParser.PlainSelectContext plain = (SQLiteParser.PlainSelectContext) core;
        Scope scope = new Scope(parent);
        if (plain.fromClause() != null) {
            from(plain.fromClause(), scope);
        }
        boolean grouped = !plain.groupBy.isEmpty();
        if (plain.where != null) {
            exprs.type(plain.where, scope, grouped);
            NotNullFilters.narrow(plain.where, scope);
        }
        plain.groupBy.forEach(g -> exprs.type(g, scope, true));
        if (plain.having != null) {
            exprs.type(plain.having, scope, true);
        }
        if (only) {
            scope.sources().forEach(orderScope::add);
        }
        // An aggregate of JSON objects reads each row's values as they are: over no row it is '[]'.
        Map<SQLiteParser.ResultColumnContext, JsonShapes.JsonShape> aggregated = new HashMap<>();
        for (SQLiteParser.ResultColumnContext column : plain.resultColumn()) {
            if (column instanceof SQLiteParser.ExprColumnContext expr && JsonShapes.aggregatesObjects(expr.expr())) {
                aggregated.put(column, shapes.column(expr.expr(), scope, grouped));
            }
        }
        if (Aggregates.withoutGroupBy(plain)) {
            // 'SELECT email, count(*) FROM users' on an empty table gives one row: (NULL, 0).
            scope.makeAllOptional();
        }
        List<NamedValue> columns = new ArrayList<>();
        for (SQLiteParser.ResultColumnContext column : plain.resultColumn()) {
            if (column instanceof SQLiteParser.AllColumnsContext) {
                for (Source source : scope.sources()) {
                    source.columns().stream()
                            .filter(c ->
                                    !source.usingColumns().contains(c.name().toLowerCase(Locale.ROOT)))
                            .forEach(c -> columns.add(nullableIf(c, source.optional())));
                }
            } else if (column instanceof SQLiteParser.TableAllColumnsContext tableAll) {
                Source source = scope.source(Names.unquote(tableAll.tableName().getText()));
                if (source != null) {
                    source.columns().forEach(c -> columns.add(nullableIf(c, source.optional())));
                }
            } else {
                SQLiteParser.ExprColumnContext expr = (SQLiteParser.ExprColumnContext) column;
                ValueType type = constants.refine(expr.expr(), exprs.type(expr.expr(), scope, grouped));
                shapes.record(
                        core,
                        columns.size(),
                        aggregated.containsKey(column)
                                ? aggregated.get(column)
                                : shapes.column(expr.expr(), scope, grouped));
                columns.add(new NamedValue(columnName(expr), type));
            }
        }
        return columns;
    }

    private static NamedValue nullableIf(NamedValue column, boolean optional) {
        return optional ? new NamedValue(column.name(), column.type().withNullable(true)) : column;
    }

    /** The name SQLite gives a result column: its alias, the column it reads, or the expression text. */
    static String columnName(SQLiteParser.ExprColumnContext column) {
        if (column.alias != null) {
            return Names.unquote(column.alias.getText());
        }
        if (column.expr() instanceof SQLiteParser.ColumnExprContext ref) {
            return Names.unquote(ref.columnRef().column.getText());
        }
        return column.expr().getText();
    }

    private List<NamedValue> values(SQLiteParser.ValuesClauseContext values, Scope parent) {
        List<NamedValue> result = null;
        for (SQLiteParser.ValuesRowContext row : values.valuesRow()) {
            List<NamedValue> columns = new ArrayList<>();
            for (int i = 0; i < row.expr().size(); i++) {
                columns.add(new NamedValue("column" + (i + 1), exprs.type(row.expr(i), new Scope(parent), false)));
            }
            result = result == null ? columns : CompoundColumns.union(result, columns);
        }
        return result == null ? List.of() : result;
    }

    /** Walks a FROM clause into {@code scope} (see {@link FromClauses}). */
    void from(SQLiteParser.FromClauseContext from, Scope scope) {
        froms.from(from, scope);
    }

    /** See {@link Relations#baseTable}. */
    String baseTable(SQLiteParser.QualifiedNameContext name) {
        return relations.baseTable(name);
    }

    /** See {@link Relations#resolved}. */
    void resolved(SQLiteParser.ColumnRefContext ref, Source source, String column) {
        relations.resolved(ref, source, column);
    }

    /** The columns of a table, view or CTE as a FROM item sees them. */
    List<NamedValue> table(String name) {
        return relations.table(name);
    }

    /** See {@link Relations#fullText}. */
    boolean fullText(String table) {
        return relations.fullText(table);
    }

    void tail(SQLiteParser.OrderByClauseContext order, SQLiteParser.LimitClauseContext limit, Scope scope) {
        if (order != null) {
            order.orderingTerm().forEach(t -> exprs.type(t.expr(), scope, false));
        }
        limit(limit, scope);
    }

    private void limit(SQLiteParser.LimitClauseContext limit, Scope scope) {
        if (limit == null) {
            return;
        }
        for (ExprContext e : List.of(limit.limit, limit.offset == null ? limit.limit : limit.offset)) {
            exprs.constrainParam(e, SqlType.INTEGER);
            exprs.type(e, scope, false);
        }
    }
}
