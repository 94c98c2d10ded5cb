package dev.sqlrecord.testing.properties;

import dev.sqlrecord.checker.model.SchemaModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Each ON DELETE / ON UPDATE action does what it declares, and can: a generated child row and its
 * parent are inserted, the parent is deleted (or its key updated), and the child is read back.
 * CASCADE removes (or follows) the child, SET NULL and SET DEFAULT set its key, RESTRICT refuses
 * with a foreign key error. An action that fails where the same write succeeds without the child
 * (SET NULL on a NOT NULL column, SET DEFAULT to a value no parent row has) cannot succeed.
 */
public final class Actions implements SchemaProperty {
    @Override
    public String name() {
        return "actions";
    }

    @Override
    public void check(SchemaUnderTest schema) {
        for (SchemaModel.Table table : schema.tables()) {
            if (schema.unsatisfiable().contains(SchemaUnderTest.lower(table.name()))) {
                continue;
            }
            for (SchemaModel.ForeignKey key : table.foreignKeys()) {
                judge(schema, table, key, "DELETE", key.onDelete());
                judge(schema, table, key, "UPDATE", key.onUpdate());
            }
        }
    }

    private static void judge(
            SchemaUnderTest schema, SchemaModel.Table child, SchemaModel.ForeignKey key, String event, String action) {
        String declared = action == null ? "" : action.toUpperCase(Locale.ROOT);
        if (!List.of("CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT").contains(declared)
                || schema.unsatisfiable().contains(SchemaUnderTest.lower(key.table()))) {
            return;
        }
        SampleRows rows = schema.rows();
        Declarations.Part clause = schema.declarations().foreignKey(child.name(), key.columns());
        if (clause == null) {
            return;
        }
        List<String> parentColumns = new ArrayList<>();
        for (int i = 0; i < key.columns().size(); i++) {
            parentColumns.add(rows.parentColumn(key, i));
        }
        if (parentColumns.contains(null)) {
            return;
        }
        for (Map<String, Object> row : rows.sample(child.name())) {
            Map<String, Object> parentKey = new LinkedHashMap<>();
            for (int i = 0; i < key.columns().size(); i++) {
                parentKey.put(
                        parentColumns.get(i), Scenario.value(row, key.columns().get(i)));
            }
            Map<String, Object> parent = SampleRows.find(rows.sample(key.table()), parentKey);
            if (parentKey.containsValue(null) || parent == null || parent == row) {
                continue; // a parent the migrations inserted may be referenced by their other rows: not ours to delete
            }
            List<Step> setup = Scenario.inserting(rows, child.name(), row);
            Map<String, Object> newKey = newKey(rows, key.table(), parentColumns, parentKey);
            Step write = event.equals("DELETE")
                    ? Step.delete(key.table(), parentKey)
                    : Step.update(key.table(), newKey, parentKey);
            List<Step> steps = Scenario.of(setup, List.of(write));
            Function<List<Step>, Scenarios.Probe> probe = s -> readBack(s, child.name(), key.columns());
            Outcome outcome = schema.scenarios().run(steps, probe);
            Declarations.Place place = Declarations.action(clause, event);
            String what = "ON " + event + " " + declared + " of " + child.name() + "("
                    + String.join(", ", key.columns()) + ")";
            if (declared.equals("RESTRICT")) {
                if (!outcome.failed()) {
                    Scenario.report(
                            schema,
                            steps,
                            probe,
                            o -> !o.failed(),
                            place,
                            "fk-action-wrong-effect",
                            what + " let the referenced row of " + key.table() + " change");
                }
                return;
            }
            if (outcome.failed()) {
                List<Step> alone = new ArrayList<>(steps);
                alone.remove(setup.size() - 1); // the child's own INSERT
                if (outcome.atLast() && !schema.scenarios().run(alone, null).failed()) {
                    Scenario.reportFailure(
                            schema,
                            steps,
                            place,
                            "fk-action-fails",
                            what + " cannot succeed: " + (event.equals("DELETE") ? "deleting" : "updating the key of")
                                    + " a referenced row of " + key.table() + " fails with " + outcome.describe());
                }
                return;
            }
            List<Object> expected = expected(schema, declared, event, key, child, newKey, parentColumns);
            List<Object> found =
                    outcome.probed().isEmpty() ? null : outcome.probed().get(0);
            if (!sameValues(expected, found)) {
                String effect = found == null ? "removes the child row" : "leaves " + found;
                Scenario.report(
                        schema,
                        steps,
                        probe,
                        o -> !o.failed()
                                && !sameValues(
                                        expected,
                                        o.probed().isEmpty() ? null : o.probed().get(0)),
                        place,
                        "fk-action-wrong-effect",
                        what + " " + effect + " where it declares " + (expected == null ? "removing it" : expected));
            }
            return;
        }
    }

