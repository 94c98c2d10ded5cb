package dev.sqlrecord.checker.lint;

import dev.sqlrecord.checker.analyze.Resolutions;
import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.checker.parse.Names;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import dev.sqlrecord.grammar.antlr.SQLiteParser.ColumnRefContext;
import dev.sqlrecord.grammar.antlr.SQLiteParser.ExprContext;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * What the lints need to know of one statement: its query levels ("cores": each SELECT core, the
 * UPDATE, the DELETE), the tables each reads under which alias, its WHERE/ON terms, and which
 * table each column reference means, as the analyzer resolved it ({@link Resolutions}).
 */
final class QueryShape {
    /** A table (or subquery, CTE, view: {@code table == null}) in a FROM clause or an UPDATE/DELETE target. */
    static final class Source {
        final String alias;
        final String table;
        final Token token;
        final Core core;

        Source(String alias, String table, Token token, Core core) {
            this.alias = alias;
            this.table = table;
            this.token = token;
            this.core = core;
        }

        /** {@code posts} or {@code posts (as p)}, as messages name it. */
        String display() {
            return alias.equalsIgnoreCase(table) ? table : table + " (as " + alias + ")";
        }
    }

    /** {@code JOIN b USING (x, y)}: the alias of the table on its right (lower case) and the columns. */
    record Using(String right, List<String> columns) {}

    /** One query level. */
    static final class Core {
        final ParserRuleContext node;
        final Core parent;
        final Map<String, Source> sources = new LinkedHashMap<>();
        final List<ExprContext> filters = new ArrayList<>();
        final List<Using> usings = new ArrayList<>();
        List<ExprContext> order = List.of();
        Token orderToken;
        Token limitToken;

        Core(ParserRuleContext node, Core parent) {
            this.node = node;
            this.parent = parent;
        }

        /** The WHERE and ON conditions, split at their top-level ANDs. */
        List<ExprContext> terms() {
            List<ExprContext> terms = new ArrayList<>();
            filters.forEach(f -> splitAnd(f, terms));
            return terms;
        }
    }

    /** A resolved column reference. */
    record Ref(Source source, String column) {}

    final List<Core> cores = new ArrayList<>();
    private final Map<ColumnRefContext, Core> scopes = new IdentityHashMap<>();
    private final Map<ColumnRefContext, Ref> refs = new IdentityHashMap<>();
    /** Each table source by the node that names it, which is how the analyzer's resolutions point at it. */
    private final Map<ParserRuleContext, Source> byItem = new IdentityHashMap<>();

    private final SchemaModel schema;
    private final Resolutions names;

    QueryShape(SQLiteParser.StatementContext statement, SchemaModel schema, Resolutions names) {
        this.schema = schema;
        this.names = names;
        walk(statement, null);
        scopes.keySet().forEach(ref -> refs.put(ref, resolve(ref)));
    }

    /** The source and column a reference means, or null (a result alias, a subquery column, ...). */
    Ref ref(ColumnRefContext ref) {
        return refs.get(ref);
    }

    /** Every column reference inside {@code tree}, resolved, nested subqueries included. */
    List<Ref> refsIn(ParseTree tree) {
        List<Ref> out = new ArrayList<>();
        collectRefs(tree, out, null);
        return out;
    }

    /** The references inside {@code tree} written at level {@code core} itself, not inside a nested subquery. */
    List<Ref> directRefsIn(ParseTree tree, Core core) {
        List<Ref> out = new ArrayList<>();
        collectRefs(tree, out, core);
        return out;
    }

