package dev.sqlrecord.checker.lint;

import dev.sqlrecord.checker.lint.Constraints.Constraint;
import dev.sqlrecord.checker.lint.Constraints.Kind;
import dev.sqlrecord.checker.lint.QueryShape.Core;
import dev.sqlrecord.checker.lint.QueryShape.Source;
import dev.sqlrecord.grammar.antlr.SQLiteLexer;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import dev.sqlrecord.grammar.antlr.SQLiteParser.ExprContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * {@code full-scan} and {@code temp-b-tree}, read from SQLite's plan on the checked schema. An
 * index is suggested only after SQLite, given that index, stops scanning (or sorting): the advice is
 * the planner's, not a guess.
 */
final class PlanLints {
    private final Connection db;
    private final LintSettings settings;

    PlanLints(Connection db, LintSettings settings) {
        this.db = db;
        this.settings = settings;
    }

    void check(String sql, QueryShape shape, Sink sink) throws SQLException {
        if (!sink.enabled(Rule.FULL_SCAN) && !sink.enabled(Rule.TEMP_B_TREE)) {
            return;
        }
        Plan plan = Plan.explain(db, sql);
        Set<Source> reported = new HashSet<>();
        for (Plan.Row row : plan.rows) {
            if (row.loop() && row.scan()) {
                Source x = source(shape, plan, row);
                if (x != null && reported.add(x)) {
                    fullScan(sql, shape, plan, row, x, sink);
                }
            } else if (row.temp("ORDER BY") || row.temp("GROUP BY")) {
                tempTree(sql, shape, plan, row, row.temp("ORDER BY") ? "ORDER BY" : "GROUP BY", sink);
            }
        }
    }

    private void fullScan(String sql, QueryShape shape, Plan plan, Plan.Row row, Source x, Sink sink) {
        if (settings.isSmall(x.table)) {
            return;
        }
        List<Constraint> filters = Constraints.of(shape, x, bound(plan, row, x)).stream()
                .filter(Constraint::filters)
                .toList();
        List<String> sort = Objects.requireNonNullElse(sortColumns(shape, x, x.core.order), List.of());
        // Without a filter, reading every row is what the query asks for, unless a LIMIT wants only the first few in
        // order,
        // or another table is filtered and an index on the join would let SQLite start from that table instead.
        boolean sortedLimit =
                filters.isEmpty() && x.core.limitToken != null && !sort.isEmpty() && plan.temps("ORDER BY") > 0;
        boolean joinOnly = filters.isEmpty() && !sortedLimit;
        if (joinOnly) {
            filters = joinFromFilteredTable(shape, x);
            if (filters.isEmpty()) {
                return;
            }
        }
        List<String> eq = columns(shape, x, filters, Kind.EQ, Kind.IN);
        List<String> range = columns(shape, x, filters, Kind.RANGE);
        Set<List<String>> candidates = new LinkedHashSet<>();
        if (range.isEmpty() && !sort.isEmpty()) {
            candidates.add(concat(eq, sort));
        }
        if (!range.isEmpty()) {
            candidates.add(concat(eq, range.subList(0, 1)));
        }
        candidates.add(eq);
        candidates.remove(List.<String>of());
        List<String> index = null;
        for (List<String> candidate : candidates) {
            Plan probe = Plan.withIndex(db, sql, x.table, candidate);
            // A sorted LIMIT still "scans" the index, but stops after the first rows: the sort is what goes.
            boolean helps = probe != null
                    && (sortedLimit ? probe.temps("ORDER BY") < plan.temps("ORDER BY") : !probe.scans(x.alias));
            if (helps) {
                index = candidate;
                break;
            }
        }
        if (joinOnly && index == null) {
            // SQLite would still read this table first: the scan is not the index's to fix.
            return;
        }
        String what = what(filters, sortedLimit ? sort : List.of());
        String head = row.detail().startsWith("SEARCH")
                ? "SQLite builds a temporary index on " + x.display()
                        + " on every run, reading all its rows, because the query " + what
                : "full scan of " + x.display() + ": the query " + what;
        String advice;
        if (index != null && shape.indexStartsWith(x.table, index)) {
            return; // an index that exists already: the probe only confirms SQLite's own choice
        } else if (index != null) {
            advice = "; " + createIndex(x.table, index)
                    + (sortedLimit
                            ? " lets SQLite read just the first rows in order"
                            : " lets SQLite search it instead");
        } else if (!candidates.isEmpty()) {
            if (shape.indexStartsWith(x.table, candidates.iterator().next())) {
                // The index exists and SQLite still prefers the scan: its choice, nothing to add.
                return;
            }
            // SQLite, without statistics, guesses the filter keeps most rows and would scan anyway.
            advice = "; if the filter keeps few rows, "
                    + createIndex(x.table, candidates.iterator().next())
                    + " and PRAGMA optimize (statistics) let SQLite search it instead";
        } else {
            advice = ", but no index can serve the condition as written (a function, LIKE, NOT or != around the column,"
                    + " or an OR with a branch no index serves); compare the bare column with =, IN, <, > or BETWEEN,"
                    + " or list the table as small if it stays small";
        }
        sink.report(Rule.FULL_SCAN, x.token, head + advice);
    }

