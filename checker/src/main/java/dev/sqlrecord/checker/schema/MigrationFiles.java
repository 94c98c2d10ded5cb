package dev.sqlrecord.checker.schema;

import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.runtime.migrations.MigrationLayout;
import dev.sqlrecord.runtime.migrations.MigrationLayoutException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The migration files of a folder, in the order they are applied, by the same layout rules as the
 * runtime runner ({@link MigrationLayout}: wrangler, drizzle-kit or Flyway), so build and run agree.
 *
 * @param files the files in apply order; empty when the layout is refused
 * @param problem why the layout is refused, or null
 * @param problemFile the file the problem is about, or null
 */
public record MigrationFiles(List<Path> files, String problem, Path problemFile) {

    public static MigrationFiles detect(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return new MigrationFiles(List.of(), null, null);
        }
        List<String> names =
                sqlFiles(dir).stream().map(p -> p.getFileName().toString()).toList();
        Path journal = dir.resolve(MigrationLayout.JOURNAL);
        String journalText = Files.isRegularFile(journal) ? Files.readString(journal, StandardCharsets.UTF_8) : null;
        try {
            return new MigrationFiles(
                    MigrationLayout.detect(names, journalText).names().stream()
                            .map(dir::resolve)
                            .toList(),
                    null,
                    null);
        } catch (MigrationLayoutException e) {
            String reason = e.getMessage()
                    .substring(
                            e.getMessage().indexOf(e.file() + ": ") + e.file().length() + 2);
            return new MigrationFiles(List.of(), reason, dir.resolve(e.file()));
        }
    }

    /** Every file {@link #detect} reads: the folder's {@code .sql} files and drizzle-kit's journal, if there is one. */
    public static List<Path> inputs(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>(sqlFiles(dir));
        Path journal = dir.resolve(MigrationLayout.JOURNAL);
        if (Files.isRegularFile(journal)) {
            files.add(journal);
        }
        return files;
    }

    private static List<Path> sqlFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".sql"))
                    .sorted()
                    .toList();
        }
    }

    /** The files in apply order; empty for a refused layout (see {@link #detect}). */
    public static List<Path> list(Path dir) throws IOException {
        return detect(dir).files();
    }

    public boolean ok() {
        return problem == null;
    }

    /** Reports a refused layout as an error on the offending file. */
    public void report(Function<Path, String> display, Diagnostics diagnostics) {
        if (problem != null) {
            diagnostics.add(Diagnostic.error(display.apply(problemFile), 0, 0, 1, "migration-layout", problem));
        }
    }
}
