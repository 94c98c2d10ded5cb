package dev.sqlrecord.checker.lint;

import dev.sqlrecord.checker.lint.QueryShape.Core;
import dev.sqlrecord.checker.lint.QueryShape.Ref;
import dev.sqlrecord.checker.lint.QueryShape.Source;
import dev.sqlrecord.checker.lint.QueryShape.Using;
import dev.sqlrecord.grammar.antlr.SQLiteLexer;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import dev.sqlrecord.grammar.antlr.SQLiteParser.ExprContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * How the WHERE/ON terms of a query level constrain one of its tables, as SQLite's planner sees
 * them (https://www.sqlite.org/optoverview.html#where_clause_analysis): a term can use an index on
 * a table when it compares a bare column of it with something known before that table's loop runs.
 */
final class Constraints {
    enum Kind {
        /** {@code col = x}, {@code col IS x}: an index can seek to it. */
        EQ,
        /** {@code col IN (...)}: a seek per value. */
        IN,
        /** {@code col < x}, {@code BETWEEN}: an index can seek to a range. */
        RANGE,
        /** Filters the table, but no plain index serves it (a function, LIKE, !=, an OR of columns...). */
        OTHER,
        /** {@code col IS NULL} and the like: usually true of most rows (soft delete), not worth an index. */
        NULL_TEST,
        /** An OR with a branch that does not depend on the table, e.g. {@code (:s IS NULL OR status = :s)}. */
        OPTIONAL
    }

    /** One term about table {@code source}; {@code column} for EQ/IN/RANGE; {@code join} when it also names other tables. */
    record Constraint(Kind kind, String column, List<String> columns, boolean join) {
        boolean filters() {
            return kind != Kind.NULL_TEST && kind != Kind.OPTIONAL;
        }
    }

    private Constraints() {}

    /**
     * The terms of {@code x}'s level that SQLite can apply while reading {@code x}, when the tables in
     * {@code bound} (same level) are read before it. Outer levels' columns are constants there.
     */
    static List<Constraint> of(QueryShape shape, Source x, Set<Source> bound) {
        List<Constraint> out = new ArrayList<>();
        Core core = x.core;
        for (ExprContext term : core.terms()) {
            List<Ref> refs = shape.refsIn(term);
            // Only references written at this level: inside EXISTS (...) they are the subquery's correlation.
            List<String> mine = shape.directRefsIn(term, core).stream()
                    .filter(r -> r.source() == x)
                    .map(r -> name(shape, x, r.column()))
                    .distinct()
                    .toList();
            if (mine.isEmpty()) {
                continue;
            }
            List<Source> others = refs.stream()
                    .map(Ref::source)
                    .filter(s -> s != x && s.core == core)
                    .toList();
            if (!bound.containsAll(others)) {
                continue;
            }
            out.add(classify(shape, x, term, mine, !others.isEmpty()));
        }
        for (Using using : core.usings) {
            Source right = core.sources.get(using.right());
            for (String column : using.columns()) {
                if (right == x) {
                    boolean leftBound =
                            bound.stream().anyMatch(s -> s.table != null && shape.hasColumn(s.table, column));
                    if (leftBound) {
                        out.add(new Constraint(Kind.EQ, name(shape, x, column), List.of(column), true));
                    }
                } else if (right != null && bound.contains(right) && shape.hasColumn(x.table, column)) {
                    out.add(new Constraint(Kind.EQ, name(shape, x, column), List.of(column), true));
                }
            }
        }
        return out;
    }

    private static Constraint classify(QueryShape shape, Source x, ExprContext term, List<String> mine, boolean join) {
        ExprContext e = QueryShape.unwrap(term);
        if (e instanceof SQLiteParser.OrExprContext or) {
            List<ExprContext> branches = new ArrayList<>();
            splitOr(or, branches);
            boolean optional =
                    branches.stream().anyMatch(b -> shape.refsIn(b).stream().noneMatch(r -> r.source() == x));
            return new Constraint(optional ? Kind.OPTIONAL : Kind.OTHER, null, mine, join);
        }
        String column = null;
        Kind kind = Kind.OTHER;
        if (e instanceof SQLiteParser.EqualityExprContext eq
                && (eq.op.getType() == SQLiteLexer.ASSIGN || eq.op.getType() == SQLiteLexer.EQ)) {
            column = bareAgainst(shape, x, eq.expr(0), eq.expr(1));
            kind = Kind.EQ;
        } else if (e instanceof SQLiteParser.IsExprContext is) {
            if (isNull(is.expr(1)) || isNull(is.expr(0))) {
                return new Constraint(Kind.NULL_TEST, null, mine, join);
            }
            column = is.NOT_() == null && is.DISTINCT_() == null ? bareAgainst(shape, x, is.expr(0), is.expr(1)) : null;
            kind = Kind.EQ;
        } else if (e instanceof SQLiteParser.NullTestExprContext) {
            return new Constraint(Kind.NULL_TEST, null, mine, join);
        } else if (e instanceof SQLiteParser.InExprContext in && in.NOT_() == null) {
            column = bareAgainst(shape, x, in.expr(), in.inTarget());
            kind = Kind.IN;
        } else if (e instanceof SQLiteParser.ComparisonExprContext cmp) {
            column = bareAgainst(shape, x, cmp.expr(0), cmp.expr(1));
            kind = Kind.RANGE;
        } else if (e instanceof SQLiteParser.BetweenExprContext between && between.NOT_() == null) {
            column = bare(shape, x, between.expr(0));
            boolean boundsFree = shape.refsIn(between.low).stream().noneMatch(r -> r.source() == x)
                    && shape.refsIn(between.high).stream().noneMatch(r -> r.source() == x);
            column = boundsFree ? column : null;
            kind = Kind.RANGE;
        }
        return column == null ? new Constraint(Kind.OTHER, null, mine, join) : new Constraint(kind, column, mine, join);
    }

    /** The column when one side is a bare column of {@code x} and the other does not read {@code x}. */
    private static String bareAgainst(QueryShape shape, Source x, ParseTree a, ParseTree b) {
        String left = a instanceof ExprContext ea ? bare(shape, x, ea) : null;
        if (left != null && shape.refsIn(b).stream().noneMatch(r -> r.source() == x)) {
            return left;
        }
        String right = b instanceof ExprContext eb ? bare(shape, x, eb) : null;
        if (right != null && shape.refsIn(a).stream().noneMatch(r -> r.source() == x)) {
            return right;
        }
        return null;
    }

    /** The column name when {@code e} is just a column of {@code x}, else null. */
    static String bare(QueryShape shape, Source x, ExprContext e) {
        if (QueryShape.unwrap(e) instanceof SQLiteParser.ColumnExprContext c) {
            Ref ref = shape.ref(c.columnRef());
            if (ref != null && ref.source() == x) {
                return name(shape, x, ref.column());
            }
        }
        return null;
    }

    private static boolean isNull(ExprContext e) {
        return QueryShape.unwrap(e) instanceof SQLiteParser.LiteralExprContext lit
                && lit.literalValue().NULL_() != null;
    }

    private static void splitOr(ExprContext e, List<ExprContext> out) {
        e = QueryShape.unwrap(e);
        if (e instanceof SQLiteParser.OrExprContext or) {
            splitOr(or.expr(0), out);
            splitOr(or.expr(1), out);
        } else {
            out.add(e);
        }
    }

    /** The column's name as the schema spells it. */
    private static String name(QueryShape shape, Source x, String column) {
        return shape.columnName(x.table, column);
    }
}
