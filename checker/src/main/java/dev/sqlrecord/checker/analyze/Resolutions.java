package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.grammar.antlr.SQLiteParser.ColumnRefContext;
import dev.sqlrecord.grammar.antlr.SQLiteParser.QualifiedNameContext;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * What the names of one statement mean, as the analyzer's {@link Scope} resolved them while typing
 * it: for each column reference, the FROM item it reads (and the base table behind that item), and
 * for each table name in a FROM clause or an UPDATE/DELETE target, the base table it is. Handed on
 * with the analysis so that the lints never resolve a name a second way.
 */
public final class Resolutions {
    /** What a column reference names. */
    public enum Kind {
        /** A column of a base table (or its rowid). */
        TABLE,
        /** A column of a view, a CTE, a subquery in FROM or a table-valued function. */
        DERIVED,
        /** A result column of the enclosing SELECT, named by ORDER BY. */
        RESULT
    }

    /**
     * One resolved column reference: {@code item} is the FROM item's node (the table's
     * {@code qualifiedName}, or the subquery), null for a result column; {@code table} the base table
     * as the schema spells it (null unless {@code kind} is TABLE); {@code column} as written.
     */
    public record Resolved(Kind kind, ParserRuleContext item, String table, String column) {}

    /**
     * A lint the analyzer found while typing (a nested aggregate's shape needs its scopes), reported
     * by the linter at the level its settings give ({@code lint.Rule} by {@code code}).
     */
    public record Advice(String code, Token at, String message) {}

    private final List<Advice> advice = new ArrayList<>();
    private final Map<ColumnRefContext, Resolved> columns = new IdentityHashMap<>();
    private final Map<QualifiedNameContext, String> tables = new IdentityHashMap<>();

    void advise(String code, Token at, String message) {
        advice.add(new Advice(code, at, message));
    }

    /** The lints found while typing, in the order found. */
    public List<Advice> advice() {
        return List.copyOf(advice);
    }

    /** What {@code ref} names; null when it names nothing we know (SQLite vetted it, so an unknown source). */
    public Resolved column(ColumnRefContext ref) {
        return columns.get(ref);
    }

    /** The base table a FROM item or write target names; null for a view, a CTE or an unknown name. */
    public String table(QualifiedNameContext name) {
        return tables.get(name);
    }

    void column(ColumnRefContext ref, Resolved resolved) {
        columns.put(ref, resolved);
    }

    void table(QualifiedNameContext name, String table) {
        tables.put(name, table);
    }
}