    /**
     * The join terms of an unfiltered outer table {@code x} when another table of its level is filtered:
     * with an index on them SQLite could read that table first and search {@code x}.
     */
    private static List<Constraint> joinFromFilteredTable(QueryShape shape, Source x) {
        Set<Source> others = new HashSet<>(x.core.sources.values());
        others.remove(x);
        boolean otherFiltered = others.stream()
                .anyMatch(y -> y.table != null
                        && Constraints.of(shape, y, Set.of()).stream().anyMatch(Constraint::filters));
        if (!otherFiltered) {
            return List.of();
        }
        return Constraints.of(shape, x, others).stream()
                .filter(c -> c.join() && (c.kind() == Kind.EQ || c.kind() == Kind.IN))
                .toList();
    }

    private void tempTree(String sql, QueryShape shape, Plan plan, Plan.Row row, String clause, Sink sink) {
        Core core = coreOf(shape, plan, row);
        if (core == null) {
            return;
        }
        List<ExprContext> terms = clause.equals("ORDER BY")
                ? core.order
                : core.node instanceof SQLiteParser.PlainSelectContext p ? p.groupBy : List.of();
        Token at = clause.equals("ORDER BY")
                ? core.orderToken
                : core.node instanceof SQLiteParser.PlainSelectContext p && p.GROUP_() != null
                        ? p.GROUP_().getSymbol()
                        : null;
        Source x = terms.isEmpty() ? null : sortedTable(shape, core, terms);
        if (at == null || x == null || settings.isSmall(x.table)) {
            return;
        }
        List<String> eq = columns(shape, x, Constraints.of(shape, x, bound(plan, row, x)), Kind.EQ);
        List<String> index = concat(eq, sortColumns(shape, x, terms));
        if (shape.indexStartsWith(x.table, index)) {
            return; // that index exists, and SQLite sorts anyway: nothing to create
        }
        Plan probe = index.isEmpty() ? null : Plan.withIndex(db, sql, x.table, index);
        // Only when an index removes the sort: sorting by an aggregate or by several tables is the query's nature.
        if (probe != null && probe.temps(clause) < plan.temps(clause)) {
            sink.report(
                    Rule.TEMP_B_TREE,
                    at,
                    clause + " sorts the rows in a temporary B-tree on every run; " + createIndex(x.table, index)
                            + " gives them in order");
        }
    }

    /** The source a plan loop reads: among those with its name, the one whose level holds its sibling loops. */
    private static Source source(QueryShape shape, Plan plan, Plan.Row row) {
        List<Source> named = shape.sourcesNamed(row.name()).stream()
                .filter(s -> s.table != null)
                .toList();
        for (Source s : named) {
            if (plan.siblings(row).stream()
                    .allMatch(r -> s.core.sources.containsKey(r.name().toLowerCase(Locale.ROOT)))) {
                return s;
            }
        }
        return named.isEmpty() ? null : named.get(0);
    }

