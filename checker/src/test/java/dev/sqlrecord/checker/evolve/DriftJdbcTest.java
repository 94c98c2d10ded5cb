package dev.sqlrecord.checker.evolve;

import dev.sqlrecord.runtime.Database;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftJdbcTest {
    @TempDir
    Path dir;

    @Test
    void cleanThenDrifted() throws IOException {
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("app.db"))) {
            DriftBehaviour.cleanThenDrifted(db, dir);
        }
    }

    @Test
    void columnFacts() throws IOException {
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("app.db"))) {
            DriftBehaviour.columnFacts(db, dir);
        }
    }
}
