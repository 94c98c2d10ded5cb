package dev.sqlrecord.checker.daemon;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The class-data archive of one build of the checker's workers (docs/ARCHITECTURE.md §8, "The check
 * worker"): the classes a check loads, laid out as the JVM has them once loaded and verified, which
 * later workers map instead of loading them again (the JDK's dynamic class-data sharing). The first
 * worker of a build of the checker writes it when it ends, after its build: {@code <key>.<id>.jsa.part},
 * while it holds {@code <key>.<id>.lock}. Once that lock is free, the next worker's start makes the
 * part {@code <key>.jsa}, which every later worker maps, when a JVM starts with it: one cut short
 * (its JVM killed while writing it) would crash every JVM that maps it, and is deleted, so that a
 * later worker writes it again, as after a writer that ended without writing it.
 */
final class WorkerArchive {
    /** The system property that names the lock a worker writing the archive holds until it ends. */
    static final String LOCK_PROPERTY = "sqlrecord.worker.archiveLock";

    private static final String PART = ".jsa.part";
    private static final String LOCK = ".lock";

    private final DaemonClient names;
    /** The workers' class path, which the archive is bound to. */
    private final String classPath;

    WorkerArchive(DaemonClient names, String classPath) {
        this.names = names;
        this.classPath = classPath;
    }

    /** The archive itself: {@code <key>.jsa} in the daemon's folder. */
    Path file() {
        return names.file(".jsa");
    }

    /**
     * The JVM options of the next worker: to map the archive; or to write it at its end when none is
     * written yet; or none while another worker writes it, or after a write that failed.
     */
    List<String> options() throws IOException {
        synchronized (WorkerArchive.class) { // one JVM may not lock a file twice: its builds take turns
            return optionsNow();
        }
    }

    private List<String> optionsNow() throws IOException {
        Path dir = names.privateDirectory();
        String prefix = file().getFileName().toString().replace(".jsa", ".");
        List<Path> locks;
        try (Stream<Path> files = Files.list(dir)) {
            locks = files.filter(f -> {
                        String name = f.getFileName().toString();
                        return name.startsWith(prefix) && name.endsWith(LOCK);
                    })
                    .toList();
        }
        for (Path lock : locks) {
            promote(lock);
        }
        if (Files.isRegularFile(file())) {
            StaleWorkerFiles.used(file());
            return List.of("-XX:SharedArchiveFile=" + file());
        }
        if (!locks.isEmpty()) {
            return List.of();
        }
        // a new build's archive: the oldest builds' files make room for it
        StaleWorkerFiles.prune(dir, prefix.substring(0, prefix.length() - 1));
        Path lock = names.file("." + UUID.randomUUID() + LOCK);
        Files.createFile(lock);
        return List.of("-XX:ArchiveClassesAtExit=" + part(lock), "-D" + LOCK_PROPERTY + "=" + lock);
    }

    /** Forgets the archive: a worker that mapped it did not answer. */
    void discard() throws IOException {
        Files.deleteIfExists(file());
    }

    /** Makes the part of {@code lock} the archive once its writer has ended, and clears them. */
    private void promote(Path lock) throws IOException {
        Path part = part(lock);
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE);
                FileLock free = channel.tryLock()) {
            if (free == null) {
                return; // still being written
            }
            if (!Files.isRegularFile(part)) {
                // its writer ended before writing it (killed with its build, say): a later worker writes it
                Files.deleteIfExists(lock);
                return;
            }
            if (!opens(part)) {
                // cut short (its JVM killed while writing it): mapped, it would crash every worker
                Files.delete(part);
            } else {
                try {
                    Files.move(part, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(part, file(), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.deleteIfExists(lock);
    }

    /** Whether a JVM starts with {@code archive} mapped, as a worker would map it. */
    private boolean opens(Path archive) throws IOException {
        Process trial = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xshare:on",
                        "-XX:SharedArchiveFile=" + archive,
                        "-XX:ErrorFile=" + names.file(".hs_err_%p.log"),
                        "-cp",
                        classPath,
                        "-version")
                .directory(archive.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            return trial.waitFor() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            trial.destroy();
            return false;
        }
    }

    private static Path part(Path lock) {
        String name = lock.getFileName().toString();
        return lock.resolveSibling(name.substring(0, name.length() - LOCK.length()) + PART);
    }
}
