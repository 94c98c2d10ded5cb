package dev.sqlrecord.checker.incremental;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.JavaFile;
import dev.sqlrecord.checker.Checker;
import dev.sqlrecord.grammar.SqlSyntax;
import dev.sqlrecord.runtime.migrations.MigrationLayout;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Which build of the code that checks: for a class of each part, the jar (or classes folder) it was
 * loaded from, by size and modification time. Versions alone would not do: a rebuilt SNAPSHOT keeps
 * its version but may check differently. Plus the JDK, whose compiler parses the records.
 */
final class ToolBuild {
    /**
     * The libraries whose behaviour the outputs depend on, one class of each: the checker, the
     * grammar, the migration layout rules (runtime), SQLite itself, the code and JSON writers.
     */
    private static final List<Class<?>> CHECKER = List.of(
            Checker.class,
            SqlSyntax.class,
            MigrationLayout.class,
            org.sqlite.JDBC.class,
            JavaFile.class,
            ObjectMapper.class);

    private ToolBuild() {}

    /** Adds the entries of the JDK, the checker and its libraries, and the {@code callers}' own jars. */
    static void putAll(Map<String, String> entries, List<Class<?>> callers) throws IOException {
        entries.put("tool java", Runtime.version().toString());
        List<Class<?>> classes = new ArrayList<>(CHECKER);
        classes.addAll(callers);
        for (Class<?> type : classes) {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null) {
                continue; // the JDK's own classes: covered by its version
            }
            try {
                Path location = Path.of(source.getLocation().toURI());
                entries.put("tool " + location, identity(location));
            } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
                // Not a file (a jar inside a jar, say): its build cannot be told, so never trust a match.
                entries.put("tool " + source.getLocation(), "unknown build, seen " + System.nanoTime());
            }
        }
    }

    /** A jar by size and time; a classes folder (tests, an IDE) by its file count and newest time. */
    private static String identity(Path location) throws IOException {
        if (!Files.isDirectory(location)) {
            return FileEntries.stamp(location);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(location)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        long newest = 0;
        for (Path file : files) {
            newest = Math.max(newest, Files.getLastModifiedTime(file).toMillis());
        }
        return files.size() + " files, newest modified " + newest;
    }
}
