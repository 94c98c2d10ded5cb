package dev.sqlrecord.testing.generate;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.Statement;
import dev.sqlrecord.runtime.migrations.Migrations;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills a development database with generated rows: the migrations applied first (as the runtime
 * applies them on that target), then the rows drawn on an in-memory copy of the database (its
 * schema and its rows, so new keys do not collide with old ones) and written to the database through
 * the runtime in the order they were drawn, parents before the rows that point at them. On D1 the
 * writes go in batches (one request each); on SQLite over JDBC in the same batches, each one
 * transaction.
 */
public final class Seeder {
    /** Statements per batch: D1 runs a batch as one request, and a request has a size limit. */
    private static final int BATCH = 50;

    /**
     * What a seeding did.
     *
     * @param seed    the generator's seed, to pass again for the same rows
     * @param applied the migrations applied before seeding, by name
     * @param filled  the rows written per table, and the tables that got none, with why
     */
    public record Report(long seed, List<String> applied, FillResult filled) {
        public Report {
            applied = List.copyOf(applied);
        }
    }

    private Seeder() {}

    /**
     * Migrates the database if needed and writes up to {@code rowsPerTable} generated rows to each
     * of its tables.
     */
    public static Report seed(Database target, Migrations migrations, int rowsPerTable, long seed) throws SQLException {
        if (rowsPerTable < 0) {
            throw new IllegalArgumentException("rows per table must not be negative: " + rowsPerTable);
        }
        List<String> applied = migrations.migrate(target).applied();
        List<InsertedRow> drawn = new ArrayList<>();
        FillResult filled;
        try (Connection scratch = ScratchCopy.of(target)) {
            filled = new RowGenerator(seed).onInsert(drawn::add).fillTo(scratch, rowsPerTable);
        }
        write(target, drawn);
        return new Report(seed, applied, filled);
    }

    /** Writes rows in the order given, in batches. */
    static void write(Database target, List<InsertedRow> drawn) {
        List<Statement<?>> batch = new ArrayList<>();
        for (InsertedRow row : drawn) {
            batch.add(insert(row));
            if (batch.size() == BATCH) {
                target.batch(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            target.batch(batch);
        }
    }

    private static Statement<Integer> insert(InsertedRow row) {
        List<String> names =
                row.values().keySet().stream().map(TableShape::quoted).toList();
        String into = "INSERT INTO " + TableShape.quoted(row.table());
        if (names.isEmpty()) {
            return Statement.exec(into + " DEFAULT VALUES");
        }
        return Statement.exec(
                into + " (" + String.join(", ", names) + ") VALUES ("
                        + String.join(", ", names.stream().map(n -> "?").toList()) + ")",
                row.values().values().toArray());
    }
}