    /** What the child's key columns should hold after the write; null when the child row should be gone. */
    private static List<Object> expected(
            SchemaUnderTest schema,
            String declared,
            String event,
            SchemaModel.ForeignKey key,
            SchemaModel.Table child,
            Map<String, Object> newKey,
            List<String> parentColumns) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < key.columns().size(); i++) {
            String column = key.columns().get(i);
            switch (declared) {
                case "CASCADE" -> {
                    if (event.equals("DELETE")) {
                        return null;
                    }
                    out.add(Scenario.value(newKey, parentColumns.get(i)));
                }
                case "SET DEFAULT" -> {
                    String sql = schema.rows().columns(child.name()).stream()
                            .filter(c -> c.name().equalsIgnoreCase(column))
                            .map(SampleRows.Col::defaultSql)
                            .findFirst()
                            .orElse(null);
                    out.add(
                            sql == null
                                    ? null
                                    : schema.scenarios()
                                            .scratch(List.of(), "SELECT " + sql, 1)
                                            .get(0)
                                            .get(0));
                }
                default -> out.add(null);
            }
        }
        return out;
    }

    /** The referenced columns of another generated parent row, not inserted, else values no row has. */
    private static Map<String, Object> newKey(
            SampleRows rows, String parent, List<String> columns, Map<String, Object> current) {
        for (Map<String, Object> other : rows.sample(parent)) {
            Map<String, Object> key = new LinkedHashMap<>();
            columns.forEach(c -> key.put(c, Scenario.value(other, c)));
            if (!key.containsValue(null) && !sameValues(List.copyOf(key.values()), List.copyOf(current.values()))) {
                return key;
            }
        }
        Map<String, Object> key = new LinkedHashMap<>();
        current.forEach((c, v) -> key.put(c, v instanceof Long n ? (Object) (n + 1_000_000_007L) : v + "-moved"));
        return key;
    }

    /** Reads the child's key columns back, finding the child by its other columns. */
    private static Scenarios.Probe readBack(List<Step> steps, String child, List<String> keyColumns) {
        Step insert = null;
        for (Step step : steps) {
            if (step.kind() == Step.Kind.INSERT && step.table().equalsIgnoreCase(child)) {
                insert = step;
            }
        }
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (insert != null) {
            for (var e : insert.values().entrySet()) {
                if (keyColumns.stream().noneMatch(k -> k.equalsIgnoreCase(e.getKey()))) {
                    conditions.add(Step.quoted(e.getKey()) + (e.getValue() == null ? " IS NULL" : " = ?"));
                    if (e.getValue() != null) {
                        params.add(e.getValue());
                    }
                }
            }
        }
        return new Scenarios.Probe(
                "SELECT "
                        + String.join(
                                ", ", keyColumns.stream().map(Step::quoted).toList()) + " FROM " + Step.quoted(child)
                        + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)),
                params,
                keyColumns.size());
    }

    private static boolean sameValues(List<Object> a, List<Object> b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i) instanceof Integer n ? (Object) n.longValue() : a.get(i);
            Object y = b.get(i) instanceof Integer n ? (Object) n.longValue() : b.get(i);
            if (!Objects.equals(x, y)
                    && !(x instanceof Number p && y instanceof Number q && p.doubleValue() == q.doubleValue())
                    && !String.valueOf(x).equals(String.valueOf(y))) {
                return false;
            }
        }
        return true;
    }
}
