package dev.sqlrecord.testing.generate;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.migrations.Migrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Generated data for a test of the user's own: a fresh database migrated from the application's
 * migrations, filled with seeded rows that respect its constraints, and more rows or existing rows
 * drawn on request. The test runs its own queries (generated repositories) on {@link #database()}.
 * Seeded: the same seed gives the same rows, so a failure can be replayed with
 * {@code -Dsqlrecord.seed=S} ({@link #seedFromProperty()}); print {@link #seed()} when a test fails,
 * or use the JUnit extension {@code dev.sqlrecord.testing.junit.SchemaDataExtension}, which does.
 *
 * <p>On SQLite ({@link #sqlite}) the rows are drawn on the database itself; on any other database
 * the runtime reaches, such as the local D1 ({@link #on}), they are drawn on an in-memory copy of it
 * made for each request and written through the runtime.
 */
public final class SchemaData implements AutoCloseable {
    /** The system property that fixes the seed, for replaying a failure. */
    public static final String SEED_PROPERTY = "sqlrecord.seed";

    private final Database database;
    private final Connection direct;
    private final Path folder;
    private final RowGenerator generator;
    private final Random random;

    private SchemaData(Database database, Connection direct, Path folder, long seed) {
        this.database = database;
        this.direct = direct;
        this.folder = folder;
        this.generator = new RowGenerator(seed);
        this.random = new Random(seed ^ 0x5DEECE66DL);
    }

    /** The seed of {@code -Dsqlrecord.seed} when given, else a fresh random one. */
    public static long seedFromProperty() {
        String fixed = System.getProperty(SEED_PROPERTY);
        if (fixed == null || fixed.isBlank()) {
            return new SecureRandom().nextLong();
        }
        try {
            return Long.parseLong(fixed.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + SEED_PROPERTY + " needs a whole number, not '" + fixed + "'", e);
        }
    }

    /** A fresh SQLite file in a temporary folder (removed on close), with the migrations applied and no rows yet. */
    public static SchemaData sqlite(Migrations migrations, long seed) {
        Path folder = null;
        Database database = null;
        try {
            folder = Files.createTempDirectory("sqlrecord-schema-data");
            String url = "jdbc:sqlite:" + folder.resolve("data.db");
            database = Database.open(url);
            migrations.migrate(database);
            Connection direct = DriverManager.getConnection(url);
            try (Statement s = direct.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
            }
            return new SchemaData(database, direct, folder, seed);
        } catch (IOException | SQLException | RuntimeException e) {
            if (database != null) {
                database.close();
            }
            delete(folder);
            throw e instanceof RuntimeException r ? r : new IllegalStateException("cannot make the database: " + e, e);
        }
    }

    /** The migrations of a folder on a fresh SQLite file: {@code SchemaData.sqlite(Path.of("src/main/sql/migrations"), seed)}. */
    public static SchemaData sqlite(Path migrations, long seed) {
        return sqlite(Migrations.fromDirectory(migrations), seed);
    }

    /** Any database the runtime reaches (the local D1 in tests): migrated if needed; it is not closed with this. */
    public static SchemaData on(Database database, Migrations migrations, long seed) {
        migrations.migrate(database);
        return new SchemaData(database, null, null, seed);
    }

    /** The database to run the test's own queries on. */
    public Database database() {
        return database;
    }

    public long seed() {
        return generator.seed();
    }

    /** A random source seeded from the same seed, for the test's own choices (which operation next). */
    public Random random() {
        return random;
    }

    /** Adds up to {@code rowsPerTable} rows to every table; fails naming a table that could get none. */
    public SchemaData fill(int rowsPerTable) {
        FillResult result = draw(connection -> generator.fillTo(connection, rowsPerTable));
        if (!result.complete()) {
            throw new IllegalStateException(
                    "no row could be written to " + result.unfilled() + " (seed " + seed() + ")");
        }
        return this;
    }

    /** One more row of the table, its foreign keys pointing at existing rows; fails saying why when none can go in. */
    public InsertedRow insert(String table) {
        return tryInsert(table)
                .orElseThrow(() -> new IllegalStateException("no row could be written to " + table + ": "
                        + generator.lastRefusal() + " (seed " + seed() + ")"));
    }

    /** Like {@link #insert}, but empty when no row can go in (a required parent has none, say). */
    public Optional<InsertedRow> tryInsert(String table) {
        return draw(connection -> generator.insertRow(connection, table));
    }

    /** A seeded pick among the table's rows; empty when it has none. */
    public Optional<InsertedRow> existing(String table) {
        return draw(connection -> {
            List<InsertedRow> rows = ExistingRows.of(connection, table);
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(random.nextInt(rows.size())));
        });
    }

    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    /** Runs the work on the database itself, or on a fresh copy whose new rows are then written through the runtime. */
    private <T> T draw(Work<T> work) {
        try {
            if (direct != null) {
                return work.on(direct);
            }
            List<InsertedRow> drawn = new ArrayList<>();
            generator.onInsert(drawn::add);
            T result;
            try (Connection copy = ScratchCopy.of(database)) {
                result = work.on(copy);
            } finally {
                generator.onInsert(row -> {});
            }
            Seeder.write(database, drawn);
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("the generator's SQLite connection failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (direct == null) {
            return; // a database the caller opened stays the caller's
        }
        try {
            direct.close();
        } catch (SQLException e) {
            // closing a connection we are done with: nothing is lost
        }
        database.close();
        delete(folder);
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + folder, e);
        }
    }

    @Override
    public String toString() {
        return "SchemaData(seed " + seed() + ", replay with -D" + SEED_PROPERTY + "=" + seed() + ")";
    }
}
