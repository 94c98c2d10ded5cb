package dev.sqlrecord.checker.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes generated sources, touching only files whose content changed (so incremental builds
 * recompile nothing when nothing changed) and removing sources a previous run generated that
 * this one did not. Only files that carry our header are ever removed: pointed at a folder of
 * hand-written code by mistake, it deletes nothing of the user's.
 */
public final class SourceWriter {
    private final Path root;
    /** Whether the folder was made now: then it holds nothing to compare with or to remove, and files are only written. */
    private final boolean fresh;

    /** The folders known to exist. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    private SourceWriter(Path root, boolean fresh) {
        this.root = root;
        this.fresh = fresh;
    }

    /** A writer into {@code root}, made when missing. */
    public static SourceWriter into(Path root) throws IOException {
        boolean fresh = !Files.isDirectory(root);
        Files.createDirectories(root);
        return new SourceWriter(root, fresh);
    }

    /**
     * Writes one unit's files, from any thread, as soon as it is generated: each only when its content
     * changed; none when {@code asOnDisk} (read back from the folder and checked by a kept result).
     */
    public void writeUnit(Map<String, String> files, boolean asOnDisk) throws IOException {
        if (asOnDisk) {
            return;
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = root.resolve(file.getKey());
            if (!folders.contains(path.getParent())) { // made, not only being made by another thread
                Files.createDirectories(path.getParent());
                folders.add(path.getParent());
            }
            if (fresh) {
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            } else {
                writeIfChanged(path, file.getValue());
            }
        }
    }

    /**
     * After every unit is written: removes the sources an earlier check generated that this one, whose
     * files are {@code all}, did not; and gives the paths of {@code all}.
     */
    public List<Path> finish(Collection<String> all) throws IOException {
        List<Path> written = new ArrayList<>();
        for (String file : all) {
            written.add(root.resolve(file));
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
