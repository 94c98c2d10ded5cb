package dev.sqlrecord.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WranglerConfigTest {
    @TempDir
    Path dir;

    @Test
    void jsoncWithCommentsAndTrailingCommas() throws Exception {
        Path config = Files.writeString(dir.resolve("wrangler.jsonc"), """
                // comment
                { "d1_databases": [ { "binding": "A", /* x */ "migrations_dir": "db/a", },
                                    { "binding": "B" }, ], }
                """);
        assertEquals(config, WranglerConfig.find(dir));
        assertEquals(dir.resolve("db/a"), WranglerConfig.migrationsDir(config, null));
        assertEquals(dir.resolve("migrations"), WranglerConfig.migrationsDir(config, "B"));
        assertNull(WranglerConfig.migrationsDir(config, "C"));
    }

    @Test
    void toml() throws Exception {
        Path config = Files.writeString(dir.resolve("wrangler.toml"), """
                name = "app"
                [[d1_databases]]
                binding = "DB" # main
                database_name = "app"
                migrations_dir = "sql/migrations"

                [[d1_databases]]
                binding = "OTHER"
                """);
        assertEquals(dir.resolve("sql/migrations"), WranglerConfig.migrationsDir(config, null));
        assertEquals(dir.resolve("migrations"), WranglerConfig.migrationsDir(config, "OTHER"));
    }
}
