package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.analyze.Scope.NamedValue;
import dev.sqlrecord.checker.analyze.Scope.Source;
import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.checker.model.SqlType;
import dev.sqlrecord.checker.parse.Names;
import dev.sqlrecord.grammar.ParsedSql;
import dev.sqlrecord.grammar.SqlSyntax;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import dev.sqlrecord.grammar.antlr.SQLiteParser.ExprContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Types the result columns of a statement and, on the way, every parameter in it: resolves FROM
 * items (tables, views, CTEs, subqueries, joins) into scopes and hands expressions to {@link ExprTyper}.
 */
final class StatementTyper {
    /** Passes over a recursive CTE before its column types must have settled (one per column is plenty). */
    private static final int RECURSION_ROUNDS = 8;

    private final SchemaModel schema;
    private final Map<String, String> viewSql;
    private final ExprTyper exprs;
    private final WriteTyper writes;
    private final Resolutions resolutions;
    private final ConstantExpressions constants;
    private final JsonShapes shapes;
    /** CTEs visible in the statement being typed, by lower-cased name. */
    private final Map<String, List<NamedValue>> ctes = new HashMap<>();

    StatementTyper(
            SchemaModel schema,
            Map<String, String> viewSql,
            Params params,
            Resolutions resolutions,
            ConstantExpressions constants) {
        this.schema = schema;
        this.constants = constants;
        this.resolutions = resolutions;
        this.viewSql = viewSql;
        this.exprs = new ExprTyper(this, params);
        this.writes = new WriteTyper(this, exprs);
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
                            : op.INTERSECT_() != null ? intersect(result, columns) : union(result, columns);
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
                ctes.put(name, columns);
                columns = rename(select(body, parent), cte);
                if (round == RECURSION_ROUNDS) {
                    // Types that swap between columns may never settle: give up soundly.
                    columns = columns.stream()
                            .map(c -> new NamedValue(c.name(), ValueType.NULL))
                            .toList();
                    ctes.put(name, columns);
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

    /** Compound SELECT: a column may be NULL if it may be in any arm. */
    private static List<NamedValue> union(List<NamedValue> a, List<NamedValue> b) {
        List<NamedValue> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            ValueType left = a.get(i).type();
            ValueType right = i < b.size() ? b.get(i).type() : ValueType.NULL;
            SqlType type = left.type() == right.type()
                    ? left.type()
                    : left.type() == SqlType.ANY
                            ? right.type()
                            : right.type() == SqlType.ANY ? left.type() : SqlType.ANY;
            out.add(new NamedValue(a.get(i).name(), ValueType.of(type, left.nullable() || right.nullable())));
        }
        return out;
    }

    /** INTERSECT: a column is NULL only where both sides may be (NULLs compare equal in compounds). */
    private static List<NamedValue> intersect(List<NamedValue> a, List<NamedValue> b) {
        List<NamedValue> merged = union(a, b);
        List<NamedValue> out = new ArrayList<>();
        for (int i = 0; i < merged.size(); i++) {
            boolean nullable = a.get(i).type().nullable()
                    && (i >= b.size() || b.get(i).type().nullable());
            out.add(new NamedValue(merged.get(i).name(), merged.get(i).type().withNullable(nullable)));
        }
        return out;
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
            result = result == null ? columns : union(result, columns);
        }
        return result == null ? List.of() : result;
    }

    /** Walks a FROM clause left to right, applying each join's effect on which side may be missing. */
    void from(SQLiteParser.FromClauseContext from, Scope scope) {
        String join = null;
        for (ParseTree child : from.children) {
            if (child instanceof SQLiteParser.JoinOperatorContext op) {
                join = op.getText().toUpperCase(Locale.ROOT);
            } else if (child instanceof SQLiteParser.TableOrSubqueryContext item) {
                boolean rightOrFull = join != null && (join.contains("RIGHT") || join.contains("FULL"));
                if (rightOrFull) {
                    scope.makeAllOptional();
                }
                boolean optional = join != null && (join.contains("LEFT") || join.contains("FULL"));
                List<Source> added = sources(item, scope);
                List<String> using = naturalColumns(join, scope, added);
                for (Source source : added) {
                    scope.add(source.withOptional(optional || source.optional()).withUsing(using));
                }
            } else if (child instanceof SQLiteParser.JoinConstraintContext constraint) {
                boolean outer =
                        join == null || join.contains("LEFT") || join.contains("RIGHT") || join.contains("FULL");
                if (constraint.expr() != null) {
                    exprs.type(constraint.expr(), scope, false);
                    if (!outer) {
                        NotNullFilters.narrow(constraint.expr(), scope);
                    }
                } else {
                    List<String> using = constraint.name().stream()
                            .map(n -> Names.unquote(n.getText()).toLowerCase(Locale.ROOT))
                            .toList();
                    Source last = scope.sources().remove(scope.sources().size() - 1);
                    scope.add(last.withUsing(using));
                }
            }
        }
    }

