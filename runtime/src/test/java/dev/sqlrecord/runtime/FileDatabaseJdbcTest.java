package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** File databases: connection settings, two instances on one file, and the DataSource mode. */
class FileDatabaseJdbcTest {
    @TempDir
    Path dir;

    private static String pragma(Database db, String name) {
        return db.one("PRAGMA " + name, row -> row.getString(1)).orElseThrow();
    }

    @Test
    void openSetsWalBusyTimeoutAndForeignKeys() {
        Path file = dir.resolve("app.db");
        try (Database db = Database.open("jdbc:sqlite:" + file)) {
            assertEquals("wal", pragma(db, "journal_mode"));
            assertEquals("5000", pragma(db, "busy_timeout"));
            assertEquals("1", pragma(db, "foreign_keys"));
            db.exec("CREATE TABLE parent (id INTEGER PRIMARY KEY)");
            db.exec("CREATE TABLE child (parent_id INTEGER REFERENCES parent(id))");
            SqlRecordException e =
                    assertThrows(SqlRecordException.class, () -> db.exec("INSERT INTO child VALUES (?)", 7));
            assertTrue(e.getMessage().contains("FOREIGN KEY constraint failed"), e.getMessage());
        }
        assertTrue(Files.exists(file));
    }

    @Test
    void newFileOpenedByManyAtOnceOpensForAll() throws Exception {
        // switching a new file to WAL is answered BUSY, without waiting, while others open it too
        int openers = 4;
        for (int round = 0; round < 25; round++) {
            String url = "jdbc:sqlite:" + dir.resolve("race" + round + ".db");
            CyclicBarrier start = new CyclicBarrier(openers);
            ExecutorService pool = Executors.newFixedThreadPool(openers);
            try {
                List<Future<Long>> opened = new ArrayList<>();
                for (int i = 0; i < openers; i++) {
                    opened.add(pool.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        try (Database db = Database.open(url)) {
                            db.exec("CREATE TABLE IF NOT EXISTS t (x)");
                            return db.one("SELECT count(*) FROM t", row -> row.getLong(1))
                                    .orElseThrow();
                        }
                    }));
                }
                for (Future<Long> result : opened) {
                    assertEquals(0L, result.get(60, TimeUnit.SECONDS));
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void inMemoryDatabaseEnforcesForeignKeysToo() {
        try (Database db = Database.open("jdbc:sqlite::memory:")) {
            assertEquals("1", pragma(db, "foreign_keys"));
            assertEquals("memory", pragma(db, "journal_mode"));
        }
    }

    @Test
    void settingsInTheUrlWinOverTheDefaults() {
        String url = "jdbc:sqlite:" + dir.resolve("custom.db") + "?journal_mode=DELETE&foreign_keys=false";
        try (Database db = Database.open(url)) {
            assertEquals("delete", pragma(db, "journal_mode"));
            assertEquals("0", pragma(db, "foreign_keys"));
            assertEquals("5000", pragma(db, "busy_timeout"));
        }
    }

    @Test
    void plainPathIsAFile() {
        Path file = dir.resolve("plain.db");
        try (Database db = Database.open(file.toString())) {
            db.exec("CREATE TABLE t (x)");
        }
        try (Database db = Database.open("jdbc:sqlite:" + file)) {
            assertEquals(
                    List.of("t"),
                    db.many("SELECT name FROM sqlite_master WHERE type = 'table'", row -> row.getString(1)));
        }
    }

    @Test
    void otherJdbcUrlsAreRejected() {
        SqlRecordException e =
                assertThrows(SqlRecordException.class, () -> Database.open("jdbc:postgresql://localhost/db"));
        assertTrue(e.getMessage().contains("not an SQLite URL"), e.getMessage());
    }

    @Test
    void twoInstancesOnOneFileSeeEachOthersWrites() {
        String url = "jdbc:sqlite:" + dir.resolve("shared.db");
        try (Database a = Database.open(url);
                Database b = Database.open(url)) {
            a.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
            a.exec("INSERT INTO notes(body) VALUES (?)", "from a");
            assertEquals(List.of("from a"), b.many("SELECT body FROM notes", row -> row.getString(1)));
            b.inTransaction(tx -> tx.exec("INSERT INTO notes(body) VALUES (?)", "from b"));
            assertEquals(Optional.of(2L), a.one("SELECT count(*) FROM notes", row -> row.getLong(1)));
            // WAL: b commits while a is in the middle of reading (in rollback-journal mode a's read lock
            // would block b's commit), and a's open cursor keeps reading its snapshot
            List<Long> seenWhileWriting = a.many("SELECT id FROM notes ORDER BY id", row -> {
                b.exec("INSERT INTO notes(body) VALUES (?)", "during read " + row.getLong(1));
                return row.getLong(1);
            });
            assertEquals(List.of(1L, 2L), seenWhileWriting);
            assertEquals(Optional.of(4L), a.one("SELECT count(*) FROM notes", row -> row.getLong(1)));
        }
    }

    @Test
    void writersOnTwoInstancesWaitInsteadOfFailing() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("busy.db");
        try (Database a = Database.open(url);
                Database b = Database.open(url)) {
            a.exec("CREATE TABLE counter (n INTEGER)");
            a.exec("INSERT INTO counter VALUES (0)");
            Runnable increments = () -> {
                for (int i = 0; i < 50; i++) {
                    Database db = Thread.currentThread().getName().endsWith("a") ? a : b;
                    db.inTransaction(tx -> {
                        long n = tx.one("SELECT n FROM counter", row -> row.getLong(1))
                                .orElseThrow();
                        tx.exec("UPDATE counter SET n = ?", n + 1);
                    });
                }
            };
            Thread ta = new Thread(increments, "writer-a");
            Thread tb = new Thread(increments, "writer-b");
            ta.start();
            tb.start();
            ta.join(30_000);
            tb.join(30_000);
            // read-modify-write in IMMEDIATE transactions: no lost update, no SQLITE_BUSY
            assertEquals(Optional.of(100L), a.one("SELECT n FROM counter", row -> row.getLong(1)));
        }
    }

    @Test
    void dataSourceModeBorrowsPerCallAndOncePerTransaction() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl("jdbc:sqlite:" + dir.resolve("ds.db"));
        CountingDataSource counting = new CountingDataSource(sqlite);

        Database db = Database.of(counting);
        db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
        assertEquals(new ExecResult(1, 1), db.execResult("INSERT INTO t(v) VALUES (?)", "one"));
        assertEquals(2, counting.borrowed.get());

        db.inTransaction(tx -> {
            tx.exec("INSERT INTO t(v) VALUES (?)", "two");
            tx.exec("INSERT INTO t(v) VALUES (?)", "three");
            assertEquals(Optional.of(3L), tx.one("SELECT count(*) FROM t", row -> row.getLong(1)));
        });
        assertEquals(3, counting.borrowed.get());

        assertThrows(
                IllegalStateException.class,
                () -> db.inTransaction(tx -> {
                    tx.exec("INSERT INTO t(v) VALUES (?)", "rolled back");
                    throw new IllegalStateException();
                }));
        assertEquals(List.of("one", "two", "three"), db.many("SELECT v FROM t ORDER BY id", row -> row.getString(1)));
        db.close();
        // the DataSource is the caller's: still usable after the Database is closed
        try (Database again = Database.of(counting)) {
            assertEquals(Optional.of(3L), again.one("SELECT count(*) FROM t", row -> row.getLong(1)));
        }
        assertThrows(SqlRecordException.class, () -> db.exec("SELECT 1"));
    }

    /** A real DataSource that counts how often a connection is borrowed. */
    private static final class CountingDataSource implements DataSource {
        private final DataSource delegate;
        final AtomicInteger borrowed = new AtomicInteger();

        CountingDataSource(DataSource delegate) {
            this.delegate = delegate;
        }

        @Override
        public Connection getConnection() throws SQLException {
            borrowed.incrementAndGet();
            return delegate.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            borrowed.incrementAndGet();
            return delegate.getConnection(user, password);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return delegate.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            delegate.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            delegate.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return delegate.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            return delegate.unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) throws SQLException {
            return delegate.isWrapperFor(iface);
        }
    }
}
