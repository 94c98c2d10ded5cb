package dev.sqlrecord.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void declaresD1OnlyWithAD1Database() throws Exception {
        Path json = Files.writeString(dir.resolve("wrangler.json"), "{ \"name\": \"app\", \"d1_databases\": [] }");
        assertFalse(WranglerConfig.declaresD1(json), "an empty list");
        Files.writeString(json, "{ \"name\": \"app\", \"d1_databases\": [ { \"binding\": \"DB\" } ] }");
        assertTrue(WranglerConfig.declaresD1(json));
        Path toml =
                Files.writeString(dir.resolve("wrangler.toml"), "# [[d1_databases]] in a comment\nname = \"app\"\n");
        assertFalse(WranglerConfig.declaresD1(toml));
        Files.writeString(toml, "name = \"app\"\n\n[[d1_databases]]\nbinding = \"DB\"\n");
        assertTrue(WranglerConfig.declaresD1(toml));
    }
}
