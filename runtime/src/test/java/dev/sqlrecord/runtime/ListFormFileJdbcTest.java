package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ListFormBehaviour} on an SQLite file with read connections beside the writer: the list
 * runs on the writer, and a reader never sees part of it.
 */
class ListFormFileJdbcTest implements ListFormBehaviour {
    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void openDatabase() {
        db = Database.open("jdbc:sqlite:" + dir.resolve("app.db"), 3);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Override
    public Database db() {
        return db;
    }

    @Override
    public boolean isD1() {
        return false;
    }

    @Test
    void readersSeeAListWholeOrNotAtAll() throws Exception {
        createBlogSchema();
        int lists = 20;
        int size = 50;
        AtomicBoolean done = new AtomicBoolean();
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                seen.add(db.single("SELECT count(*) FROM users", row -> row.getLong(1)));
            }
        });
        reader.start();
        for (int list = 0; list < lists; list++) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                rows.add(new Object[] {"u" + list + "-" + i + "@x", null});
            }
            db.execEach(ADD_USER, rows, row -> row);
        }
        done.set(true);
        reader.join();
        assertEquals(Long.valueOf(lists * size), db.single("SELECT count(*) FROM users", row -> row.getLong(1)));
        assertTrue(seen.stream().allMatch(count -> count % size == 0), seen.toString());
    }
}
