package dev.sqlrecord.checker.model;

import dev.sqlrecord.runtime.internal.D1Forms;
import java.util.List;

/**
 * Which result columns of a query are read as integers, so that on D1 it is sent in a form that
 * carries those beyond 2^53 - 1 exactly (docs/D1-EXACT-INTEGERS.md). The generated code says just
 * this ({@code Query.d1ExactIntegers}); the runtime builds the form from it, as {@link #sql} does here.
 *
 * @param columns how many columns the result has
 * @param integers the 1-based positions of those read as integers, in order
 * @param returning for a write, the names of its RETURNING columns, in order; null for a SELECT
 */
public record D1Integers(int columns, List<Integer> integers, List<String> returning) {
    public D1Integers {
        integers = List.copyOf(integers);
        returning = returning == null ? null : List.copyOf(returning);
    }

    /** The form of {@code sql} D1 is sent, as the runtime builds it; null when it has none. */
    public String sql(String sql) {
        int[] at = integers.stream().mapToInt(Integer::intValue).toArray();
        return returning == null ? D1Forms.select(sql, columns, at) : D1Forms.returning(sql, returning, at);
    }
}
