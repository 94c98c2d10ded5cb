package dev.sqlrecord.checker.evolve;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.LocalD1;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@Tag("d1")
@ExtendWith(LocalD1.class)
class PullD1Test {
    @TempDir
    Path dir;

    @Test
    void pullRebuildsTheSchemaAndPassesCheck() throws IOException {
        try (Database db = LocalD1.get().freshDatabase()) {
            PullBehaviour.pullRebuildsTheSchemaAndPassesCheck(db, dir);
        }
    }
}
