package dev.sqlrecord.testing.properties;

import dev.sqlrecord.checker.parse.Names;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Searches values for the columns a CHECK reads, with SQLite evaluating the CHECK over every
 * combination: the candidates (edge values, the CHECK's own literals and their neighbours, strings
 * of the lengths it mentions, the generated rows' values) go into a constraint-free TEMP copy of the
 * table, which shadows the real one so that the expression's names resolve to it, with the declared
 * types so that affinity converts values as the real insert would. A CHECK fails when its value is
 * false, not when it is NULL (https://www.sqlite.org/lang_createtable.html#check_constraints).
 */
final class CheckGrid {
    private static final int COMBINATIONS = 20_000;
    private static final Object[] EDGES = {
        0L,
        1L,
        -1L,
        2L,
        10L,
        100L,
        Long.MAX_VALUE,
        Long.MIN_VALUE,
        0.5,
        -0.5,
        1e300,
        "",
        " ",
        "a",
        "A",
        "abc",
        "ABC",
        " a",
        "zzz",
        "2024-01-01",
        "2024-01-01 12:00:00",
        "{}",
        "[]",
        "not json",
        new byte[] {0},
        "a".repeat(300)
    };

    private CheckGrid() {}

    /** What the searched assignments make of the CHECK. */
    enum Want {
        /** it fails: its value is false */
        FAILS,
        /** it passes: true, or NULL */
        PASSES,
        /** it is true, with a value (not NULL) in at least one of its columns */
        HOLDS_WITH_A_VALUE
    }

    /** Lower-cased names of the table's columns that the expression reads. */
    static Set<String> columns(SQLiteParser.ExprContext expr, List<SampleRows.Col> cols) {
        Set<String> names = new LinkedHashSet<>();
        collect(expr, names);
        Set<String> known = new LinkedHashSet<>();
        cols.forEach(c -> known.add(c.name().toLowerCase(Locale.ROOT)));
        names.retainAll(known);
        return names;
    }

    /**
     * Up to {@code limit} assignments of the CHECK's columns that make of it what {@code want}
     * says; each column keeps the value a whole-row insert would store. NULL is a candidate where
     * the column allows it, and always in a search for a failing value: a CHECK that only NULL
     * fails on a NOT NULL column still rejects something (the NOT NULL is then what a row meets first).
     */
    static List<Map<String, Object>> search(
            Scenarios scenarios,
            String table,
            List<SampleRows.Col> cols,
            List<Map<String, Object>> samples,
            SQLiteParser.ExprContext expr,
            String exprText,
            Want want,
            int limit) {
        return search(scenarios, table, cols, samples, List.of(expr), List.of(exprText), want, limit);
    }

    /** The same for several CHECKs at once: assignments that make of every one what {@code want} says. */
    static List<Map<String, Object>> search(
            Scenarios scenarios,
            String table,
            List<SampleRows.Col> cols,
            List<Map<String, Object>> samples,
            List<SQLiteParser.ExprContext> exprs,
            List<String> texts,
            Want want,
            int limit) {
        Set<String> union = new LinkedHashSet<>();
        exprs.forEach(e -> union.addAll(columns(e, cols)));
        List<String> read = new ArrayList<>(union);
        if (read.isEmpty()) {
            return List.of();
        }
        int perColumn = (int) Math.max(3, Math.floor(Math.pow(COMBINATIONS, 1.0 / read.size())));
        List<String> selects = new ArrayList<>();
        List<String> froms = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            String column = read.get(i);
            SampleRows.Col col = cols.stream()
                    .filter(c -> c.name().equalsIgnoreCase(column))
                    .findFirst()
                    .orElseThrow();
            List<Object> values = candidates(exprs, col, samples, perColumn, !col.notNull() || want == Want.FAILS);
            froms.add("(VALUES "
                    + String.join(
                            ", ",
                            values.stream()
                                    .map(v -> "(" + Step.literal(v) + ")")
                                    .toList()) + ") AS v" + i);
            selects.add("v" + i + ".column1");
        }
        String temp = "temp." + Step.quoted(table);
        String columnsDdl = String.join(
                ", ",
                cols.stream()
                        .map(c -> Step.quoted(c.name()) + " " + (c.type() == null ? "" : c.type()))
                        .toList());
        String names = String.join(", ", read.stream().map(Step::quoted).toList());
        List<String> conditions = new ArrayList<>();
        for (String exprText : texts) {
            conditions.add(
                    switch (want) {
                        case FAILS -> "CAST((" + exprText + ") AS REAL) = 0";
                        case PASSES -> "((" + exprText + ") IS NULL OR CAST((" + exprText + ") AS REAL) <> 0)";
                        case HOLDS_WITH_A_VALUE ->
                            "CAST((" + exprText + ") AS REAL) <> 0 AND ("
                                    + String.join(
                                            " OR ",
                                            read.stream()
                                                    .map(c -> Step.quoted(c) + " IS NOT NULL")
                                                    .toList())
                                    + ")";
                    });
        }
        String condition = String.join(" AND ", conditions);
        List<List<Object>> found;
        try {
            found = scenarios.scratch(
                    List.of(
                            "CREATE TEMP TABLE " + Step.quoted(table) + " (" + columnsDdl + ")",
                            "INSERT INTO " + temp + " (" + names + ") SELECT " + String.join(", ", selects) + " FROM "
                                    + String.join(", ", froms)),
                    "SELECT " + names + " FROM " + temp + " WHERE " + condition + " LIMIT " + limit,
                    read.size());
        } catch (RuntimeException e) {
            return List.of(); // an expression SQLite cannot evaluate outside its table: no judgement
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (List<Object> row : found) {
            Map<String, Object> assignment = new LinkedHashMap<>();
            for (int i = 0; i < read.size(); i++) {
                assignment.put(read.get(i), row.get(i) instanceof Integer n ? (Object) n.longValue() : row.get(i));
            }
            out.add(assignment);
        }
        return out;
    }

    private static List<Object> candidates(
            List<SQLiteParser.ExprContext> exprs,
            SampleRows.Col col,
            List<Map<String, Object>> samples,
            int limit,
            boolean withNull) {
        Set<Object> out = new LinkedHashSet<>();
        List<Object> literals = new ArrayList<>();
        exprs.forEach(expr -> literals(expr, literals));
        for (Object literal : literals) {
            if (literal instanceof Number n) {
                long whole = n.longValue();
                out.add(n);
                out.add(-whole);
                out.add(whole - 1);
                out.add(whole + 1);
                out.add(n.doubleValue() - 0.5);
                out.add(n.doubleValue() + 0.5);
                if (whole >= 0 && whole <= 100_000) {
                    out.add("a".repeat((int) whole + 1));
                    out.add("a".repeat((int) Math.max(0, whole - 1)));
                }
            } else if (literal instanceof String s) {
                out.add(s);
                out.add(s + "x");
                out.add(s.toUpperCase(Locale.ROOT));
                out.add(s.toLowerCase(Locale.ROOT));
            }
        }
        for (Map<String, Object> row : samples) {
            row.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(col.name()) && e.getValue() != null)
                    .forEach(e -> out.add(e.getValue()));
        }
        out.addAll(List.of(EDGES));
        List<Object> values = new ArrayList<>(out).subList(0, Math.min(out.size(), limit - (withNull ? 1 : 0)));
        List<Object> all = new ArrayList<>(values);
        if (withNull) {
            all.add(0, null);
        }
        return all;
    }

    private static void collect(ParseTree tree, Set<String> names) {
        if (tree instanceof SQLiteParser.ColumnExprContext c) {
            names.add(Names.unquote(c.columnRef().column.getText()).toLowerCase(Locale.ROOT));
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            collect(tree.getChild(i), names);
        }
    }

    private static void literals(ParseTree tree, List<Object> out) {
        if (tree instanceof SQLiteParser.LiteralValueContext value) {
            if (value.STRING_LITERAL() != null) {
                out.add(Names.unquote(value.getText()));
            } else if (value.NUMERIC_LITERAL() != null) {
                try {
                    String text = value.getText();
                    out.add(text.matches("\\d+") ? (Object) Long.parseLong(text) : (Object) Double.parseDouble(text));
                } catch (NumberFormatException e) {
                    // hex or out of range: the edge values cover it
                }
            }
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            literals(tree.getChild(i), out);
        }
    }
}
