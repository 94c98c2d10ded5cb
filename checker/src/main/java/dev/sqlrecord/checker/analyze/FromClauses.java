package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.analyze.Scope.NamedValue;
import dev.sqlrecord.checker.analyze.Scope.Source;
import dev.sqlrecord.checker.model.SqlType;
import dev.sqlrecord.checker.parse.Names;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Resolves a FROM clause into a scope's sources: tables, views and CTEs through {@link Relations},
 * subqueries through the statement typer, and each join's effect on which side may be missing.
 */
final class FromClauses {
    private final StatementTyper statements;
    private final ExprTyper exprs;
    private final Relations relations;

    FromClauses(StatementTyper statements, ExprTyper exprs, Relations relations) {
        this.statements = statements;
        this.exprs = exprs;
        this.relations = relations;
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
            return List.of(Source.of(
                    alias, relations.table(table), ref.qualifiedName(), relations.baseTable(ref.qualifiedName())));
        }
        if (item instanceof SQLiteParser.SubqueryRefContext sub) {
            List<NamedValue> columns = statements.select(sub.selectStmt(), scope);
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
}
