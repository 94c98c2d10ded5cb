package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.parse.Names;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Whether a nested aggregate has a bound (lint {@code nested-unbounded}, README.md, Nested
 * results): D1 refuses a value over about 2 MB, so a list of children with no bound fails there
 * once a parent has enough of them. The rows of a FROM item are bounded when they come through a
 * subquery with a LIMIT, or when the SELECT groups by one of its columns (one row of it per group).
 */
final class NestedBounds {
    private NestedBounds() {}

    /** The FROM items of the SELECT around {@code aggregate} whose rows nothing bounds, by the name they go by. */
    static List<String> unbounded(ParserRuleContext aggregate) {
        ParserRuleContext at = aggregate;
        while (at != null && !(at instanceof SQLiteParser.PlainSelectContext)) {
            at = at.getParent();
        }
        if (!(at instanceof SQLiteParser.PlainSelectContext core) || core.fromClause() == null) {
            return List.of();
        }
        Set<String> grouped = core.groupBy.stream()
                .map(NestedBounds::qualifier)
                .filter(q -> q != null)
                .collect(Collectors.toSet());
        List<String> unbounded = new ArrayList<>();
        for (SQLiteParser.TableOrSubqueryContext item : items(core.fromClause())) {
            if (item instanceof SQLiteParser.SubqueryRefContext sub
                    && sub.selectStmt().limitClause() != null) {
                continue;
            }
            String name = name(item);
            if (name != null && !grouped.contains(name)) {
                unbounded.add(name);
            }
        }
        return unbounded;
    }

    /** The items of a FROM clause, those of a parenthesized join among them. */
    private static List<SQLiteParser.TableOrSubqueryContext> items(SQLiteParser.FromClauseContext from) {
        List<SQLiteParser.TableOrSubqueryContext> items = new ArrayList<>();
        for (SQLiteParser.TableOrSubqueryContext item : from.tableOrSubquery()) {
            if (item instanceof SQLiteParser.NestedJoinContext nested) {
                items.addAll(items(nested.fromClause()));
            } else {
                items.add(item);
            }
        }
        return items;
    }

    /** What the item's columns are qualified with: its alias, or its table's name; null for an unnamed subquery. */
    private static String name(SQLiteParser.TableOrSubqueryContext item) {
        SQLiteParser.TableAliasContext alias = null;
        if (item instanceof SQLiteParser.TableRefContext table) {
            alias = table.alias;
            if (alias == null) {
                return lower(table.qualifiedName().object.getText());
            }
        } else if (item instanceof SQLiteParser.SubqueryRefContext sub) {
            alias = sub.alias;
        } else if (item instanceof SQLiteParser.TableFunctionRefContext function) {
            alias = function.alias;
        }
        return alias == null ? null : lower(alias.getText());
    }

    /** The table a GROUP BY term {@code t.c} names; null for other terms. */
    private static String qualifier(SQLiteParser.ExprContext term) {
        SQLiteParser.ColumnRefContext ref = columnRef(term);
        return ref == null || ref.table == null ? null : lower(ref.table.getText());
    }

    private static SQLiteParser.ColumnRefContext columnRef(ParseTree tree) {
        if (tree instanceof SQLiteParser.ColumnRefContext ref) {
            return ref;
        }
        return tree.getChildCount() == 1 ? columnRef(tree.getChild(0)) : null;
    }

    private static String lower(String name) {
        return Names.unquote(name).toLowerCase(Locale.ROOT);
    }
}