    /** The tables of {@code x}'s level that the plan reads before it. */
    private static Set<Source> bound(Plan plan, Plan.Row row, Source x) {
        Set<Source> bound = new HashSet<>();
        for (Plan.Row r : plan.siblings(row)) {
            if (r.id() == row.id() || r.name().equalsIgnoreCase(x.alias)) {
                break;
            }
            Source s = x.core.sources.get(r.name().toLowerCase(Locale.ROOT));
            if (s != null) {
                bound.add(s);
            }
        }
        return bound;
    }

    private static Core coreOf(QueryShape shape, Plan plan, Plan.Row row) {
        for (Plan.Row r : plan.siblings(row)) {
            Source s = source(shape, plan, r);
            if (s != null) {
                return s.core;
            }
        }
        return shape.cores.isEmpty() ? null : shape.cores.get(0);
    }

    /** The one table all {@code terms} are bare columns of, or null. */
    private static Source sortedTable(QueryShape shape, Core core, List<ExprContext> terms) {
        for (Source s : core.sources.values()) {
            if (s.table != null && sortColumns(shape, s, terms) != null) {
                return s;
            }
        }
        return null;
    }

    /**
     * The columns of {@code x} that {@code terms} sort by, up to its rowid (every index ends with the
     * rowid, so an index gives that order for free); null unless every term is a bare column of {@code x}.
     */
    private static List<String> sortColumns(QueryShape shape, Source x, List<ExprContext> terms) {
        List<String> out = new ArrayList<>();
        boolean rowid = false;
        for (ExprContext term : terms) {
            String column = Constraints.bare(shape, x, term);
            if (column == null) {
                return null;
            }
            rowid |= shape.isRowid(x.table, column);
            if (!rowid) {
                out.add(column);
            }
        }
        return out;
    }

    /**
     * The columns of {@code x} that constraints of these kinds name, without its rowid (an INTEGER
     * PRIMARY KEY or rowid itself): the table is stored by it, so an index on it serves nothing.
     */
    private static List<String> columns(QueryShape shape, Source x, List<Constraint> constraints, Kind... kinds) {
        Set<Kind> wanted = Set.of(kinds);
        return constraints.stream()
                .filter(c -> wanted.contains(c.kind()) && c.column() != null)
                .map(Constraint::column)
                .filter(c -> !shape.isRowid(x.table, c))
                .distinct()
                .toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        LinkedHashSet<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** "filters on title", "joins on author_id", "sorts on created_at to apply its LIMIT". */
    private static String what(List<Constraint> filters, List<String> sort) {
        List<String> parts = new ArrayList<>();
        Set<String> filtered = new LinkedHashSet<>();
        Set<String> joined = new LinkedHashSet<>();
        for (Constraint c : filters) {
            (c.join() ? joined : filtered).addAll(c.columns());
        }
        if (!filtered.isEmpty()) {
            parts.add("filters on " + String.join(", ", filtered));
        }
        joined.removeAll(filtered);
        if (!joined.isEmpty()) {
            parts.add("joins on " + String.join(", ", joined));
        }
        if (!sort.isEmpty()) {
            parts.add("sorts on " + String.join(", ", sort) + " to apply its LIMIT");
        }
        return String.join(" and ", parts);
    }

    /** The CREATE INDEX statement to suggest; names quoted where SQL needs it ({@code "order"}, {@code "line item"}). */
    static String createIndex(String table, List<String> columns) {
        String name = (table + "_" + String.join("_", columns) + "_idx")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]+", "_");
        return "CREATE INDEX " + name + " ON " + identifier(table) + " ("
                + String.join(", ", columns.stream().map(PlanLints::identifier).toList()) + ")";
    }

    private static String identifier(String name) {
        SQLiteLexer lexer = new SQLiteLexer(CharStreams.fromString(name));
        lexer.removeErrorListeners();
        Token token = lexer.nextToken();
        boolean plain = token.getType() == SQLiteLexer.IDENTIFIER
                && token.getText().equals(name)
                && lexer.nextToken().getType() == Token.EOF
                && !name.startsWith("\"")
                && !name.startsWith("[")
                && !name.startsWith("`");
        return plain ? name : Plan.quote(name);
    }
}
