package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.diag.Severity;
import dev.sqlrecord.checker.model.QueryModel.ResultColumn;
import dev.sqlrecord.checker.parse.NamedQuery;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Names the component of a result column whose name an earlier column already took, as {@code
 * SELECT *} over a join gives ({@code id} of users, then {@code id} of posts): after its table
 * ({@code postsId}) when it comes from one, else after its position ({@code id2}); the same on every
 * build, with a warning that says how to choose instead (README.md, Nested results, "Embedded records").
 */
final class DuplicateColumnNames {
    private DuplicateColumnNames() {}

    /**
     * A free component name for {@code column}, the {@code index}-th (0-based), added to {@code
     * taken}; {@code component} makes a legal component name of a text.
     */
    static String name(
            NamedQuery query,
            ResultColumn column,
            int index,
            String taken,
            Set<String> seen,
            BiFunction<String, Integer, String> component,
            Diagnostics diagnostics) {
        String name = column.table() == null ? null : component.apply(column.table() + "_" + column.name(), index);
        if (name == null || !seen.add(name)) {
            name = taken + (index + 1);
            for (int n = 2; !seen.add(name); n++) {
                name = component.apply(column.name() + "_" + (index + 1) + "_" + n, index);
            }
        }
        diagnostics.add(new Diagnostic(
                query.file().display(),
                query.line(),
                1,
                1,
                Severity.WARNING,
                "duplicate-column-name",
                "result column '" + column.name() + "' of query '" + query.name() + "' comes twice, so its record"
                        + " component is named " + name + "; give the column an alias (AS some_name), or read each"
                        + " table's columns into a record of its own (-> Record whose components are records,"
                        + " README.md \"Embedded records\")"));
        return name;
    }
}
