package dev.sqlrecord.checker.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The migration files of a wrangler-style folder ({@code 0001_init.sql}), in the order wrangler
 * applies them: by the number before the first {@code _}, numbered files first, then by name.
 */
public final class MigrationFiles {
    private MigrationFiles() {}

    public static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".sql"))
                    .sorted(ORDER)
                    .toList();
        }
    }

    static final Comparator<Path> ORDER = Comparator.<Path, Long>comparing(
                    p -> number(p.getFileName().toString()), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(p -> p.getFileName().toString());

    /** The number a file name starts with, or null when it starts with no number. */
    static Long number(String name) {
        int end = 0;
        while (end < name.length() && Character.isDigit(name.charAt(end))) {
            end++;
        }
        if (end == 0 || end > 18) {
            return null;
        }
        return Long.parseLong(name.substring(0, end));
    }
}
