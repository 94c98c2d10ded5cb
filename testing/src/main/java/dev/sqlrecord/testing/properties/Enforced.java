package dev.sqlrecord.testing.properties;

import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import dev.sqlrecord.runtime.CheckViolationException;
import dev.sqlrecord.runtime.ForeignKeyViolationException;
import dev.sqlrecord.runtime.NotNullViolationException;
import dev.sqlrecord.runtime.PrimaryKeyViolationException;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.UniqueViolationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Each NOT NULL, UNIQUE/PRIMARY KEY, CHECK and FOREIGN KEY rejects the smallest change of a valid
 * row that violates it, through the runtime, with its typed exception; and a CHECK can be violated
 * at all ({@code x IN ('a', 'b', NULL)} cannot: for any other value it is NULL, which a CHECK
 * accepts). Each violating row is built from a generated valid row, its parents inserted first.
 */
public final class Enforced implements SchemaProperty {
    @Override
    public String name() {
        return "enforced";
    }

    @Override
    public void check(SchemaUnderTest schema) {
        for (SchemaModel.Table table : schema.tables()) {
            List<Map<String, Object>> sample = schema.rows().sample(table.name());
            if (sample.isEmpty() || schema.unsatisfiable().contains(SchemaUnderTest.lower(table.name()))) {
                continue;
            }
            new Judge(schema, table, sample).all();
        }
    }

    private record Judge(SchemaUnderTest schema, SchemaModel.Table table, List<Map<String, Object>> sample) {
        void all() {
            notNull();
            unique();
            checks();
            foreignKeys();
        }

        private String name() {
            return table.name();
        }

        private List<Step> inserting(Map<String, Object> row, Map<String, Object> changes) {
            return Scenario.of(
                    schema.rows().parentsOf(name(), row), List.of(Step.insert(name(), Scenario.with(row, changes))));
        }

        private void notNull() {
            for (SampleRows.Col col : schema.rows().columns(name())) {
                boolean alias = table.column(col.name())
                        .map(SchemaModel.Column::rowidAlias)
                        .orElse(false);
                if (!col.notNull() || alias) {
                    continue;
                }
                Map<String, Object> nulled = new LinkedHashMap<>();
                nulled.put(col.name(), null);
                String column = name() + "." + col.name();
                expect(
                        inserting(sample.get(0), nulled),
                        steps -> new Scenarios.Probe(
                                "SELECT count(*) FROM " + Step.quoted(name()) + " WHERE " + Step.quoted(col.name())
                                        + " IS NULL",
                                List.of(),
                                1),
                        counted(1),
                        NotNullViolationException.class,
                        m -> m.equalsIgnoreCase("NOT NULL constraint failed: " + column),
                        schema.declarations()
                                .columnConstraint(name(), col.name(), SQLiteParser.NotNullConstraintContext.class),
                        "NOT NULL of " + column);
            }
        }

        private void unique() {
            for (SampleRows.Key key : schema.rows().keys(name())) {
                Map<String, Object> first = sample.stream()
                        .filter(r -> key.columns().stream().allMatch(c -> Scenario.value(r, c) != null))
                        .findFirst()
                        .orElse(null);
                Map<String, Object> second =
                        sample.stream().filter(r -> r != first).findFirst().orElse(null);
                if (first == null || second == null) {
                    continue;
                }
                Map<String, Object> copied = new LinkedHashMap<>();
                key.columns().forEach(c -> copied.put(c, Scenario.value(first, c)));
                List<Step> steps = Scenario.of(inserting(first, Map.of()), inserting(second, copied));
                String columns = String.join(
                        ", ", key.columns().stream().map(c -> name() + "." + c).toList());
                Function<List<Step>, Scenarios.Probe> count = s -> {
                    Step last = s.get(s.size() - 1);
                    Map<String, Object> where = new LinkedHashMap<>();
                    key.columns().forEach(c -> where.put(c, Scenario.value(last.values(), c)));
                    String condition = String.join(
                            " AND ",
                            where.keySet().stream()
                                    .map(c -> Step.quoted(c) + " = ?")
                                    .toList());
                    return new Scenarios.Probe(
                            "SELECT count(*) FROM " + Step.quoted(name()) + " WHERE " + condition,
                            List.copyOf(where.values()),
                            1);
                };
                expect(
                        steps,
                        count,
                        counted(2),
                        key.primary() ? PrimaryKeyViolationException.class : UniqueViolationException.class,
                        m -> m.equalsIgnoreCase("UNIQUE constraint failed: " + columns),
                        keyPlace(key),
                        (key.primary() ? "PRIMARY KEY (" : "UNIQUE (") + String.join(", ", key.columns()) + ") of "
                                + name());
            }
        }

        private Declarations.Place keyPlace(SampleRows.Key key) {
            Declarations where = schema.declarations();
            Declarations.Place place = key.index() == null ? null : where.uniqueIndex(key.index());
            if (place == null) {
                place = where.keyConstraint(name(), key.columns());
            }
            if (place == null && key.columns().size() == 1) {
                Class<? extends SQLiteParser.ColumnConstraintBodyContext> kind = key.primary()
                        ? SQLiteParser.PrimaryKeyConstraintContext.class
                        : SQLiteParser.UniqueConstraintContext.class;
                place = where.columnConstraint(name(), key.columns().get(0), kind);
            }
            return place == null ? where.table(name()) : place;
        }

