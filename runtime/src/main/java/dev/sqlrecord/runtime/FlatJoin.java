package dev.sqlrecord.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What generated code calls to read records embedded in the rows of a flat join (README.md, Nested
 * results, "Embedded records"): whether an optional record is there at all, and the folding of
 * parent-and-child rows into parents that each hold their children.
 */
public final class FlatJoin {
    private FlatJoin() {}

    /**
     * One row of a folding query: the parent's key, how to make the parent once its children are
     * known, and the child this row holds, or null when the outer join found none.
     *
     * @param <P> the parent record
     * @param <C> the child record
     */
    public record Folded<P, C>(List<Object> key, Function<List<C>, P> parent, C child) {}

    /**
     * Whether the embedded record in {@code columns} is there: no when every one of them is SQL NULL
     * (an outer join that found no row), yes when every column of {@code required} holds a value
     * (those the schema declares NOT NULL). A row in between is neither, so it is an error, not a
     * guess.
     */
    public static boolean present(Row row, String query, String component, int[] columns, int[] required) {
        boolean anyValue = false;
        for (int column : columns) {
            anyValue |= !row.isNull(column);
        }
        if (!anyValue) {
            return false;
        }
        for (int column : required) {
            if (row.isNull(column)) {
                throw new SqlRecordException("query " + query + ": the record of component " + component
                        + " is partly NULL (column " + column + " is NULL but others are not), so it is neither"
                        + " there nor missing");
            }
        }
        return true;
    }

    /**
     * The parents of {@code rows}: one per distinct key, in the order of their first row, each with
     * the children of all its rows in row order; a parent whose rows hold no child gets an empty list.
     */
    public static <P, C> List<P> fold(List<Folded<P, C>> rows) {
        Map<List<Object>, Folded<P, C>> firstRow = new LinkedHashMap<>();
        Map<List<Object>, List<C>> children = new LinkedHashMap<>();
        for (Folded<P, C> row : rows) {
            firstRow.putIfAbsent(row.key(), row);
            List<C> list = children.computeIfAbsent(row.key(), k -> new ArrayList<>());
            if (row.child() != null) {
                list.add(row.child());
            }
        }
        List<P> parents = new ArrayList<>(firstRow.size());
        firstRow.forEach((key, row) -> parents.add(row.parent().apply(List.copyOf(children.get(key)))));
        return parents;
    }
}
