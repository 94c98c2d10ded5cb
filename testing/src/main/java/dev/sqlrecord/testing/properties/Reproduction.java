package dev.sqlrecord.testing.properties;

import dev.sqlrecord.checker.model.SchemaModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A shrunk scenario as SQL a person can paste into {@code sqlite3}: foreign keys on (as the runtime
 * and D1 have them), the CREATE statements of the tables involved (those the steps write and the
 * tables their foreign keys reach, parents first), the rows the migrations themselves put there,
 * then the steps.
 */
final class Reproduction {
    private Reproduction() {}

    static String render(long seed, SampleRows rows, List<Step> steps) {
        SchemaModel model = rows.model();
        Set<String> involved = new LinkedHashSet<>();
        steps.forEach(step -> reach(model, step.table(), involved));
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < involved.size()) {
            int before = ordered.size();
            for (String table : involved) {
                if (!ordered.contains(table)
                        && model.table(table)
                                .map(t -> t.foreignKeys().stream()
                                        .allMatch(k -> ordered.contains(SchemaUnderTest.lower(k.table()))
                                                || k.table().equalsIgnoreCase(table)
                                                || !involved.contains(SchemaUnderTest.lower(k.table()))))
                                .orElse(true)) {
                    ordered.add(table);
                }
            }
            if (ordered.size() == before) {
                involved.stream().filter(t -> !ordered.contains(t)).findFirst().ifPresent(ordered::add);
            }
        }
        StringBuilder sql = new StringBuilder("-- seed ")
                .append(seed)
                .append("; reproduce with sqlite3:\n")
                .append("PRAGMA foreign_keys = ON;\n");
        for (String table : ordered) {
            rows.ddl(table).forEach(statement -> sql.append(statement).append(";\n"));
        }
        for (String table : ordered) {
            for (Map<String, Object> row : rows.background(table)) {
                sql.append(Step.insert(table, row).literalSql()).append(";\n");
            }
        }
        steps.forEach(step -> sql.append(step.literalSql()).append(";\n"));
        return sql.toString();
    }

    private static void reach(SchemaModel model, String table, Set<String> out) {
        if (!out.add(SchemaUnderTest.lower(table))) {
            return;
        }
        model.table(table).ifPresent(t -> t.foreignKeys().forEach(k -> reach(model, k.table(), out)));
    }
}
