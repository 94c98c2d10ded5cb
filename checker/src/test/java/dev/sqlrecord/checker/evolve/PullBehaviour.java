package dev.sqlrecord.checker.evolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.checker.CheckRequest;
import dev.sqlrecord.checker.CheckResult;
import dev.sqlrecord.checker.Checker;
import dev.sqlrecord.checker.Target;
import dev.sqlrecord.runtime.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code pull} from a database built out of order (a child before its parent, a column added
 * later), with every kind of object a baseline must keep: the baseline rebuilds the same schema
 * and the pulled folder passes {@code check}. Run on SQLite and on the local D1.
 */
final class PullBehaviour {
    private static final List<String> DATABASE = List.of(
            "CREATE TABLE lines (order_region TEXT NOT NULL, order_no INTEGER NOT NULL, line INTEGER NOT NULL,"
                    + " qty INTEGER NOT NULL CHECK (qty > 0), PRIMARY KEY (order_region, order_no, line),"
                    + " FOREIGN KEY (order_region, order_no) REFERENCES orders (region, no) ON DELETE CASCADE)"
                    + " WITHOUT ROWID",
            "CREATE TABLE orders (region TEXT NOT NULL, no INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'open'"
                    + " CHECK (status IN ('open', 'shipped')), net REAL NOT NULL,"
                    + " gross REAL GENERATED ALWAYS AS (net * 1.2) STORED,"
                    + " label TEXT AS (region || '-' || no), PRIMARY KEY (region, no))",
            "CREATE TABLE counters (name TEXT PRIMARY KEY, hits INTEGER NOT NULL DEFAULT 0) STRICT",
            "CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT)",
            "ALTER TABLE events ADD COLUMN at TEXT DEFAULT CURRENT_TIMESTAMP",
            "CREATE TABLE notes (body TEXT)",
            "CREATE INDEX open_orders ON orders (region) WHERE status = 'open'",
            "CREATE INDEX order_label ON orders (lower(region), no)",
            "CREATE VIEW order_totals AS SELECT order_region, order_no, sum(qty) AS qty FROM lines GROUP BY 1, 2",
            "CREATE TRIGGER count_lines AFTER INSERT ON lines BEGIN"
                    + " INSERT INTO counters (name, hits) VALUES ('lines', 1)"
                    + " ON CONFLICT (name) DO UPDATE SET hits = hits + 1; END");

    private PullBehaviour() {}

    static void pullRebuildsTheSchemaAndPassesCheck(Database db, Path dir) throws IOException {
        DATABASE.forEach(db::exec);
        Path out = dir.resolve("pulled");
        List<Path> written = Pull.run(SchemaQuery.of(db), out, "com.example.pulled");

        String baseline = Files.readString(out.resolve("migrations/0001_baseline.sql"));
        assertTrue(baseline.indexOf("CREATE TABLE orders") < baseline.indexOf("CREATE TABLE lines"), baseline);
        assertTrue(written.contains(out.resolve("queries/orders.sql")), written.toString());
        assertTrue(written.contains(out.resolve("records/com/example/pulled/Orders.java")), written.toString());
        assertTrue(Files.readString(out.resolve("queries/notes.sql")).contains("WHERE rowid = :rowid"));

        SchemaSnapshot live = new SnapshotReader(SchemaQuery.of(db)).read();
        assertEquals(
                List.of(),
                SchemaComparison.differences(
                        live, "the database", ScratchSchema.ofMigrations(out.resolve("migrations")), "the baseline"));

        CheckResult result = new Checker()
                .check(new CheckRequest(
                        out,
                        Path.of("migrations"),
                        Path.of("queries"),
                        List.of(Path.of("records")),
                        "com.example.pulled.db",
                        out.resolve("generated"),
                        null,
                        Target.SQLITE,
                        null));
        assertFalse(result.hasErrors(), result.report());
        assertTrue(Files.isRegularFile(out.resolve("generated/com/example/pulled/db/OrdersQueries.java")));
    }
}
