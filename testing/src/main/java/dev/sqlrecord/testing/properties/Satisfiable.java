package dev.sqlrecord.testing.properties;

import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import dev.sqlrecord.runtime.CheckViolationException;
import dev.sqlrecord.runtime.PrimaryKeyViolationException;
import dev.sqlrecord.runtime.UniqueViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every table can hold a valid row, and a second row written with its defaults does not collide.
 * A table the generator cannot fill is explained by what makes it impossible: a foreign key to
 * columns that are not a unique key (SQLite then refuses every write with "foreign key mismatch"),
 * a required parent that can hold no row, or a CHECK that no value meets (searched with
 * {@link CheckGrid}). For a table that can be filled, each column's DEFAULT is written: against its
 * CHECK it fails, and on a UNIQUE column a constant default collides on the second row.
 */
public final class Satisfiable implements SchemaProperty {
    @Override
    public String name() {
        return "satisfiable";
    }

    @Override
    public void check(SchemaUnderTest schema) {
        for (SchemaModel.Table table : schema.tables()) {
            String reason = schema.rows().unfilled(table.name());
            if (reason != null) {
                explain(schema, table, reason);
            } else {
                checksWithAValue(schema, table);
                defaults(schema, table);
            }
        }
    }

    /**
     * A table that holds rows may still have a CHECK that only NULL meets (on a nullable column:
     * {@code CHECK (discount > 100 AND discount < 0)}): no value of its columns makes it true.
     */
    private static void checksWithAValue(SchemaUnderTest schema, SchemaModel.Table table) {
        List<SampleRows.Col> cols = schema.rows().columns(table.name());
        List<Map<String, Object>> sample = schema.rows().sample(table.name());
        for (Declarations.Check check : schema.declarations().checks(table.name())) {
            if (CheckGrid.columns(check.expr(), cols).isEmpty()
                    || !CheckGrid.search(
                                    schema.scenarios(),
                                    table.name(),
                                    cols,
                                    sample,
                                    check.expr(),
                                    check.exprText(),
                                    CheckGrid.Want.HOLDS_WITH_A_VALUE,
                                    1)
                            .isEmpty()) {
                continue;
            }
            Map<String, Object> row = sample.isEmpty() ? Scenario.simplest(cols) : sample.get(0);
            List<Step> steps = Scenario.inserting(schema.rows(), table.name(), row);
            for (Map<String, Object> assignment : CheckGrid.search(
                    schema.scenarios(),
                    table.name(),
                    cols,
                    sample,
                    check.expr(),
                    check.exprText(),
                    CheckGrid.Want.FAILS,
                    20)) {
                List<Step> tried = Scenario.of(
                        schema.rows().parentsOf(table.name(), row),
                        List.of(Step.insert(table.name(), Scenario.with(row, assignment))));
                Outcome outcome = schema.scenarios().run(tried, null);
                if (outcome.atLast() && outcome.error() instanceof CheckViolationException) {
                    steps = tried;
                    break;
                }
            }
            Scenario.reportFailure(
                    schema,
                    steps,
                    check.part().place(),
                    "unsatisfiable-check",
                    "no value meets this CHECK (only NULL passes it): CHECK (" + check.exprText() + ")");
        }
    }