    /** Columns a NATURAL join shares with what came before; {@code *} shows them once. */
    private static List<String> naturalColumns(String join, Scope scope, List<Source> added) {
        if (join == null || !join.contains("NATURAL") || added.size() != 1) {
            return List.of();
        }
        List<String> shared = new ArrayList<>();
        for (NamedValue column : added.get(0).columns()) {
            String name = column.name().toLowerCase(Locale.ROOT);
            if (scope.sources().stream()
                    .anyMatch(s -> s.columns().stream().anyMatch(c -> c.name().equalsIgnoreCase(name)))) {
                shared.add(name);
            }
        }
        return shared;
    }

    private List<Source> sources(SQLiteParser.TableOrSubqueryContext item, Scope scope) {
        if (item instanceof SQLiteParser.TableRefContext ref) {
            String table = Names.unquote(ref.qualifiedName().object.getText());
            String alias = ref.alias == null ? table : Names.unquote(ref.alias.getText());
            return List.of(Source.of(alias, table(table), ref.qualifiedName(), baseTable(ref.qualifiedName())));
        }
        if (item instanceof SQLiteParser.SubqueryRefContext sub) {
            List<NamedValue> columns = select(sub.selectStmt(), scope);
            String alias = sub.alias == null ? "" : Names.unquote(sub.alias.getText());
            return List.of(Source.of(alias, columns, sub, null));
        }
        if (item instanceof SQLiteParser.NestedJoinContext nested) {
            Scope inner = new Scope(null);
            from(nested.fromClause(), inner);
            return inner.sources();
        }
        SQLiteParser.TableFunctionRefContext function = (SQLiteParser.TableFunctionRefContext) item;
        function.expr().forEach(e -> {
            exprs.constrainParam(e, SqlType.TEXT);
            exprs.type(e, scope, false);
        });
        String name = Names.unquote(function.qualifiedName().object.getText());
        String alias = function.alias == null ? name : Names.unquote(function.alias.getText());
        // Table-valued functions (json_each, ...) are typed loosely: every column nullable, any type.
        return List.of(Source.of(alias, List.of(), function, null).asOptional());
    }

    /**
     * The base table a FROM item or write target names, as the schema spells it; null for a CTE, a
     * view or an unknown name. Recorded for the lints, which see the same tables.
     */
    String baseTable(SQLiteParser.QualifiedNameContext name) {
        String written = Names.unquote(name.object.getText());
        String table = ctes.containsKey(written.toLowerCase(Locale.ROOT))
                ? null
                : schema.table(written)
                        .filter(t -> !t.view())
                        .map(SchemaModel.Table::name)
                        .orElse(null);
        resolutions.table(name, table);
        return table;
    }

    /** Records what a column reference resolved to: a column of {@code source}, or nothing known. */
    void resolved(SQLiteParser.ColumnRefContext ref, Source source, String column) {
        if (source == null) {
            return;
        }
        Resolutions.Kind kind = source.item() == null
                ? Resolutions.Kind.RESULT
                : source.table() != null ? Resolutions.Kind.TABLE : Resolutions.Kind.DERIVED;
        resolutions.column(ref, new Resolutions.Resolved(kind, source.item(), source.table(), column));
    }

    /** The columns of a table, view or CTE as a FROM item sees them. */
    List<NamedValue> table(String name) {
        List<NamedValue> cte = ctes.get(name.toLowerCase(Locale.ROOT));
        if (cte != null) {
            return cte;
        }
        SchemaModel.Table table = schema.table(name).orElse(null);
        if (table == null) {
            return List.of();
        }
        if (table.view() && viewSql.containsKey(table.name().toLowerCase(Locale.ROOT))) {
            return view(table);
        }
        return table.columns().stream()
                .filter(c -> !c.hidden())
                .map(c -> new NamedValue(
                        c.name(),
                        new ValueType(SqlType.fromDeclared(c.declaredType()), !c.notNull(), table.name(), c.name())))
                .toList();
    }

    private List<NamedValue> view(SchemaModel.Table view) {
        ParsedSql parsed = SqlSyntax.parse(viewSql.get(view.name().toLowerCase(Locale.ROOT)));
        SQLiteParser.CreateViewStmtContext create = parsed.hasErrors()
                ? null
                : parsed.tree().statementList().statement(0).createViewStmt();
        if (create == null) {
            return List.of();
        }
        StatementTyper inner = new StatementTyper(
                schema, viewSql, new Params(parsed.tokens().getTokens()), new Resolutions(), constants);
        List<NamedValue> columns = inner.select(create.selectStmt(), null);
        List<NamedValue> named = new ArrayList<>();
        for (int i = 0; i < columns.size() && i < view.columns().size(); i++) {
            named.add(
                    new NamedValue(view.columns().get(i).name(), columns.get(i).type()));
        }
        return named;
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
