package dev.sqlrecord.maven;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a wrangler config declares a D1 database (then the check's target defaults to {@code d1}),
 * and the migrations folder it names for it, so a Workers project keeps one source of truth: {@code d1_databases[].migrations_dir}, relative to the config file, default
 * {@code migrations} (wrangler's own default). Reads {@code wrangler.jsonc}/{@code wrangler.json}
 * (comments and trailing commas allowed, as wrangler allows them) and {@code wrangler.toml}.
 */
final class WranglerConfig {
    static final String[] NAMES = {"wrangler.jsonc", "wrangler.json", "wrangler.toml"};
    private static final Pattern TOML_MIGRATIONS_DIR =
            Pattern.compile("(?m)^\\s*migrations_dir\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern TOML_D1_TABLE = Pattern.compile("(?m)^\\s*\\[\\[\\s*d1_databases\\s*]]");
    private static final Pattern TOML_BINDING = Pattern.compile("(?m)^\\s*binding\\s*=\\s*[\"']([^\"']*)[\"']");

    private WranglerConfig() {}

    /** The first wrangler config in {@code dir}, or null. */
    static Path find(Path dir) {
        for (String name : NAMES) {
            if (Files.isRegularFile(dir.resolve(name))) {
                return dir.resolve(name);
            }
        }
        return null;
    }

    /** Whether the config declares at least one D1 database ({@code d1_databases}). */
    static boolean declaresD1(Path config) throws IOException {
        String text = Files.readString(config, StandardCharsets.UTF_8);
        if (config.getFileName().toString().endsWith(".toml")) {
            return TOML_D1_TABLE.matcher(text).find();
        }
        return !jsonc().readTree(text).path("d1_databases").isEmpty();
    }

    /**
     * The migrations folder of the D1 database with {@code binding} (or the first one when null),
     * or null when the config has no D1 database.
     */
    static Path migrationsDir(Path config, String binding) throws IOException {
        String text = Files.readString(config, StandardCharsets.UTF_8);
        String dir =
                config.getFileName().toString().endsWith(".toml") ? fromToml(text, binding) : fromJson(text, binding);
        return dir == null
                ? null
                : config.toAbsolutePath().getParent().resolve(dir).normalize();
    }

    private static String fromJson(String text, String binding) throws IOException {
        for (JsonNode db : jsonc().readTree(text).path("d1_databases")) {
            if (binding == null || binding.equals(db.path("binding").asText())) {
                return db.path("migrations_dir").asText("migrations");
            }
        }
        return null;
    }

    /** JSON as wrangler reads it: comments and trailing commas allowed. */
    private static JsonMapper jsonc() {
        // Built here, not in a static field: every generate looks for a config, and loading Jackson
        // for that alone would cost a build that skips the check more than the rest of its work.
        return JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
                .build();
    }

    /** Enough TOML for {@code [[d1_databases]]} tables: one key per line, quoted string values. */
    private static String fromToml(String text, String binding) {
        String[] sections = text.split("(?m)^\\s*\\[");
        for (String section : sections) {
            if (!section.startsWith("[d1_databases]]")) {
                continue;
            }
            String body = section.replaceAll("(?m)#.*$", "");
            Matcher b = TOML_BINDING.matcher(body);
            if (binding != null && !(b.find() && b.group(1).equals(binding))) {
                continue;
            }
            Matcher m = TOML_MIGRATIONS_DIR.matcher(body);
            return m.find() ? m.group(1) : "migrations";
        }
        return null;
    }
}
