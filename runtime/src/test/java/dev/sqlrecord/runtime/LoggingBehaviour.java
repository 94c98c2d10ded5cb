package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link LoggingListener} logs: a DEBUG line per statement naming the query, a WARNING above
 * the slow-query threshold, no parameter value unless asked for. {@link LoggingJdbcTest} runs it
 * on SQLite, {@link LoggingD1Test} on a real local D1.
 */
abstract class LoggingBehaviour {
    private Database plain;
    private final Lines lines = new Lines();

    abstract Database open();

    abstract boolean isD1();

    @BeforeEach
    void createSchema() {
        plain = open();
        plain.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL UNIQUE)");
    }

    @AfterEach
    void close() {
        plain.close();
    }

    @Test
    void oneDebugLinePerStatementNamingTheQueryAndNoValues() {
        Database db = plain.withListener(LoggingListener.create().withLogger(lines));
        db.exec(ListenerBehaviour.ADD_NOTE, ListenerBehaviour.SECRET);
        db.batch(
                Statement.many(ListenerBehaviour.ALL_NOTES, row -> row.getString(1)),
                Statement.exec("DELETE FROM notes WHERE id = ?", 99L));

        List<String> logged = lines.at(Level.DEBUG);
        assertEquals(3, logged.size(), logged::toString);
        String backend = isD1() ? "cloudflare-d1" : "sqlite";
        assertTrue(logged.get(0).startsWith("addNote (queries/notes.sql:3) EXEC: 1 row in "), logged.get(0));
        assertTrue(logged.get(0).contains(" on " + backend), logged.get(0));
        assertTrue(logged.get(0).endsWith(": INSERT INTO notes (body) VALUES (?)"), logged.get(0));
        assertTrue(logged.get(1).startsWith("allNotes (queries/notes.sql:9) MANY [batch 1/2]: 1 row in "));
        assertTrue(logged.get(2).startsWith("sql EXEC [batch 2/2]: 0 rows in "), logged.get(2));
        assertEquals(isD1(), logged.get(0).contains("attempts 1"), logged.get(0));
        assertTrue(lines.all().stream().noneMatch(line -> line.contains(ListenerBehaviour.SECRET)));
        assertEquals(List.of(), lines.at(Level.WARNING), "nothing is slow under the default threshold of 1 s");
    }

    @Test
    void valuesAndFailuresWhenAskedFor() {
        Database db = plain.withParameterValuesInEvents()
                .withListener(LoggingListener.create().withLogger(lines));
        db.exec(ListenerBehaviour.ADD_NOTE, "twice");
        try {
            db.exec(ListenerBehaviour.ADD_NOTE, "twice");
        } catch (UniqueViolationException expected) {
            // logged below
        }
        List<String> logged = lines.at(Level.DEBUG);
        assertTrue(logged.get(0).endsWith("VALUES (?) with [twice]"), logged.get(0));
        assertTrue(logged.get(1).contains("EXEC: failed in "), logged.get(1));
        assertTrue(logged.get(1).contains("failed: UNIQUE constraint failed: notes.body"), logged.get(1));
    }

    @Test
    void aStatementAboveTheThresholdIsAWarningAndABatchIsWarnedOfOnce() {
        Database db = plain.withListener(
                LoggingListener.create().withSlowQueryThreshold(Duration.ZERO).withLogger(lines));
        db.exec(ListenerBehaviour.ADD_NOTE, "slow");
        db.batch(Statement.exec(ListenerBehaviour.ADD_NOTE, "a"), Statement.exec(ListenerBehaviour.ADD_NOTE, "b"));
        List<String> warned = lines.at(Level.WARNING);
        assertEquals(2, warned.size(), warned::toString);
        assertTrue(warned.get(0).startsWith("slow query: addNote (queries/notes.sql:3) EXEC: 1 row in "));
        assertTrue(warned.get(1).startsWith("slow batch: 2 statements in "), warned.get(1));
        assertTrue(warned.get(1).endsWith(": addNote, addNote"), warned.get(1));
        assertEquals(2, lines.at(Level.DEBUG).size(), "the batch's statements are still logged at DEBUG");
    }

    @Test
    void theDefaultLoggerReachesJavaUtilLoggingAtFine() {
        Logger jul = Logger.getLogger(LoggingListener.LOGGER_NAME);
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        java.util.logging.Level before = jul.getLevel();
        jul.addHandler(handler);
        try {
            jul.setLevel(java.util.logging.Level.INFO);
            Database db = plain.withListener(LoggingListener.create());
            db.exec(ListenerBehaviour.ADD_NOTE, "quiet");
            assertEquals(List.of(), records, "DEBUG is off at INFO");
            jul.setLevel(java.util.logging.Level.FINE);
            db.exec(ListenerBehaviour.ADD_NOTE, "told");
            assertEquals(1, records.size());
            assertEquals(java.util.logging.Level.FINE, records.get(0).getLevel());
            assertTrue(records.get(0).getMessage().startsWith("addNote (queries/notes.sql:3)"));
        } finally {
            jul.removeHandler(handler);
            jul.setLevel(before);
        }
    }

    /** A logger that keeps its lines, at every level. */
    static final class Lines implements System.Logger {
        private final List<String> lines = new ArrayList<>();
        private final List<Level> levels = new ArrayList<>();

        List<String> at(Level level) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (levels.get(i) == level) {
                    out.add(lines.get(i));
                }
            }
            return out;
        }

        List<String> all() {
            return List.copyOf(lines);
        }

        @Override
        public String getName() {
            return "lines";
        }

        @Override
        public boolean isLoggable(Level level) {
            return true;
        }

        @Override
        public void log(Level level, Supplier<String> message) {
            log(level, null, message.get(), (Object[]) null);
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
            lines.add(message);
            levels.add(level);
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            lines.add(format);
            levels.add(level);
        }
    }
}
