package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.analyze.Scope.NamedValue;
import dev.sqlrecord.checker.model.SqlType;
import java.util.ArrayList;
import java.util.List;

/** How the arms of a compound SELECT (or the rows of VALUES) combine into one column type each. */
final class CompoundColumns {
    private CompoundColumns() {}

    /** UNION (and VALUES rows): a column may be NULL if it may be in any arm. */
    static List<NamedValue> union(List<NamedValue> a, List<NamedValue> b) {
        List<NamedValue> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            ValueType left = a.get(i).type();
            ValueType right = i < b.size() ? b.get(i).type() : ValueType.NULL;
            SqlType type = left.type() == right.type()
                    ? left.type()
                    : left.type() == SqlType.ANY
                            ? right.type()
                            : right.type() == SqlType.ANY ? left.type() : SqlType.ANY;
            out.add(new NamedValue(a.get(i).name(), ValueType.of(type, left.nullable() || right.nullable())));
        }
        return out;
    }

    /** INTERSECT: a column is NULL only where both sides may be (NULLs compare equal in compounds). */
    static List<NamedValue> intersect(List<NamedValue> a, List<NamedValue> b) {
        List<NamedValue> merged = union(a, b);
        List<NamedValue> out = new ArrayList<>();
        for (int i = 0; i < merged.size(); i++) {
            boolean nullable = a.get(i).type().nullable()
                    && (i >= b.size() || b.get(i).type().nullable());
            out.add(new NamedValue(merged.get(i).name(), merged.get(i).type().withNullable(nullable)));
        }
        return out;
    }
}
