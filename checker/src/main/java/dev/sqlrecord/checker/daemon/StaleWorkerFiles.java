package dev.sqlrecord.checker.daemon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The workers' files of builds of the checker no longer used: each build (each version, each
 * rebuild of a snapshot) has its class archive of some 20 MB and its copy of SQLite's library, which
 * nothing else removes (docs/ARCHITECTURE.md §8, "The check worker"). When a build's first worker is
 * about to write its archive, the workers' files of all but the {@value #KEPT} builds used last go;
 * a build is used when a worker maps its archive, which then takes the time. The daemons' own files
 * ({@code .sock}, {@code .lock}, {@code .classpath}, {@code .log}) stay: a daemon of another build
 * may be running. An archive still being written (its lock held) stays too.
 */
final class StaleWorkerFiles {
    /** How many builds other than the current one keep their workers' files. */
    static final int KEPT = 3;

    /**
     * A worker's file: the key, then the archive, a part of one and its lock, SQLite's library's
     * folder, the bootstrap jar, the log or a crash report.
     */
    private static final Pattern WORKER_FILE =
            Pattern.compile("([0-9a-f]{16})\\.(jsa|[0-9a-f-]{36}\\.jsa\\.part|[0-9a-f-]{36}\\.lock|sqlite|worker\\.jar"
                    + "|workers\\.log|hs_err_\\d+\\.log)");

    private StaleWorkerFiles() {}

    /** Records that the build {@code key} is used now: its archive's time. */
    static void used(Path archive) {
        try {
            Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // then it seems older than it is: at worst, it is written again after a later pruning
        }
    }

    /**
     * Removes from {@code dir} the workers' files of the builds other than {@code key} and the ones
     * used last. Never fails: what cannot be read or deleted now is left for a later pruning.
     */
    static void prune(Path dir, String key) {
        Map<String, List<Path>> byBuild = new HashMap<>();
        Map<String, FileTime> lastUsed = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher name = WORKER_FILE.matcher(file.getFileName().toString());
                if (name.matches() && !name.group(1).equals(key)) {
                    byBuild.computeIfAbsent(name.group(1), k -> new ArrayList<>())
                            .add(file);
                    FileTime time = Files.getLastModifiedTime(file);
                    lastUsed.merge(name.group(1), time, (a, b) -> a.compareTo(b) >= 0 ? a : b);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return; // a file deleted meanwhile (another build pruning), say
        }
        List<String> stale = byBuild.keySet().stream()
                .sorted(Comparator.comparing(lastUsed::get).reversed())
                .skip(KEPT)
                .toList();
        for (String build : stale) {
            if (byBuild.get(build).stream().noneMatch(StaleWorkerFiles::beingWritten)) {
                for (Path file : byBuild.get(build)) {
                    delete(file);
                }
            }
        }
    }

    /** Deletes {@code file}, or the folder {@code file} and the files in it. */
    private static void delete(Path file) {
        try {
            if (Files.isDirectory(file)) {
                try (Stream<Path> inside = Files.list(file)) {
                    for (Path each : (Iterable<Path>) inside::iterator) {
                        Files.deleteIfExists(each);
                    }
                }
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // in use where that forbids it (a loaded library on Windows): a later pruning takes it
        }
    }

    /** Whether {@code file} is the lock of an archive that a live worker is writing. */
    private static boolean beingWritten(Path file) {
        if (!file.getFileName().toString().endsWith(".lock")) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
                FileLock free = channel.tryLock()) {
            return free == null;
        } catch (OverlappingFileLockException e) {
            return true; // held by this JVM
        } catch (IOException e) {
            return false; // gone meanwhile, or not ours to lock: nothing is being written through it
        }
    }
}
