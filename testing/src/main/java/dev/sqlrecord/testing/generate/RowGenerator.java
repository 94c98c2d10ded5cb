package dev.sqlrecord.testing.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Fills the tables of an SQLite database with valid rows, driven by the schema alone: declared
 * types (values of the type each declaration stands for, edge values on purpose, NULL where
 * allowed), CHECK constraints (their IN lists, bounds, {@code length()} bounds and GLOB/LIKE patterns
 * steer the values, {@link CheckHints}), UNIQUE and primary keys (a serial number in every value),
 * defaults (a column with one is sometimes left out), generated columns (never written) and foreign
 * keys (parents first; each key takes an existing parent row's values; a self-reference may point at
 * the row itself; a nullable key with no parent yet is NULL, which also breaks cycles). SQLite judges
 * every row: a refused row is drawn again, with a widening search. Seeded: the same seed on the same
 * schema gives the same rows. A table that gets no row is reported with the reason rather than passed
 * over. Foreign keys must be on ({@code PRAGMA foreign_keys = ON}) for them to be checked.
 */
public final class RowGenerator {
    private final long seed;
    private final RowInserter inserter;
    private Consumer<InsertedRow> listener = row -> {};
    private String lastRefusal = "";

    public RowGenerator(long seed) {
        this.seed = seed;
        this.inserter = new RowInserter(new Random(seed));
    }

    /** The seed it was made with, to print so a run can be replayed. */
    public long seed() {
        return seed;
    }

    /** Uses the override's value for a column wherever it gives one. Returns this generator. */
    public RowGenerator overriding(ValueOverride override) {
        inserter.override(override);
        return this;
    }

    /**
     * Tells the listener of every row inserted from now on, in the order of insertion, which is an
     * order a copy of the schema accepts them in (parents before the rows that point at them).
     * Returns this generator.
     */
    public RowGenerator onInsert(Consumer<InsertedRow> listener) {
        this.listener = listener;
        return this;
    }

    /**
     * Inserts {@code rowsPerTable} rows into every table in each of two rounds (the second lets a
     * table that comes before its parent in a cycle point at the parent's rows), so up to twice
     * that many in all.
     */
    public FillResult fill(Connection db, int rowsPerTable) throws SQLException {
        return fill(db, rowsPerTable, rowsPerTable);
    }

    /**
     * Inserts up to {@code rowsPerTable} rows into every table (fewer only where SQLite refused every
     * row tried, which the result reports): what {@code seed} writes.
     */
    public FillResult fillTo(Connection db, int rowsPerTable) throws SQLException {
        return fill(db, Math.min((rowsPerTable + 1) / 2, rowsPerTable - 1), rowsPerTable);
    }

    /**
     * Inserts one more row into the table, its foreign keys pointing at existing rows; empty when
     * SQLite refused every row tried or a required parent has no row.
     */
    public Optional<InsertedRow> insertRow(Connection db, String table) throws SQLException {
        TableShape shape = TableShape.read(db).stream()
                .filter(t -> t.name().equalsIgnoreCase(table))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + table + " in the database"));
        RowInserter.Outcome outcome = inserter.insert(db, shape, hints(shape));
        if (outcome.row() != null) {
            listener.accept(outcome.row());
        } else {
            lastRefusal = outcome.refusal();
        }
        return Optional.ofNullable(outcome.row());
    }

    /** Why the last {@link #insertRow} that inserted nothing did not. */
    String lastRefusal() {
        return lastRefusal;
    }

    /** The user's tables, each after the tables its foreign keys reference (a cycle broken anywhere). */
    public static List<String> tablesParentsFirst(Connection db) throws SQLException {
        return parentsFirst(TableShape.read(db)).stream().map(TableShape::name).toList();
    }

    /**
     * Two rounds in parents-first order: the first inserts {@code firstRound} rows per table (only
     * as many as the cap allows), the second tops each table up to {@code total} inserted by this
     * call. One transaction when the connection commits each statement, so a file database is not
     * synced once per row.
     */
    private FillResult fill(Connection db, int firstRound, int total) throws SQLException {
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            FillResult result = fillAll(db, firstRound, total);
            if (autoCommit) {
                db.commit();
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            if (autoCommit) {
                db.rollback();
            }
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private FillResult fillAll(Connection db, int firstRound, int total) throws SQLException {
        // fill asks for `total` rows in each round; fillTo for `total` in all
        boolean eachRound = firstRound == total;
        Map<String, Integer> inserted = new LinkedHashMap<>();
        Map<String, String> reasons = new HashMap<>();
        List<TableShape> tables = parentsFirst(TableShape.read(db));
        for (int round = 0; round < 2; round++) {
            int goal = round == 0 ? firstRound : total;
            for (TableShape table : tables) {
                Map<String, CheckHints.Column> hints = hints(table);
                int before = inserted.getOrDefault(table.name(), 0);
                int done = eachRound ? 0 : before;
                while (done < goal) {
                    RowInserter.Outcome outcome = inserter.insert(db, table, hints);
                    if (outcome.row() == null) {
                        reasons.putIfAbsent(table.name(), outcome.refusal());
                        break;
                    }
                    listener.accept(outcome.row());
                    done++;
                }
                inserted.put(table.name(), eachRound ? before + done : done);
            }
        }
        Map<String, String> unfilled = new LinkedHashMap<>();
        for (TableShape table : tables) {
            if (count(db, table.name()) == 0) {
                unfilled.put(table.name(), reasons.getOrDefault(table.name(), "no row was accepted"));
            }
        }
        return new FillResult(inserted, unfilled);
    }

    private static Map<String, CheckHints.Column> hints(TableShape table) {
        CheckHints checks = CheckHints.of(table.createSql());
        Map<String, CheckHints.Column> out = new HashMap<>();
        table.columns().forEach(c -> out.put(c.key(), checks.column(c.name())));
        return out;
    }

    private static long count(Connection db, String table) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + TableShape.quoted(table))) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Tables ordered so each comes after those its foreign keys reference; a cycle is broken anywhere. */
    static List<TableShape> parentsFirst(List<TableShape> tables) {
        List<TableShape> out = new ArrayList<>();
        List<TableShape> left = new ArrayList<>(tables);
        while (!left.isEmpty()) {
            TableShape next = left.stream()
                    .filter(t -> t.foreignKeys().stream()
                            .allMatch(fk -> fk.selfReference(t.name())
                                    || left.stream().noneMatch(l -> l.name().equalsIgnoreCase(fk.parent()))))
                    .findFirst()
                    .orElse(left.get(0));
            out.add(next);
            left.remove(next);
        }
        return out;
    }
}
