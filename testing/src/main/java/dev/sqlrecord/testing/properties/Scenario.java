package dev.sqlrecord.testing.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** Helpers the properties share to build scenarios from generated rows and report what they show. */
final class Scenario {
    private Scenario() {}

    /** The steps, each once, in order (two rows may share a parent). */
    static List<Step> of(List<Step> first, List<Step> then) {
        List<Step> out = new ArrayList<>();
        for (List<Step> part : List.of(first, then)) {
            part.stream().filter(s -> !out.contains(s)).forEach(out::add);
        }
        return out;
    }

    /** The parents' INSERTs, then the row's. */
    static List<Step> inserting(SampleRows rows, String table, Map<String, Object> row) {
        return of(rows.parentsOf(table, row), List.of(Step.insert(table, row)));
    }

    /** The row without a column (so that it takes its default). */
    static Map<String, Object> without(Map<String, Object> row, String column) {
        Map<String, Object> out = new LinkedHashMap<>(row);
        out.keySet().removeIf(k -> k.equalsIgnoreCase(column));
        return out;
    }

    /** The row with some columns changed (names matched ignoring case). */
    static Map<String, Object> with(Map<String, Object> row, Map<String, Object> changes) {
        Map<String, Object> out = new LinkedHashMap<>(row);
        for (var change : changes.entrySet()) {
            String key = out.keySet().stream()
                    .filter(k -> k.equalsIgnoreCase(change.getKey()))
                    .findFirst()
                    .orElse(change.getKey());
            out.put(key, change.getValue());
        }
        return out;
    }

    /** The row's value of a column, its name matched ignoring case; null when absent. */
    static Object value(Map<String, Object> row, String column) {
        for (var entry : row.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(column)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** A row of the simplest values: NULL where allowed, else 0 or '' by the column's affinity. */
    static Map<String, Object> simplest(List<SampleRows.Col> cols) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (SampleRows.Col col : cols) {
            String type = col.type() == null ? "" : col.type().toUpperCase(Locale.ROOT);
            boolean text = type.contains("CHAR") || type.contains("TEXT") || type.contains("CLOB");
            row.put(col.name(), col.notNull() || col.pk() > 0 ? (text ? "" : (Object) 0L) : null);
        }
        return row;
    }

    /** Shrinks the scenario while {@code keeps} holds, then reports the diagnostic with its reproduction. */
    static void report(
            SchemaUnderTest schema,
            List<Step> steps,
            Function<List<Step>, Scenarios.Probe> probe,
            Predicate<Outcome> keeps,
            Declarations.Place place,
            String code,
            String message) {
        List<Step> shrunk = keeps.test(schema.scenarios().run(steps, probe))
                ? schema.scenarios().shrink(steps, probe, keeps)
                : steps;
        schema.report(schema.diagnostic(place, code, message), schema.reproduction(shrunk));
    }

    /** Shrinks a scenario that fails at its last step, keeping that same failure. */
    static void reportFailure(
            SchemaUnderTest schema, List<Step> steps, Declarations.Place place, String code, String message) {
        Outcome original = schema.scenarios().run(steps, null);
        report(schema, steps, null, o -> o.sameFailure(original), place, code, message);
    }
}
