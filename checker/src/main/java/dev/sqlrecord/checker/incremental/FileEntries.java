package dev.sqlrecord.checker.incremental;

import dev.sqlrecord.checker.records.RecordScanner;
import dev.sqlrecord.runtime.internal.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Fingerprint entries for files, by one of two facts. Inputs by content (SHA-256): a checkout that
 * rewrites a file unchanged is no change, and an edit within the same clock tick is one. Outputs
 * and tools by size and modification time: the generator leaves unchanged files untouched, so
 * their times hold still, and reading the megabytes of generated code again would cost more than
 * everything else a skipped check does.
 */
final class FileEntries {
    /** What a file that vanished between listing and reading counts as: a change from any content. */
    static final String MISSING = "missing";
    /** What a source file that declares no record or enum counts as, whatever its content. */
    static final String NO_TYPES = "declares no record or enum";

    /** One fact about a file. */
    interface Fact {
        String of(Path file) throws IOException;
    }

    private FileEntries() {}

    /** The SHA-256 of the file's content, in hex. */
    static String digest(Path file) throws IOException {
        try {
            return Sha256.hex(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return MISSING;
        }
    }

    /**
     * A Java source file's content as the check reads it: nothing of a file that cannot declare a
     * record or an enum (the record scan skips it), so that editing it is no change.
     */
    static String sourceFact(Path file) throws IOException {
        try {
            byte[] content = Files.readAllBytes(file);
            return RecordScanner.mayDeclareTypes(content) ? Sha256.hex(content) : NO_TYPES;
        } catch (NoSuchFileException e) {
            return MISSING;
        }
    }

    /** The file's size and modification time. */
    static String stamp(Path file) throws IOException {
        try {
            return stamp(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (NoSuchFileException e) {
            return MISSING;
        }
    }

    static String stamp(BasicFileAttributes attributes) {
        return attributes.size() + " bytes, modified "
                + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) + " ns";
    }

    /**
     * Adds an entry for every file under {@code dir} → its {@link #stamp}. One walk that reads each
     * file's attributes once: a thousand generated files are the most a skipped check looks at.
     */
    static void putStamps(Map<String, String> entries, String role, Path dir, Function<Path, String> display)
            throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    entries.put(role + " " + display.apply(file), stamp(attributes));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Adds one entry per file, {@code "<role> <path as displayed>"} → its {@code fact}. */
    static void putAll(
            Map<String, String> entries, String role, List<Path> files, Function<Path, String> display, Fact fact)
            throws IOException {
        putAll(entries, role, files, display, fact, Map.of(), InputStamps.NONE, new TreeMap<>());
    }

    /**
     * As {@link #putAll(Map, String, List, Function, Fact)}, but a file the last fingerprint saw as it
     * is now ({@link InputStamps#unchanged}) takes its fact from {@code last} instead of being read;
     * each file's stamp goes into {@code stamps}.
     */
    static void putAll(
            Map<String, String> entries,
            String role,
            List<Path> files,
            Function<Path, String> display,
            Fact fact,
            Map<String, String> last,
            InputStamps lastStamps,
            Map<String, String> stamps)
            throws IOException {
        record Taken(String name, String fact, String stamp) {}
        List<Taken> taken;
        try {
            taken = files.stream()
                    .map(file -> {
                        String name = role + " " + display.apply(file);
                        try {
                            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                            String known = lastStamps.unchanged(name, attributes) ? last.get(name) : null;
                            return new Taken(name, known != null ? known : fact.of(file), stamp(attributes));
                        } catch (NoSuchFileException e) {
                            return new Taken(name, MISSING, null);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Taken file : taken) {
            entries.put(file.name(), file.fact());
            if (file.stamp() != null) {
                stamps.put(file.name(), file.stamp());
            }
        }
    }
}
