package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.model.SqlType;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import dev.sqlrecord.grammar.antlr.SQLiteParser.ExprContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Types a constant result expression ({@code acos(1.0)}, {@code zeroblob(16)}, {@code 'a' || 'b'})
 * by asking SQLite what it is: a value that reads no column and no parameter and calls only
 * functions SQLite declares deterministic is the same on every run, so its storage class and
 * whether it is NULL are known at build time. The date and time functions are left out: they are
 * declared deterministic, but {@code 'now'} reads the clock.
 */
final class ConstantExpressions {
    private static final int SQLITE_DETERMINISTIC = 0x800;
    private static final Set<String> CLOCK =
            Set.of("date", "time", "datetime", "julianday", "unixepoch", "strftime", "timediff");

    private final Connection connection;
    private final Set<String> deterministic = new HashSet<>();

    ConstantExpressions(Connection connection) {
        this.connection = connection;
        try (Statement statement = connection.createStatement();
                ResultSet functions =
                        statement.executeQuery("SELECT name, flags FROM pragma_function_list WHERE type = 's'")) {
            while (functions.next()) {
                if ((functions.getInt(2) & SQLITE_DETERMINISTIC) != 0) {
                    deterministic.add(functions.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        } catch (SQLException unavailable) {
            // No function list, no evaluation: the static typing alone stays sound.
            deterministic.clear();
        }
        deterministic.removeAll(CLOCK);
    }

    /**
     * {@code typed} made tighter by evaluating {@code e} when it is constant: non-null when its one
     * value is, with that value's storage class where the static type did not know it.
     */
    ValueType refine(ExprContext e, ValueType typed) {
        if (!typed.nullable() && typed.type() != SqlType.ANY
                || e instanceof SQLiteParser.LiteralExprContext
                || !constant(e)) {
            return typed;
        }
        String text = e.start.getInputStream().getText(Interval.of(e.start.getStartIndex(), e.stop.getStopIndex()));
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT typeof(" + text + ")")) {
            String storage = row.next() ? row.getString(1) : "null";
            SqlType type = switch (storage) {
                case "integer" -> SqlType.INTEGER;
                case "real" -> SqlType.REAL;
                case "text" -> SqlType.TEXT;
                case "blob" -> SqlType.BLOB;
                default -> null;
            };
            if (type == null) {
                return typed;
            }
            return ValueType.of(typed.type() == SqlType.ANY ? type : typed.type(), false);
        } catch (SQLException failed) {
            // It fails when run (an overflow, say): keep what the rules say.
            return typed;
        }
    }

    /** No column, parameter, subquery, clock literal, aggregate or window; only deterministic scalar functions. */
    private boolean constant(ParseTree node) {
        if (node instanceof SQLiteParser.ColumnExprContext
                || node instanceof SQLiteParser.ParameterExprContext
                || node instanceof SQLiteParser.SubqueryExprContext
                || node instanceof SQLiteParser.RaiseExprContext
                || node instanceof SQLiteParser.InExprContext) {
            return false;
        }
        if (node instanceof SQLiteParser.LiteralValueContext literal
                && (literal.CURRENT_DATE_() != null
                        || literal.CURRENT_TIME_() != null
                        || literal.CURRENT_TIMESTAMP_() != null)) {
            return false;
        }
        if (node instanceof SQLiteParser.FunctionCallContext call) {
            String name = call.functionName().getText().toLowerCase(Locale.ROOT);
            if (!deterministic.contains(name)
                    || Functions.isAggregate(name, call.expr().size())
                    || call.overClause() != null
                    || call.filterClause() != null
                    || call.STAR() != null) {
                return false;
            }
        }
        if (node instanceof TerminalNode) {
            return true;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            if (!constant(node.getChild(i))) {
                return false;
            }
        }
        return true;
    }
}
