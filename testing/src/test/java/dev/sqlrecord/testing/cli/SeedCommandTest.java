package dev.sqlrecord.testing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.checker.cli.Main;
import dev.sqlrecord.runtime.Database;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sqlrecord seed} on SQLite files, found by the checker's CLI on the class path. */
class SeedCommandTest {
    private static final String SAMPLE =
            Path.of("../sample/src/main/sql/migrations").toString();

    @TempDir
    Path temp;

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

    private String url(String file) {
        return "jdbc:sqlite:" + temp.resolve(file);
    }

    private static List<String> rows(String url, String sql) {
        try (Database db = Database.open(url)) {
            return db.many(sql, r -> r.getString(1));
        }
    }

    @Test
    void migratesAndFillsTheSampleBlogPrintingTheSeed() {
        assertEquals(0, run("seed", "--url", url("blog.db"), "--migrations", SAMPLE, "--rows", "12", "--seed", "7"));
        assertEquals(
                "seed 7\napplied 0001_init.sql\napplied 0002_comments.sql\napplied 0003_comment_author_index.sql\n"
                        + "comments: 12 rows\nposts: 12 rows\nusers: 12 rows\nseeded with seed 7\n",
                out.toString(StandardCharsets.UTF_8));
        assertEquals(
                List.of("12", "12", "12"),
                rows(
                        url("blog.db"),
                        "SELECT count(*) FROM users UNION ALL SELECT count(*) FROM posts UNION ALL SELECT count(*)"
                                + " FROM comments"));
        assertEquals(List.of(), rows(url("blog.db"), "SELECT \"table\" FROM pragma_foreign_key_check"));
        assertEquals(
                List.of("0"),
                rows(
                        url("blog.db"),
                        "SELECT count(*) FROM posts WHERE status NOT IN ('draft', 'published', 'archived')"));
    }

    @Test
    void theSameSeedGivesTheSameRowsAndNoSeedPicksOneAndSaysWhich() {
        String dump = "SELECT group_concat(quote(id) || quote(email) || quote(name) || quote(bio), ';') FROM users";
        run("seed", "--url", url("a.db"), "--migrations", SAMPLE, "--rows", "5", "--seed", "99");
        run("seed", "--url", url("b.db"), "--migrations", SAMPLE, "--rows", "5", "--seed", "99");
        assertEquals(rows(url("a.db"), dump), rows(url("b.db"), dump));
        assertEquals(0, run("seed", "--url", url("c.db"), "--migrations", SAMPLE, "--rows", "2"));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.matches("(?s)seed -?\\d+\n.*seeded with seed -?\\d+\n"), printed);
    }

    @Test
    void badUsageIsExitTwoWithTheReason() {
        assertEquals(2, run("seed", "--url", url("x.db"), "--migrations", SAMPLE));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("sqlrecord: --rows is required\n"));
        assertEquals(2, run("seed", "--url", url("x.db"), "--migrations", SAMPLE, "--rows", "ten"));
        assertTrue(
                err.toString(StandardCharsets.UTF_8).startsWith("sqlrecord: --rows needs a whole number, not 'ten'\n"));
        assertEquals(2, run("seed", "--migrations", SAMPLE, "--rows", "1"));
        assertTrue(err.toString(StandardCharsets.UTF_8)
                .startsWith("sqlrecord: give exactly one of --url JDBC_URL and --d1\n"));
        assertTrue(err.toString(StandardCharsets.UTF_8)
                .contains("sqlrecord seed (--url JDBC_URL | --d1) --migrations DIR --rows N [--seed S]\n"));
    }

    @Test
    void aTableNoRowCanEnterIsExitOneNamingIt() throws Exception {
        Path migrations = temp.resolve("migrations");
        java.nio.file.Files.createDirectories(migrations);
        java.nio.file.Files.writeString(
                migrations.resolve("0001_init.sql"),
                "CREATE TABLE never (id INTEGER PRIMARY KEY, n INTEGER NOT NULL CHECK (n > 5 AND n < 3));\n");
        assertEquals(1, run("seed", "--url", url("n.db"), "--migrations", migrations.toString(), "--rows", "3"));
        assertTrue(
                err.toString(StandardCharsets.UTF_8)
                        .startsWith("error: no row could be written to never: SQLite refused every row tried,"
                                + " last with: CHECK constraint failed"),
                err.toString(StandardCharsets.UTF_8));
    }
}
