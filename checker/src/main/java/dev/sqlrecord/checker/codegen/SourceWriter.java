package dev.sqlrecord.checker.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes generated sources, touching only files whose content changed (so incremental builds
 * recompile nothing when nothing changed) and removing sources a previous run generated that
 * this one did not. Only files that carry our header are ever removed: pointed at a folder of
 * hand-written code by mistake, it deletes nothing of the user's.
 */
public final class SourceWriter {
    private final Path root;

    public SourceWriter(Path root) {
        this.root = root;
    }

    public List<Path> write(Map<String, String> files) throws IOException {
        return write(files, Set.of());
    }

    /**
     * As {@link #write(Map)}, where the files named in {@code asOnDisk} are known to be in the folder
     * with that content already (read back from it and checked by a kept result): they are neither
     * read nor written again.
     */
    public List<Path> write(Map<String, String> files, Set<String> asOnDisk) throws IOException {
        // A folder made now holds nothing to compare with or to remove: the files are only written.
        boolean fresh = !Files.isDirectory(root);
        Files.createDirectories(root);
        List<Path> written = new ArrayList<>();
        Set<Path> folders = new HashSet<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = root.resolve(file.getKey());
            if (folders.add(path.getParent())) {
                Files.createDirectories(path.getParent());
            }
            if (fresh) {
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            } else if (!asOnDisk.contains(file.getKey())) {
                writeIfChanged(path, file.getValue());
            }
            written.add(path);
        }
        if (fresh) {
            return written;
        }
        Set<Path> writtenSet = new HashSet<>(written);
        try (Stream<Path> existing = Files.walk(root)) {
            for (Path stale : existing.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !writtenSet.contains(p))
                    .toList()) {
                if (Files.readString(stale, StandardCharsets.UTF_8).startsWith(RepositoryGenerator.HEADER)) {
                    Files.delete(stale);
                }
            }
        }
        return written;
    }

    public static void writeIfChanged(Path path, String content) throws IOException {
        if (Files.exists(path) && Files.readString(path, StandardCharsets.UTF_8).equals(content)) {
            return;
        }
        Files.writeString(path, content, StandardCharsets.UTF_8);
    }
}