    private static void explain(SchemaUnderTest schema, SchemaModel.Table table, String reason) {
        SampleRows rows = schema.rows();
        List<SampleRows.Col> cols = rows.columns(table.name());
        Declarations where = schema.declarations();
        schema.markUnsatisfiable(table.name());
        boolean explained = false;
        for (SchemaModel.ForeignKey key : table.foreignKeys()) {
            if (schema.schema().table(key.table()).isEmpty()) {
                continue; // a foreign key to no table: the checker's migration-missing-reference
            }
            Declarations.Part clause = where.foreignKey(table.name(), key.columns());
            Declarations.Place place =
                    clause == null ? where.column(table.name(), key.columns().get(0)) : clause.place();
            List<String> parentColumns = new ArrayList<>();
            for (int i = 0; i < key.columns().size(); i++) {
                parentColumns.add(rows.parentColumn(key, i));
            }
            if (!uniqueKey(rows, key.table(), parentColumns)) {
                Scenario.reportFailure(
                        schema,
                        List.of(Step.insert(table.name(), Scenario.simplest(cols))),
                        place,
                        "fk-parent-not-unique",
                        "the foreign key " + table.name() + "(" + String.join(", ", key.columns()) + ") references "
                                + key.table() + "(" + String.join(", ", parentColumns) + "), which is no PRIMARY KEY"
                                + " or UNIQUE key of " + key.table() + ": SQLite refuses every write to "
                                + table.name() + " and to " + key.table() + " with \"foreign key mismatch\"");
                // the parent cannot take a row either: reported here, not again by preserves
                schema.markUnsatisfiable(key.table());
                explained = true;
            } else if (required(cols, key)
                    && !key.table().equalsIgnoreCase(table.name())
                    && rows.unfilled(key.table()) != null) {
                Scenario.reportFailure(
                        schema,
                        List.of(Step.insert(table.name(), Scenario.simplest(cols))),
                        place,
                        "unsatisfiable-parent",
                        "every row of " + table.name() + " needs a row of " + key.table() + " ("
                                + String.join(", ", key.columns()) + " NOT NULL), and " + key.table()
                                + " can hold no row: " + rows.unfilled(key.table()));
                explained = true;
            }
        }
        if (explained) {
            return;
        }
        for (Declarations.Check check : where.checks(table.name())) {
            List<Map<String, Object>> meeting = CheckGrid.search(
                    schema.scenarios(),
                    table.name(),
                    cols,
                    List.of(),
                    check.expr(),
                    check.exprText(),
                    CheckGrid.Want.PASSES,
                    1);
            if (meeting.isEmpty() && !CheckGrid.columns(check.expr(), cols).isEmpty()) {
                List<Step> steps = refusedBy(schema, table.name(), cols, check);
                Scenario.reportFailure(
                        schema,
                        steps,
                        check.part().place(),
                        "unsatisfiable-check",
                        "no value meets this CHECK, so table " + table.name() + " can hold no row: CHECK ("
                                + check.exprText() + ")");
                explained = true;
            }
        }
        List<Declarations.Check> checks = where.checks(table.name());
        for (int j = 1; j < checks.size() && !explained; j++) {
            for (int i = 0; i < j && !explained; i++) {
                Declarations.Check first = checks.get(i);
                Declarations.Check second = checks.get(j);
                if (CheckGrid.search(
                                schema.scenarios(),
                                table.name(),
                                cols,
                                List.of(),
                                List.of(first.expr(), second.expr()),
                                List.of(first.exprText(), second.exprText()),
                                CheckGrid.Want.PASSES,
                                1)
                        .isEmpty()) {
                    schema.report(
                            schema.diagnostic(
                                    second.part().place(),
                                    "unsatisfiable-check",
                                    "no value meets this CHECK and the CHECK (" + first.exprText() + ") of line "
                                            + first.part().place().at().line() + " together, so table " + table.name()
                                            + " can hold no row: CHECK (" + second.exprText() + ")"),
                            "");
                    explained = true;
                }
            }
        }
        if (!explained) {
            schema.report(
                    schema.diagnostic(
                            where.table(table.name()),
                            "unsatisfiable-table",
                            "no generated row fits table " + table.name() + ": " + reason),
                    "");
        }
    }

