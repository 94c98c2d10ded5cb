package dev.sqlrecord.testing.generate;

import dev.sqlrecord.checker.parse.Names;
import dev.sqlrecord.checker.schema.CheckConstraints;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a table's CHECK constraints say about each column, read with the project's grammar: the
 * values an {@code IN} list or an equality allows, numeric bounds ({@code >=}, {@code <},
 * {@code BETWEEN}), bounds on {@code length(col)}, and {@code GLOB}/{@code LIKE} patterns. These
 * steer the first values tried; SQLite remains the judge of every row, so a constraint read
 * partly or not at all only costs more attempts.
 */
final class CheckHints {
    /** What is known of one column's allowed values. */
    static final class Column {
        final List<Object> choices = new ArrayList<>();
        /** Bounds on the value; each may be exclusive ({@code >}, {@code <}). */
        Double min;

        Double max;
        boolean minExclusive;
        boolean maxExclusive;
        Integer minLength;
        Integer maxLength;
        String glob;
        String like;

        private void atLeast(double bound, boolean exclusive) {
            if (min == null || bound > min || bound == min && exclusive) {
                min = bound;
                minExclusive = exclusive;
            }
        }

        private void atMost(double bound, boolean exclusive) {
            if (max == null || bound < max || bound == max && exclusive) {
                max = bound;
                maxExclusive = exclusive;
            }
        }

        private void lengthAtLeast(int bound) {
            minLength = minLength == null ? bound : Math.max(minLength, bound);
        }

        private void lengthAtMost(int bound) {
            maxLength = maxLength == null ? bound : Math.min(maxLength, bound);
        }
    }

    private final Map<String, Column> columns = new HashMap<>();

    private CheckHints() {}

    /** Hints by lower-cased column name; none for a statement the grammar cannot read. */
    static CheckHints of(String createTable) {
        CheckHints hints = new CheckHints();
        CheckConstraints.checks(CheckConstraints.createTable(createTable)).forEach(hints::read);
        return hints;
    }

    /** The hints for a column, empty if its CHECKs say nothing readable. */
    Column column(String name) {
        return columns.getOrDefault(name.toLowerCase(Locale.ROOT), new Column());
    }

    private Column hint(String column) {
        return columns.computeIfAbsent(column, k -> new Column());
    }

    private void read(SQLiteParser.ExprContext expr) {
        if (expr instanceof SQLiteParser.AndExprContext and) {
            and.expr().forEach(this::read);
        } else if (expr instanceof SQLiteParser.OrExprContext or) {
            or.expr().forEach(this::read); // either side's values are worth trying first
        } else if (expr instanceof SQLiteParser.ParenExprContext paren
                && paren.expr().size() == 1) {
            read(paren.expr(0));
        } else if (expr instanceof SQLiteParser.InExprContext in
                && in.NOT_() == null
                && in.inTarget() instanceof SQLiteParser.InListContext list
                && column(in.expr()) != null) {
            for (SQLiteParser.ExprContext item : list.expr()) {
                Object value = literal(item);
                if (value != null) {
                    hint(column(in.expr())).choices.add(value);
                }
            }
        } else if (expr instanceof SQLiteParser.BetweenExprContext between && between.NOT_() == null) {
            bound(between.expr(0), ">=", between.low);
            bound(between.expr(0), "<=", between.high);
        } else if (expr instanceof SQLiteParser.ComparisonExprContext comparison) {
            bound(comparison.expr(0), comparison.op.getText(), comparison.expr(1));
            bound(comparison.expr(1), flipped(comparison.op.getText()), comparison.expr(0));
        } else if (expr instanceof SQLiteParser.EqualityExprContext equality
                && !equality.op.getText().startsWith("!")
                && !equality.op.getText().equals("<>")) {
            bound(equality.expr(0), "=", equality.expr(1));
            bound(equality.expr(1), "=", equality.expr(0));
        } else if (expr instanceof SQLiteParser.LikeExprContext like
                && like.NOT_() == null
                && like.ESCAPE_() == null
                && column(like.expr(0)) != null
                && literal(like.expr(1)) instanceof String pattern) {
            String op = like.op.getText().toUpperCase(Locale.ROOT);
            if (op.equals("GLOB")) {
                hint(column(like.expr(0))).glob = pattern;
            } else if (op.equals("LIKE")) {
                hint(column(like.expr(0))).like = pattern;
            }
        }
    }

    /** Records {@code side op value} for a column or for {@code length(column)}. */
    private void bound(SQLiteParser.ExprContext side, String op, SQLiteParser.ExprContext value) {
        if (!(literal(value) instanceof Number number)) {
            return;
        }
        double n = number.doubleValue();
        String column = column(side);
        if (column != null) {
            Column h = hint(column);
            switch (op) {
                case ">=" -> h.atLeast(n, false);
                case ">" -> h.atLeast(n, true);
                case "<=" -> h.atMost(n, false);
                case "<" -> h.atMost(n, true);
                case "=", "==" -> h.choices.add(number);
                default -> {}
            }
            return;
        }
        String measured = lengthOf(side);
        if (measured != null) {
            Column h = hint(measured);
            switch (op) {
                case ">=" -> h.lengthAtLeast((int) Math.ceil(n));
                case ">" -> h.lengthAtLeast((int) Math.floor(n) + 1);
                case "<=" -> h.lengthAtMost((int) Math.floor(n));
                case "<" -> h.lengthAtMost((int) Math.ceil(n) - 1);
                case "=", "==" -> {
                    h.lengthAtLeast((int) n);
                    h.lengthAtMost((int) n);
                }
                default -> {}
            }
        }
    }

    private static String flipped(String op) {
        return switch (op) {
            case "<" -> ">";
            case "<=" -> ">=";
            case ">" -> "<";
            case ">=" -> "<=";
            default -> op;
        };
    }

    /** The lower-cased column a bare or qualified column reference names, else null. */
    private static String column(SQLiteParser.ExprContext expr) {
        if (expr instanceof SQLiteParser.CollateExprContext collate) {
            return column(collate.expr());
        }
        return expr instanceof SQLiteParser.ColumnExprContext c
                ? Names.unquote(c.columnRef().column.getText()).toLowerCase(Locale.ROOT)
                : null;
    }

    /** The column of {@code length(column)}, else null. */
    private static String lengthOf(SQLiteParser.ExprContext expr) {
        if (expr instanceof SQLiteParser.FunctionExprContext f
                && f.functionCall().functionName().getText().equalsIgnoreCase("length")
                && f.functionCall().expr().size() == 1) {
            return column(f.functionCall().expr(0));
        }
        return null;
    }

    /** A string or number literal (signed numbers too), else null. */
    private static Object literal(SQLiteParser.ExprContext expr) {
        if (expr instanceof SQLiteParser.UnaryExprContext unary
                && unary.op.getText().equals("-")
                && literal(unary.expr()) instanceof Number n) {
            return n instanceof Long l ? (Object) (-l) : (Object) (-n.doubleValue());
        }
        if (!(expr instanceof SQLiteParser.LiteralExprContext literal)) {
            return null;
        }
        SQLiteParser.LiteralValueContext value = literal.literalValue();
        if (value.STRING_LITERAL() != null) {
            return Names.unquote(value.getText());
        }
        if (value.NUMERIC_LITERAL() != null) {
            String text = value.getText();
            try {
                return text.matches("\\d+") ? (Object) Long.parseLong(text) : (Object) Double.parseDouble(text);
            } catch (NumberFormatException e) {
                return null; // hex literals and the like: SQLite will judge
            }
        }
        return null;
    }
}
