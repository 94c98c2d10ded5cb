package dev.sqlrecord.testing.evolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.checker.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sqlrecord diff} from the command line: print, write the next file, then nothing is left to do. */
class DiffCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printThenWriteThenNothingLeft() throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("0001_init.sql"), DiffScenariosTest.USERS);
        Path schema = Files.writeString(
                dir.resolve("schema.sql"),
                "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, bio TEXT, email TEXT);\n"
                        + "CREATE UNIQUE INDEX users_email ON users (email);\n");
        String[] diff = {"diff", "--migrations", migrations.toString(), "--schema", schema.toString(), "--target", "d1"
        };

        assertEquals(0, run(diff));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("ALTER TABLE \"users\" ADD COLUMN email TEXT;\nCREATE UNIQUE INDEX"), printed);
        assertEquals(1, Files.list(migrations).count());

        String[] write = java.util.Arrays.copyOf(diff, diff.length + 1);
        write[diff.length] = "--write";
        assertEquals(0, run(write));
        Path written = migrations.resolve("0002_schema_diff.sql");
        assertTrue(Files.readString(written).endsWith(printed), Files.readString(written));
        assertTrue(Files.readString(written).startsWith("-- Migration number: 0002"), Files.readString(written));

        assertEquals(0, run(diff));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("already build"));
    }

    @Test
    void refusalExitsOneWithTheReason() throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("0001_init.sql"), DiffScenariosTest.USERS);
        Path schema = Files.writeString(
                dir.resolve("schema.sql"),
                "CREATE TABLE users (id INTEGER PRIMARY KEY, name INTEGER NOT NULL) STRICT;\n");
        assertEquals(1, run("diff", "--migrations", migrations.toString(), "--schema", schema.toString()));
        String reason = err.toString(StandardCharsets.UTF_8);
        assertTrue(reason.contains("would not be safe on sqlite"), reason);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void misplacedRenameMarkerIsAnError() throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("0001_init.sql"), DiffScenariosTest.USERS);
        Path schema = Files.writeString(
                dir.resolve("schema.sql"), DiffScenariosTest.USERS + "-- sqlrecord:renamed-from people\n");
        assertEquals(1, run("diff", "--migrations", migrations.toString(), "--schema", schema.toString()));
        assertTrue(
                err.toString(StandardCharsets.UTF_8).contains("schema.sql:line 2: sqlrecord:renamed-from"),
                err.toString(StandardCharsets.UTF_8));
    }
}
