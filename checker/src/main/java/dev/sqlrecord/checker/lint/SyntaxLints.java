package dev.sqlrecord.checker.lint;

import dev.sqlrecord.checker.lint.Constraints.Constraint;
import dev.sqlrecord.checker.lint.Constraints.Kind;
import dev.sqlrecord.checker.lint.QueryShape.Core;
import dev.sqlrecord.checker.lint.QueryShape.Source;
import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.checker.model.SchemaModel.Column;
import dev.sqlrecord.checker.model.SchemaModel.Table;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.tree.ParseTree;

/** The lints read from the statement's text alone: WHERE-less writes, LIMIT without ORDER BY, *, soft delete. */
final class SyntaxLints {
    private static final Set<String> AGGREGATES = Set.of(
            "count",
            "sum",
            "avg",
            "min",
            "max",
            "total",
            "group_concat",
            "string_agg",
            "json_group_array",
            "json_group_object",
            "jsonb_group_array",
            "jsonb_group_object");
    static final String SOFT_DELETE_COLUMN = "deleted_at";

    private final SchemaModel schema;

    SyntaxLints(SchemaModel schema) {
        this.schema = schema;
    }

    void check(SQLiteParser.StatementContext statement, QueryShape shape, Sink sink) {
        if (statement.updateStmt() != null && statement.updateStmt().where == null) {
            SQLiteParser.UpdateStmtContext update = statement.updateStmt();
            sink.report(
                    Rule.UPDATE_WITHOUT_WHERE,
                    update.UPDATE_().getSymbol(),
                    "UPDATE "
                            + update.qualifiedName().getText()
                            + " has no WHERE clause, so it changes every row; add a WHERE"
                            + " (or '-- sqlrecord:ignore update-without-where' when every row is meant)");
        }
        if (statement.deleteStmt() != null && statement.deleteStmt().where == null) {
            SQLiteParser.DeleteStmtContext delete = statement.deleteStmt();
            sink.report(
                    Rule.DELETE_WITHOUT_WHERE,
                    delete.DELETE_().getSymbol(),
                    "DELETE FROM "
                            + delete.qualifiedName().getText()
                            + " has no WHERE clause, so it deletes every row; add a WHERE"
                            + " (or '-- sqlrecord:ignore delete-without-where' when every row is meant)");
        }
        for (Core core : shape.cores) {
            if (core.limitToken != null
                    && core.orderToken == null
                    && !QueryShape.inExists(core.node)
                    && !atMostOneRow(shape, core)) {
                sink.report(
                        Rule.NONDETERMINISTIC_LIMIT,
                        core.limitToken,
                        "LIMIT without ORDER BY takes whichever"
                                + " rows SQLite happens to read first, which changes with the plan and the data; add an ORDER BY"
                                + " that ends with a unique column (such as the primary key)");
            }
            if (core.node instanceof SQLiteParser.PlainSelectContext select && !QueryShape.inExists(core.node)) {
                selectStar(select, sink);
            }
            if (core.node instanceof SQLiteParser.PlainSelectContext
                    || core.node instanceof SQLiteParser.UpdateStmtContext) {
                softDelete(shape, core, sink);
            }
        }
    }

    private static void selectStar(SQLiteParser.PlainSelectContext select, Sink sink) {
        for (SQLiteParser.ResultColumnContext column : select.resultColumn()) {
            if (column instanceof SQLiteParser.AllColumnsContext
                    || column instanceof SQLiteParser.TableAllColumnsContext) {
                sink.report(
                        Rule.SELECT_STAR,
                        column.getStop(),
                        "SELECT " + column.getText() + " returns every column,"
                                + " also those later migrations add; name the columns this query needs");
            }
        }
    }

    private static void softDelete(QueryShape shape, Core core, Sink sink) {
        for (Source x : core.sources.values()) {
            if (x.table == null || !shape.hasColumn(x.table, SOFT_DELETE_COLUMN)) {
                continue;
            }
            boolean filtered = core.filters.stream()
                    .flatMap(f -> shape.refsIn(f).stream())
                    .anyMatch(r -> r.source() == x && r.column().equalsIgnoreCase(SOFT_DELETE_COLUMN));
            if (!filtered) {
                sink.report(
                        Rule.SOFT_DELETE_FILTER,
                        x.token,
                        x.display() + " has " + SOFT_DELETE_COLUMN
                                + " but the query does not filter on it, so it also reads soft-deleted rows; add '"
                                + (x.alias.equalsIgnoreCase(x.table) ? "" : x.alias + ".") + SOFT_DELETE_COLUMN
                                + " IS NULL'");
            }
        }
    }

    /** A plain aggregate, or a lookup of a whole primary or unique key of the only table: LIMIT cannot choose. */
    private boolean atMostOneRow(QueryShape shape, Core core) {
        if (core.node instanceof SQLiteParser.PlainSelectContext select
                && select.groupBy.isEmpty()
                && select.resultColumn().stream().anyMatch(SyntaxLints::aggregate)) {
            return true;
        }
        if (core.sources.size() != 1) {
            return false;
        }
        Source x = core.sources.values().iterator().next();
        Table table = x.table == null ? null : schema.table(x.table).orElse(null);
        if (table == null) {
            return false;
        }
        Set<String> equal = Constraints.of(shape, x, Set.of()).stream()
                .filter(c -> c.kind() == Kind.EQ && c.column() != null)
                .map(Constraint::column)
                .map(c -> c.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<String> key = table.columns().stream()
                .filter(Column::primaryKey)
                .map(Column::name)
                .toList();
        if (!key.isEmpty() && equal.containsAll(lower(key)) || equal.stream().anyMatch(table::isRowid)) {
            return true;
        }
        return table.indexes().stream().anyMatch(i -> i.unique() && equal.containsAll(lower(i.columns())));
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    private static boolean aggregate(ParseTree tree) {
        if (tree instanceof SQLiteParser.SelectStmtContext) {
            return false;
        }
        if (tree instanceof SQLiteParser.FunctionCallContext call && call.overClause() == null) {
            String name = call.functionName().getText().toLowerCase(Locale.ROOT);
            // min(a, b) and max(a, b) with several arguments are scalar functions.
            boolean scalar =
                    (name.equals("min") || name.equals("max")) && call.expr().size() > 1;
            if (AGGREGATES.contains(name) && !scalar) {
                return true;
            }
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            if (aggregate(tree.getChild(i))) {
                return true;
            }
        }
        return false;
    }
}
