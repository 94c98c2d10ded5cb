package dev.sqlrecord.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.runtime.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sqlrecord:seed} on an SQLite file: the sample blog migrated and filled, FKs and CHECKs held. */
class SeedMojoTest {
    @TempDir
    Path base;

    private SeedMojo mojo(Path migrations, String file) {
        SeedMojo mojo = new SeedMojo();
        mojo.migrationsDirectory = migrations.toFile();
        mojo.url = "jdbc:sqlite:" + base.resolve(file);
        mojo.rows = 6;
        mojo.seed = 21L;
        return mojo;
    }

    @Test
    void migratesAndFillsEveryTable() throws Exception {
        mojo(Path.of("../sample/src/main/sql/migrations"), "blog.db").execute();
        try (Database db = Database.open("jdbc:sqlite:" + base.resolve("blog.db"))) {
            assertEquals(
                    List.of(6L, 6L, 6L),
                    db.many(
                            "SELECT count(*) FROM users UNION ALL SELECT count(*) FROM posts"
                                    + " UNION ALL SELECT count(*) FROM comments",
                            r -> r.getLong(1)));
            assertEquals(List.of(), db.many("SELECT \"table\" FROM pragma_foreign_key_check", r -> r.getString(1)));
        }
    }

    @Test
    void failsNamingATableNoRowCanEnterAndRefusesBadParameters() throws Exception {
        Path migrations = Files.createDirectories(base.resolve("migrations"));
        Files.writeString(
                migrations.resolve("0001_init.sql"),
                "CREATE TABLE never (id INTEGER PRIMARY KEY, n INTEGER NOT NULL CHECK (n > 5 AND n < 3));\n");
        MojoFailureException failed = assertThrows(
                MojoFailureException.class, () -> mojo(migrations, "never.db").execute());
        assertTrue(failed.getMessage().contains("some tables could not be seeded"), failed.getMessage());
        SeedMojo negative = mojo(migrations, "x.db");
        negative.rows = -1;
        assertThrows(MojoExecutionException.class, negative::execute);
        SeedMojo both = mojo(migrations, "y.db");
        both.d1 = true;
        assertThrows(MojoExecutionException.class, both::execute);
    }
}
