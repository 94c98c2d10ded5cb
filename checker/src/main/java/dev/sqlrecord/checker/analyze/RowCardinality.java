package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.grammar.antlr.SQLiteLexer;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import dev.sqlrecord.grammar.antlr.SQLiteParser.ExprContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Whether a statement provably returns at most one row. Generated code then takes the first row
 * ({@code Database.first}) instead of stepping once more to prove there is no second
 * ({@code Database.one}), a step that cost a primary-key lookup a fifth of its time (issue 8). A
 * wrong yes would silently drop rows, so every doubt is a no, and those keep the runtime check.
 *
 * <p>Proven (https://www.sqlite.org/lang_select.html):
 * <ul>
 *   <li>a SELECT, not compound, with {@code LIMIT 0} or {@code LIMIT 1} written as a number;
 *   <li>a SELECT without FROM: it reads a single row of nothing;
 *   <li>a SELECT that aggregates without GROUP BY: one row for all its input ({@link Aggregates});
 *   <li>a SELECT, UPDATE or DELETE of one table (no join, subquery, view, CTE or virtual table)
 *       whose WHERE, split at its top-level ANDs, has {@code col = value} for every column of a
 *       unique key or for the rowid ({@link SchemaModel.Table#uniqueKeys()}), where the value is the
 *       same for every row: parameters and literals under operators and CAST; no column, function
 *       (random()), subquery or COLLATE (another collation may match several rows);
 *   <li>an INSERT of one VALUES row, or DEFAULT VALUES: it returns the one row it wrote (or, as an
 *       upsert, updated) at most.
 * </ul>
 */
final class RowCardinality {
    /** Operators whose value is a function of their operands' values alone. */
    private static final Set<Class<?>> PURE_OPERATORS = Set.of(
            SQLiteParser.ParenExprContext.class,
            SQLiteParser.UnaryExprContext.class,
            SQLiteParser.CastExprContext.class,
            SQLiteParser.ConcatExprContext.class,
            SQLiteParser.MultiplyExprContext.class,
            SQLiteParser.AddExprContext.class,
            SQLiteParser.BitExprContext.class);

    private final SchemaModel schema;
    private final Set<String> insertsMaySkip;

    /**
     * @param insertsMaySkip lower-case names of the tables where an INSERT may write nothing without
     *     an error ({@link SilentInserts}): those never prove exactly one row
     */
    RowCardinality(SchemaModel schema, Set<String> insertsMaySkip) {
        this.schema = schema;
        this.insertsMaySkip = insertsMaySkip;
    }

    /**
     * Whether a statement provably returns exactly one row, so that its {@code :one} method returns
     * the row itself. A wrong yes would fail at run time where an empty result was legitimate, so
     * every way of returning no row must be excluded:
     * <ul>
     *   <li>a SELECT, not compound, without HAVING, without OFFSET and with no LIMIT or a LIMIT of a
     *       positive number, that aggregates without GROUP BY (its WHERE does not matter: an empty
     *       input still gives one row), or that has no FROM, no WHERE and no GROUP BY;
     *   <li>an INSERT of one VALUES row, or DEFAULT VALUES, with RETURNING, into a table whose own
     *       definition and triggers cannot skip the row ({@code ON CONFLICT IGNORE},
     *       {@code RAISE(IGNORE)}), without {@code OR IGNORE}, {@code DO NOTHING} or a
     *       {@code DO UPDATE ... WHERE} (a false WHERE leaves the conflicting row as it is, unreturned).
     * </ul>
     * An UPDATE or DELETE may find no row; an INSERT ... SELECT may select none.
     */
    boolean exactlyOneRow(SQLiteParser.StatementContext statement, Resolutions names) {
        if (statement.EXPLAIN_() != null) {
            return false;
        }
        if (statement.selectStmt() != null) {
            return selectExactlyOne(statement.selectStmt());
        }
        return statement.insertStmt() != null && insertExactlyOne(statement.insertStmt(), names);
    }

    private static boolean selectExactlyOne(SQLiteParser.SelectStmtContext select) {
        List<SQLiteParser.SelectCoreContext> cores = select.compoundSelect().selectCore();
        if (cores.size() != 1
                || !(cores.get(0) instanceof SQLiteParser.PlainSelectContext core)
                || core.having != null
                || !limitAtLeastOne(select.limitClause())) {
            return false;
        }
        return Aggregates.withoutGroupBy(core)
                || core.fromClause() == null && core.where == null && core.groupBy.isEmpty();
    }

    /** No LIMIT, or {@code LIMIT n} with a positive number and no OFFSET. */
    private static boolean limitAtLeastOne(SQLiteParser.LimitClauseContext limit) {
        return limit == null
                || limit.offset == null
                        && limit.limit instanceof SQLiteParser.LiteralExprContext literal
                        && literal.literalValue().NUMERIC_LITERAL() != null
                        && literal.getText().matches("0*[1-9][0-9]*");
    }

    private boolean insertExactlyOne(SQLiteParser.InsertStmtContext insert, Resolutions names) {
        boolean oneRow = insert.DEFAULT_() != null
                || insert.valuesClause() != null
                        && insert.valuesClause().valuesRow().size() == 1;
        if (!oneRow
                || insert.returningClause() == null
                || insert.conflictResolution() != null
                        && insert.conflictResolution().IGNORE_() != null) {
            return false;
        }
        for (SQLiteParser.UpsertClauseContext upsert : insert.upsertClause()) {
            int update =
                    upsert.UPDATE_() == null ? -1 : upsert.UPDATE_().getSymbol().getTokenIndex();
            if (update < 0
                    || upsert.WHERE_().stream().anyMatch(w -> w.getSymbol().getTokenIndex() > update)) {
                return false; // DO NOTHING, or DO UPDATE ... WHERE
            }
        }
        String table = names.table(insert.qualifiedName());
        return table != null && !insertsMaySkip.contains(lower(table));
    }

    /**
     * Whether the statement is an INSERT that writes exactly one row each run, or fails, and whose
     * row is its parameters alone, so that a list of runs may go as one multi-row INSERT
     * (docs/MULTI-ROW-INSERTS.md): one VALUES row of parameters only; no CTE, OR clause, upsert or
     * RETURNING; into a table, not a view, where no constraint or trigger may skip the row
     * ({@link SilentInserts}, which also leaves out virtual tables).
     */
    boolean multiRowInsert(SQLiteParser.StatementContext statement, Resolutions names) {
        SQLiteParser.InsertStmtContext insert = statement.insertStmt();
        if (statement.EXPLAIN_() != null
                || insert == null
                || insert.withClause() != null
                || insert.INSERT_() == null
                || insert.conflictResolution() != null
                || insert.valuesClause() == null
                || insert.valuesClause().valuesRow().size() != 1
                || !insert.upsertClause().isEmpty()
                || insert.returningClause() != null) {
            return false;
        }
        for (ExprContext value : insert.valuesClause().valuesRow(0).expr()) {
            if (!(value instanceof SQLiteParser.ParameterExprContext)) {
                return false;
            }
        }
        String table = names.table(insert.qualifiedName());
        return table != null
                && !insertsMaySkip.contains(lower(table))
                && schema.table(table).map(t -> !t.view()).orElse(false);
    }

    boolean atMostOneRow(SQLiteParser.StatementContext statement, Resolutions names) {
        if (statement.EXPLAIN_() != null) {
            return false; // a row per step of the plan
        }
        if (statement.selectStmt() != null) {
            return select(statement.selectStmt(), names);
        }
        if (statement.insertStmt() != null) {
            SQLiteParser.InsertStmtContext insert = statement.insertStmt();
            return insert.DEFAULT_() != null
                    || insert.valuesClause() != null
                            && insert.valuesClause().valuesRow().size() == 1;
        }
        if (statement.updateStmt() != null) {
            SQLiteParser.UpdateStmtContext update = statement.updateStmt();
            return limitAtMostOne(update.limitClause())
                    || update.fromClause() == null && keyLookup(update.qualifiedName(), update.where, names);
        }
        if (statement.deleteStmt() != null) {
            SQLiteParser.DeleteStmtContext delete = statement.deleteStmt();
            return limitAtMostOne(delete.limitClause()) || keyLookup(delete.qualifiedName(), delete.where, names);
        }
        return false;
    }

    private boolean select(SQLiteParser.SelectStmtContext select, Resolutions names) {
        List<SQLiteParser.SelectCoreContext> cores = select.compoundSelect().selectCore();
        if (cores.size() != 1 || !(cores.get(0) instanceof SQLiteParser.PlainSelectContext core)) {
            return false;
        }
        if (limitAtMostOne(select.limitClause()) || core.fromClause() == null || Aggregates.withoutGroupBy(core)) {
            return true;
        }
        List<SQLiteParser.TableOrSubqueryContext> from = core.fromClause().tableOrSubquery();
        return from.size() == 1
                && from.get(0) instanceof SQLiteParser.TableRefContext table
                && keyLookup(table.qualifiedName(), core.where, names);
    }

    /** {@code LIMIT 1}, {@code LIMIT 1 OFFSET n} or {@code LIMIT n, 1} (after a comma, the count comes second). */
    private static boolean limitAtMostOne(SQLiteParser.LimitClauseContext limit) {
        if (limit == null) {
            return false;
        }
        ExprContext count = limit.COMMA() != null ? limit.offset : limit.limit;
        return count instanceof SQLiteParser.LiteralExprContext literal
                && literal.literalValue().NUMERIC_LITERAL() != null
                && literal.getText().matches("0*[01]");
    }

    /** True when {@code where} pins every column of a unique key of the table, or its rowid, to one value. */
    private boolean keyLookup(SQLiteParser.QualifiedNameContext name, ExprContext where, Resolutions names) {
        String base = names.table(name);
        SchemaModel.Table table = base == null ? null : schema.table(base).orElse(null);
        if (where == null || table == null) {
            return false;
        }
        Set<String> columns = new HashSet<>();
        boolean rowid = false;
        for (String column : equatedColumns(where, name, names)) {
            if (table.column(column).isPresent()) {
                columns.add(lower(column));
            } else {
                rowid |= table.isRowid(column);
            }
        }
        return rowid && table.rowidKey()
                || table.uniqueKeys().stream().anyMatch(key -> key.stream().allMatch(c -> columns.contains(lower(c))));
    }

    /** The columns of the FROM item {@code item} that a top-level AND term sets equal to a constant. */
    private static List<String> equatedColumns(ExprContext where, ParserRuleContext item, Resolutions names) {
        List<String> out = new ArrayList<>();
        for (ExprContext term : Conjuncts.of(where)) {
            if (term instanceof SQLiteParser.EqualityExprContext eq
                    && (eq.op.getType() == SQLiteLexer.ASSIGN || eq.op.getType() == SQLiteLexer.EQ)) {
                String left = column(eq.expr(0), item, names);
                String right = column(eq.expr(1), item, names);
                if (left != null && constant(eq.expr(1))) {
                    out.add(left);
                } else if (right != null && constant(eq.expr(0))) {
                    out.add(right);
                }
            }
        }
        return out;
    }

    /** The column a plain column reference names when it reads the FROM item {@code item}; null for anything else. */
    private static String column(ExprContext e, ParserRuleContext item, Resolutions names) {
        if (!(unwrap(e) instanceof SQLiteParser.ColumnExprContext c)) {
            return null;
        }
        Resolutions.Resolved resolved = names.column(c.columnRef());
        return resolved != null && resolved.item() == item ? resolved.column() : null;
    }

    /** True for a value computed once for the statement: no column, function, subquery, COLLATE or clock. */
    private static boolean constant(ExprContext e) {
        if (e instanceof SQLiteParser.LiteralExprContext literal) {
            // CURRENT_TIME and the like may change between the steps that read two rows.
            SQLiteParser.LiteralValueContext value = literal.literalValue();
            return value.CURRENT_TIME_() == null && value.CURRENT_DATE_() == null && value.CURRENT_TIMESTAMP_() == null;
        }
        if (e instanceof SQLiteParser.ParenExprContext paren && paren.expr().size() != 1) {
            return false; // a row value
        }
        return e instanceof SQLiteParser.ParameterExprContext
                || PURE_OPERATORS.contains(e.getClass())
                        && e.getRuleContexts(ExprContext.class).stream().allMatch(RowCardinality::constant);
    }

    private static ExprContext unwrap(ExprContext e) {
        while (e instanceof SQLiteParser.ParenExprContext paren && paren.expr().size() == 1) {
            e = paren.expr(0);
        }
        return e;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
