package dev.sqlrecord.checker.evolve;

import dev.sqlrecord.runtime.Database;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PullJdbcTest {
    @TempDir
    Path dir;

    @Test
    void pullRebuildsTheSchemaAndPassesCheck() throws IOException {
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("app.db"))) {
            PullBehaviour.pullRebuildsTheSchemaAndPassesCheck(db, dir);
        }
    }
}
