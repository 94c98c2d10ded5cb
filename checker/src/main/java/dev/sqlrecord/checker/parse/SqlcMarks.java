package dev.sqlrecord.checker.parse;

import java.util.BitSet;
import java.util.Set;

/**
 * What rewriting sqlc's macros left in a query's SQL besides the parameters: which characters are
 * padding (the spaces that keep the rest of the statement at its file columns, left out of the SQL
 * the generated code runs) and which parameters a {@code sqlc.narg(x)} declared nullable.
 */
public final class SqlcMarks {
    /** A query without macros. */
    public static final SqlcMarks NONE = new SqlcMarks(null, new BitSet(), Set.of());

    /** The SQL before the rewrite, of the same length; null when nothing was rewritten. */
    private final String original;

    private final BitSet padding;
    private final Set<String> nullable;

    SqlcMarks(String original, BitSet padding, Set<String> nullable) {
        this.original = original;
        this.padding = (BitSet) padding.clone();
        this.nullable = Set.copyOf(nullable);
    }

    /** A statement of the query as the user wrote it, macros and all (the rewrite keeps every offset). */
    public String written(ParsedStatement statement) {
        if (original == null) {
            return statement.text();
        }
        int from = statement.tokens().get(0).getStartIndex();
        int to = from + statement.text().length();
        // A statement ending in a macro ends, as written, where the macro's padding does.
        while (to < original.length() && padding.get(to)) {
            to++;
        }
        return original.substring(from, to);
    }

    /** Whether character {@code index} of the query's SQL is padding a macro's rewrite added. */
    public boolean padding(int index) {
        return padding.get(index);
    }

    /** Whether parameter {@code name} (without its {@code :}) was written {@code sqlc.narg(name)} anywhere. */
    public boolean nullable(String name) {
        return nullable.contains(name);
    }
}