    /** An INSERT the CHECK itself refuses (other constraints satisfied as far as the simplest row goes). */
    private static List<Step> refusedBy(
            SchemaUnderTest schema, String table, List<SampleRows.Col> cols, Declarations.Check check) {
        Map<String, Object> simplest = Scenario.simplest(cols);
        for (Map<String, Object> assignment : CheckGrid.search(
                schema.scenarios(), table, cols, List.of(), check.expr(), check.exprText(), CheckGrid.Want.FAILS, 20)) {
            List<Step> steps = List.of(Step.insert(table, Scenario.with(simplest, assignment)));
            Outcome outcome = schema.scenarios().run(steps, null);
            if (outcome.error() instanceof CheckViolationException && check.named(checkText(outcome))) {
                return steps;
            }
        }
        return List.of(Step.insert(table, simplest));
    }

    private static void defaults(SchemaUnderTest schema, SchemaModel.Table table) {
        SampleRows rows = schema.rows();
        List<Map<String, Object>> sample = rows.sample(table.name());
        if (sample.isEmpty()) {
            return;
        }
        Map<String, Object> first = sample.get(0);
        for (SampleRows.Col col : rows.columns(table.name())) {
            if (col.defaultSql() == null
                    || table.column(col.name())
                            .map(SchemaModel.Column::rowidAlias)
                            .orElse(false)) {
                continue;
            }
            Declarations.Place place = schema.declarations()
                    .columnConstraint(table.name(), col.name(), SQLiteParser.DefaultConstraintContext.class);
            Map<String, Object> one = Scenario.without(first, col.name());
            List<Step> steps =
                    Scenario.of(rows.parentsOf(table.name(), first), List.of(Step.insert(table.name(), one)));
            Outcome outcome = schema.scenarios().run(steps, null);
            if (outcome.atLast() && outcome.error() instanceof CheckViolationException) {
                Scenario.reportFailure(
                        schema,
                        steps,
                        place,
                        "default-violates-check",
                        "the DEFAULT " + col.defaultSql() + " of " + table.name() + "." + col.name()
                                + " fails a CHECK of the table, so every row written without " + col.name()
                                + " is refused: " + outcome.message());
                continue;
            }
            if (outcome.failed() || sample.size() < 2) {
                continue;
            }
            Map<String, Object> second = sample.get(1);
            List<Step> twice = Scenario.of(
                    Scenario.of(steps, rows.parentsOf(table.name(), second)),
                    List.of(Step.insert(table.name(), Scenario.without(second, col.name()))));
            Outcome collided = schema.scenarios().run(twice, null);
            if (collided.atLast()
                    && (collided.error() instanceof UniqueViolationException
                            || collided.error() instanceof PrimaryKeyViolationException)
                    && collided.message()
                            .toLowerCase(Locale.ROOT)
                            .endsWith("." + col.name().toLowerCase(Locale.ROOT))) {
                Scenario.reportFailure(
                        schema,
                        twice,
                        place,
                        "default-collides",
                        table.name() + "." + col.name() + " is unique and its DEFAULT " + col.defaultSql()
                                + " is the same for every row: the second row written without " + col.name()
                                + " collides (" + collided.message() + ")");
            }
        }
    }

    /** The CHECK's text (or name) in SQLite's {@code CHECK constraint failed: ...}. */
    static String checkText(Outcome outcome) {
        String message = outcome.message();
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(colon + 2);
    }

    /** Whether all the key's columns are NOT NULL: then every row needs a parent row. */
    private static boolean required(List<SampleRows.Col> cols, SchemaModel.ForeignKey key) {
        return key.columns().stream()
                .allMatch(k -> cols.stream().anyMatch(c -> c.name().equalsIgnoreCase(k) && c.notNull()));
    }

    /** Whether the columns are exactly a unique key of the parent (its rowid alias, primary key or a unique index). */
    private static boolean uniqueKey(SampleRows rows, String parent, List<String> columns) {
        if (columns.contains(null)) {
            return false;
        }
        List<String> wanted =
                columns.stream().map(SchemaUnderTest::lower).sorted().toList();
        return rows.keys(parent).stream()
                .anyMatch(k -> k.columns().stream()
                        .map(SchemaUnderTest::lower)
                        .sorted()
                        .toList()
                        .equals(wanted));
    }
}
