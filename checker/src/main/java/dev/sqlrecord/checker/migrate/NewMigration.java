package dev.sqlrecord.checker.migrate;

import dev.sqlrecord.runtime.migrations.MigrationLayout;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Creates the next migration file, numbered as {@code wrangler d1 migrations create} numbers it
 * (max leading number + 1, four digits) with wrangler's header line, or {@code V<n>__name.sql} in a
 * Flyway folder. A drizzle-kit folder is refused: its journal and snapshots are drizzle-kit's to write.
 */
public final class NewMigration {
    private static final Pattern LEADING_NUMBER = Pattern.compile("(\\d+)_.*");
    private static final Pattern FLYWAY_VERSION = Pattern.compile("V(\\d+)(?:[._]\\d+)*__.*");

    private NewMigration() {}

    /** Writes the file and returns its path; {@code IllegalArgumentException} for a bad name or a drizzle folder. */
    public static Path create(Path dir, String name, Clock clock) throws IOException {
        String slug = name.trim().replace(' ', '_');
        if (slug.isEmpty() || slug.contains("/") || slug.contains("\\")) {
            throw new IllegalArgumentException("bad migration name '" + name + "'");
        }
        Files.createDirectories(dir);
        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".sql"))
                    .toList();
        }
        String journal = Files.isRegularFile(dir.resolve(MigrationLayout.JOURNAL)) ? "present" : null;
        if (journal != null) {
            throw new IllegalArgumentException(dir + " is a drizzle-kit folder (" + MigrationLayout.JOURNAL
                    + "); create migrations with `drizzle-kit generate --custom --name " + slug + "`");
        }
        MigrationLayout layout = names.isEmpty()
                ? MigrationLayout.WRANGLER
                : MigrationLayout.detect(names, null).layout();
        BigInteger next = max(names, layout == MigrationLayout.FLYWAY ? FLYWAY_VERSION : LEADING_NUMBER)
                .add(BigInteger.ONE);
        Path file;
        String text;
        if (layout == MigrationLayout.FLYWAY) {
            file = dir.resolve("V" + next + "__" + slug + ".sql");
            text = "";
        } else {
            String number = String.format("%04d", next);
            file = dir.resolve(number + "_" + slug + ".sql");
            text = "-- Migration number: " + number + " \t " + Instant.now(clock) + "\n";
        }
        Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
        return file;
    }

    private static BigInteger max(List<String> names, Pattern pattern) {
        BigInteger max = BigInteger.ZERO;
        for (String name : names) {
            Matcher m = pattern.matcher(name);
            if (m.matches()) {
                max = max.max(new BigInteger(m.group(1)));
            }
        }
        return max;
    }
}