    /** Every source of every level that {@code name} (an alias, or a table's name) designates. */
    List<Source> sourcesNamed(String name) {
        List<Source> out = new ArrayList<>();
        for (Core core : cores) {
            Source s = core.sources.get(name.toLowerCase(Locale.ROOT));
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** Whether {@code node} sits anywhere inside an {@code EXISTS (...)}, where which rows are read does not matter. */
    static boolean inExists(ParseTree node) {
        for (ParseTree p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof SQLiteParser.SubqueryExprContext sub && sub.EXISTS_() != null) {
                return true;
            }
        }
        return false;
    }

    /** {@code e} without redundant parentheses. */
    static ExprContext unwrap(ExprContext e) {
        while (e instanceof SQLiteParser.ParenExprContext p && p.expr().size() == 1) {
            e = p.expr(0);
        }
        return e;
    }

    static void splitAnd(ExprContext e, List<ExprContext> out) {
        e = unwrap(e);
        if (e instanceof SQLiteParser.AndExprContext and) {
            splitAnd(and.expr(0), out);
            splitAnd(and.expr(1), out);
        } else {
            out.add(e);
        }
    }

    private void walk(ParseTree node, Core current) {
        if (node instanceof SQLiteParser.SelectStmtContext select) {
            walkSelect(select, current);
            return;
        }
        Core scope = current;
        if (node instanceof SQLiteParser.PlainSelectContext plain) {
            scope = core(plain, current);
            if (plain.where != null) {
                scope.filters.add(plain.where);
            }
        } else if (node instanceof SQLiteParser.UpdateStmtContext update) {
            scope = core(update, current);
            addSource(scope, update.qualifiedName(), update.alias);
            addFilter(scope, update.where);
            order(scope, update.orderByClause(), update.limitClause());
        } else if (node instanceof SQLiteParser.DeleteStmtContext delete) {
            scope = core(delete, current);
            addSource(scope, delete.qualifiedName(), delete.alias);
            addFilter(scope, delete.where);
            order(scope, delete.orderByClause(), delete.limitClause());
        } else if (node instanceof SQLiteParser.TableRefContext table && current != null) {
            addSource(current, table.qualifiedName(), table.alias);
        } else if (node instanceof SQLiteParser.FromClauseContext from && current != null) {
            joins(from, current);
        } else if (node instanceof ColumnRefContext ref) {
            scopes.put(ref, current);
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            walk(node.getChild(i), scope);
        }
    }

    /** ORDER BY and LIMIT belong to the statement's only core, or to the first of a compound's. */
    private void walkSelect(SQLiteParser.SelectStmtContext select, Core current) {
        if (select.withClause() != null) {
            walk(select.withClause(), current);
        }
        int before = cores.size();
        walk(select.compoundSelect(), current);
        Core first = cores.size() > before ? cores.get(before) : current;
        if (first != null && select.compoundSelect().selectCore().size() == 1) {
            order(first, select.orderByClause(), select.limitClause());
        }
        for (ParseTree tail : new ParseTree[] {select.orderByClause(), select.limitClause()}) {
            if (tail != null) {
                walk(tail, first);
            }
        }
    }

    private Core core(ParserRuleContext node, Core parent) {
        Core core = new Core(node, parent);
        cores.add(core);
        return core;
    }

    private static void addFilter(Core core, ExprContext where) {
        if (where != null) {
            core.filters.add(where);
        }
    }

    private static void order(
            Core core, SQLiteParser.OrderByClauseContext order, SQLiteParser.LimitClauseContext limit) {
        if (order != null) {
            core.order = order.orderingTerm().stream()
                    .map(SQLiteParser.OrderingTermContext::expr)
                    .toList();
            core.orderToken = order.getStart();
        }
        if (limit != null) {
            core.limitToken = limit.getStart();
        }
    }

    private void addSource(Core core, SQLiteParser.QualifiedNameContext name, SQLiteParser.TableAliasContext alias) {
        String table = Names.unquote(name.object.getText());
        String shown = alias == null ? table : Names.unquote(alias.getText());
        Source source = new Source(shown, names.table(name), name.object.getStart(), core);
        if (core.sources.putIfAbsent(shown.toLowerCase(Locale.ROOT), source) == null) {
            byItem.put(name, source);
        }
    }

    /** Records ON conditions and USING columns of the joins written directly in {@code from}. */
    private void joins(SQLiteParser.FromClauseContext from, Core core) {
        SQLiteParser.TableOrSubqueryContext last = null;
        for (ParseTree child : from.children) {
            if (child instanceof SQLiteParser.TableOrSubqueryContext t) {
                last = t;
            } else if (child instanceof SQLiteParser.JoinConstraintContext join) {
                if (join.expr() != null) {
                    core.filters.add(join.expr());
                } else if (last instanceof SQLiteParser.TableRefContext right) {
                    String alias = Names.unquote(
                            right.alias == null ? right.qualifiedName().object.getText() : right.alias.getText());
                    List<String> columns = join.name().stream()
                            .map(n -> Names.unquote(n.getText()))
                            .toList();
                    core.usings.add(new Using(alias.toLowerCase(Locale.ROOT), columns));
                }
            }
        }
    }

    private void collectRefs(ParseTree tree, List<Ref> out, Core only) {
        if (tree instanceof ColumnRefContext ref
                && refs.get(ref) != null
                && (only == null || scopes.get(ref) == only)) {
            out.add(refs.get(ref));
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            collectRefs(tree.getChild(i), out, only);
        }
    }

    /** The base-table column the analyzer resolved {@code ref} to; null for anything else. */
    private Ref resolve(ColumnRefContext ref) {
        Resolutions.Resolved resolved = names.column(ref);
        if (resolved == null || resolved.kind() != Resolutions.Kind.TABLE) {
            return null;
        }
        Source source = byItem.get(resolved.item());
        return source == null || source.table == null ? null : new Ref(source, resolved.column());
    }

    /** The column's name as the schema spells it ({@code column} itself for rowid and unknown names). */
    String columnName(String table, String column) {
        return schema.table(table)
                .flatMap(t -> t.column(column))
                .map(c -> c.name())
                .orElse(column);
    }

    /** Whether an index of {@code table} already starts with {@code columns}, in that order. */
    boolean indexStartsWith(String table, List<String> columns) {
        List<String> wanted =
                columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        return schema.table(table)
                .map(t -> t.indexes().stream()
                        .anyMatch(i -> i.columns().size() >= wanted.size()
                                && i.columns().subList(0, wanted.size()).stream()
                                        .map(c -> c.toLowerCase(Locale.ROOT))
                                        .toList()
                                        .equals(wanted)))
                .orElse(false);
    }

    /** Whether {@code column} is the rowid of {@code table} (its INTEGER PRIMARY KEY, or rowid itself). */
    boolean isRowid(String table, String column) {
        return schema.table(table).map(t -> t.isRowid(column)).orElse(SchemaModel.isRowidName(column));
    }

    boolean hasColumn(String table, String column) {
        return SchemaModel.isRowidName(column)
                || schema.table(table).flatMap(t -> t.column(column)).isPresent();
    }
}
