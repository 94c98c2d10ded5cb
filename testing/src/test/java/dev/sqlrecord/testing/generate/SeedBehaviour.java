package dev.sqlrecord.testing.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.migrations.Migrations;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Seeder} on one executor: it migrates, writes the rows per table, keeps foreign keys clean,
 * seeds again on top of its own rows, and writes exactly the values the same seed gives on a
 * reference SQLite file, edge values included.
 */
abstract class SeedBehaviour {
    static final Migrations SHOP = Migrations.fromDirectory(Path.of("src/test/resources/seed/migrations"));
    private static final List<String> TABLES = List.of("customers", "orders", "products");

    @TempDir
    Path temp;

    /** An empty database of the executor under test. */
    abstract Database open();

    @Test
    void migratesThenWritesTheRowsAndSeedsAgainOnTopOfThem() throws Exception {
        try (Database db = open()) {
            Seeder.Report report = Seeder.seed(db, SHOP, 8, 5);
            assertEquals(List.of("0001_shop.sql", "0002_orders.sql"), report.applied());
            assertEquals(
                    Map.of("customers", 8, "orders", 8, "products", 8),
                    report.filled().inserted());
            assertEquals(List.of(8L, 8L, 8L), counts(db));
            Seeder.Report again = Seeder.seed(db, SHOP, 8, 5);
            assertEquals(List.of(), again.applied());
            assertTrue(again.filled().complete(), again.filled().unfilled().toString());
            assertEquals(List.of(16L, 16L, 16L), counts(db));
            assertEquals(List.of(), db.many("SELECT \"table\" FROM pragma_foreign_key_check", r -> r.getString(1)));
        }
    }

    @Test
    void writesTheValuesTheSeedGivesOnSqlite() throws Exception {
        Map<String, List<String>> expected;
        try (Database reference = Database.open("jdbc:sqlite:" + temp.resolve("reference.db"))) {
            Seeder.seed(reference, SHOP, 25, 11);
            expected = dump(reference);
        }
        try (Database db = open()) {
            Seeder.seed(db, SHOP, 25, 11);
            Map<String, List<String>> written = dump(db);
            assertEquals(expected, written);
            // the edge values made it across: a blob of length 0, integers at 2^63 - 1, text beyond the BMP
            List<String> all = written.values().stream().flatMap(List::stream).toList();
            assertTrue(all.stream().anyMatch(row -> row.contains("X''")), "an empty blob");
            assertTrue(all.stream().anyMatch(row -> row.contains("9223372036854775807")), "2^63 - 1");
            assertTrue(all.stream().anyMatch(row -> row.codePoints().anyMatch(c -> c > 0xFFFF)), "astral text");
        }
    }

    private static List<Long> counts(Database db) {
        return TABLES.stream()
                .map(t -> db.single("SELECT count(*) FROM " + t, r -> r.getLong(1)))
                .toList();
    }

    /**
     * Every row of every table as SQLite quotes it, so that types and exact values are compared;
     * REAL values read as doubles, since SQLite versions print them differently.
     */
    private static Map<String, List<String>> dump(Database db) {
        return Map.of(
                "customers",
                rows(
                        db,
                        "quote(id), quote(email), quote(referrer), quote(tier), quote(avatar), quote(balance)",
                        "customers"),
                "products",
                db.many(
                        "SELECT quote(sku) || ',' || quote(region) || ',' || typeof(price), price,"
                                + " quote(name) || ',' || quote(label) FROM products ORDER BY 1",
                        r -> r.getString(1) + "," + r.getDouble(2) + "," + r.getString(3)),
                "orders",
                rows(
                        db,
                        "quote(id), quote(customer_id), quote(sku), quote(region), quote(quantity), quote(placed)",
                        "orders"));
    }

    private static List<String> rows(Database db, String columns, String table) {
        return db.many(
                "SELECT " + columns.replace(", ", " || ',' || ") + " FROM " + table + " ORDER BY 1",
                r -> r.getString(1));
    }
}