        private void checks() {
            List<SampleRows.Col> cols = schema.rows().columns(name());
            for (Declarations.Check check : schema.declarations().checks(name())) {
                if (CheckGrid.columns(check.expr(), cols).isEmpty()) {
                    continue;
                }
                List<Map<String, Object>> failing = CheckGrid.search(
                        schema.scenarios(),
                        name(),
                        cols,
                        sample,
                        check.expr(),
                        check.exprText(),
                        CheckGrid.Want.FAILS,
                        30);
                if (failing.isEmpty()) {
                    String column =
                            CheckGrid.columns(check.expr(), cols).iterator().next();
                    List<Step> steps = inserting(sample.get(0), Map.of(column, "zzz-not-allowed"));
                    Scenario.report(
                            schema,
                            steps,
                            null,
                            o -> !o.failed(),
                            check.part().place(),
                            "check-accepts-everything",
                            "no value violates this CHECK, so it rejects nothing (a NULL in an IN list, or a"
                                    + " comparison with NULL, makes it NULL, which a CHECK accepts): CHECK ("
                                    + check.exprText() + ")");
                    continue;
                }
                for (Map<String, Object> assignment : failing) {
                    Outcome outcome = schema.scenarios().run(inserting(sample.get(0), assignment), null);
                    if (outcome.atLast()
                            && outcome.message().startsWith("CHECK constraint failed: ")
                            && check.named(Satisfiable.checkText(outcome))) {
                        if (!(outcome.error() instanceof CheckViolationException)) {
                            wrongType(
                                    inserting(sample.get(0), assignment),
                                    CheckViolationException.class,
                                    outcome,
                                    check.part().place(),
                                    "CHECK (" + check.exprText() + ")");
                        }
                        break;
                    }
                }
            }
        }

        private void foreignKeys() {
            for (SchemaModel.ForeignKey key : table.foreignKeys()) {
                Declarations.Part clause = schema.declarations().foreignKey(name(), key.columns());
                Map<String, Object> row = sample.stream()
                        .filter(r -> key.columns().stream().allMatch(c -> Scenario.value(r, c) != null))
                        .findFirst()
                        .orElse(null);
                if (clause == null
                        || row == null
                        || schema.schema().table(key.table()).isEmpty()) {
                    continue;
                }
                Map<String, Object> orphan = new LinkedHashMap<>();
                key.columns().forEach(c -> orphan.put(c, missing(Scenario.value(row, c))));
                expect(
                        inserting(row, orphan),
                        null,
                        o -> false, // accepted means deferred (checked at COMMIT), or not orphaned after all
                        ForeignKeyViolationException.class,
                        m -> m.startsWith("FOREIGN KEY constraint failed"),
                        clause.place(),
                        "the foreign key " + name() + "(" + String.join(", ", key.columns()) + ") to " + key.table());
            }
        }

        /** A value no generated parent row has: far from every generated one. */
        private static Object missing(Object value) {
            if (value instanceof Long n) {
                return n + 1_000_000_007L;
            }
            if (value instanceof Double d) {
                return d + 1_000_000_007.5;
            }
            return (value instanceof byte[] ? "" : String.valueOf(value)) + "-missing";
        }

        /**
         * The last step must fail with the constraint's message and typed exception. Accepted (and,
         * with a probe, the probe finding the violation stored) is "not enforced"; refused with
         * the constraint's message but another exception type is "wrong exception".
         */
        private void expect(
                List<Step> steps,
                Function<List<Step>, Scenarios.Probe> probe,
                Predicate<Outcome> stored,
                Class<? extends SqlRecordException> type,
                Predicate<String> message,
                Declarations.Place place,
                String what) {
            Outcome outcome = schema.scenarios().run(steps, probe);
            if (!outcome.failed() && stored.test(outcome)) {
                Scenario.report(
                        schema,
                        steps,
                        probe,
                        o -> !o.failed() && stored.test(o),
                        place,
                        "constraint-not-enforced",
                        what + " accepts a row that violates it");
            } else if (outcome.atLast() && message.test(outcome.message()) && !type.isInstance(outcome.error())) {
                wrongType(steps, type, outcome, place, what);
            }
        }

        private void wrongType(
                List<Step> steps,
                Class<? extends SqlRecordException> type,
                Outcome outcome,
                Declarations.Place place,
                String what) {
            Scenario.reportFailure(
                    schema,
                    steps,
                    place,
                    "constraint-wrong-exception",
                    what + " rejects a violating row with "
                            + outcome.error().getClass().getSimpleName() + " instead of " + type.getSimpleName() + " ("
                            + outcome.message() + ")");
        }

        /** Whether the probe's count reaches {@code at}: the violating row is there to see. */
        private static Predicate<Outcome> counted(long at) {
            return o -> !o.probed().isEmpty() && o.probed().get(0).get(0) instanceof Number n && n.longValue() >= at;
        }
    }
}
