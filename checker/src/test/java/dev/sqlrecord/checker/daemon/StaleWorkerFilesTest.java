package dev.sqlrecord.checker.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workers' files of builds of the checker no longer used go when a new build writes its
 * archive: all but those of the builds used last, and never a daemon's files or an archive being written.
 */
class StaleWorkerFilesTest {
    private static final String CURRENT = "00000000000000aa";
    private static final String UUID = "0f8fad5b-d9cb-469f-a165-70867728950e";

    @TempDir
    Path dir;

    /** The files of one build's workers, the last used {@code minutesAgo}. */
    private void build(String key, int minutesAgo) throws IOException {
        FileTime time = FileTime.fromMillis(System.currentTimeMillis() - minutesAgo * 60_000L);
        for (String suffix : List.of(".jsa", ".worker.jar", ".workers.log", ".hs_err_42.log")) {
            Files.setLastModifiedTime(Files.writeString(dir.resolve(key + suffix), "x"), time);
        }
        Path library = Files.createDirectory(dir.resolve(key + ".sqlite"));
        Files.writeString(library.resolve("libsqlitejdbc.so"), "x");
        Files.setLastModifiedTime(library, time);
    }

    private Set<String> left() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    @Test
    void theBuildsUsedLastKeepTheirFilesAndTheOthersLoseThem() throws IOException {
        build(CURRENT, 500);
        build("0000000000000001", 1);
        build("0000000000000002", 2);
        build("0000000000000003", 3);
        build("0000000000000004", 4);
        build("0000000000000005", 5);
        // a daemon of an old build may still run: its files stay
        for (String suffix : List.of(".sock", ".lock", ".classpath", ".log")) {
            Files.writeString(dir.resolve("0000000000000005" + suffix), "daemon");
        }
        Files.writeString(dir.resolve("notes.txt"), "not ours");

        StaleWorkerFiles.prune(dir, CURRENT);

        Set<String> left = left();
        for (String kept : List.of(CURRENT, "0000000000000001", "0000000000000002", "0000000000000003")) {
            assertEquals(5, left.stream().filter(f -> f.startsWith(kept)).count(), left.toString());
        }
        assertEquals(
                Set.of(
                        "0000000000000005.sock",
                        "0000000000000005.lock",
                        "0000000000000005.classpath",
                        "0000000000000005.log"),
                new TreeSet<>(left.stream()
                        .filter(f -> f.startsWith("0000000000000005"))
                        .toList()));
        assertEquals(
                0, left.stream().filter(f -> f.startsWith("0000000000000004")).count(), left.toString());
        assertEquals(true, left.contains("notes.txt"));
    }

    @Test
    void anArchiveBeingWrittenStaysAndOneWhoseWriterEndedGoes() throws IOException {
        for (int key = 1; key <= StaleWorkerFiles.KEPT; key++) {
            build("000000000000000" + key, key);
        }
        String writing = "00000000000000f1";
        String ended = "00000000000000f2";
        for (String key : List.of(writing, ended)) {
            Path part = Files.writeString(dir.resolve(key + "." + UUID + ".jsa.part"), "part");
            Path lock = Files.writeString(dir.resolve(key + "." + UUID + ".lock"), "");
            Files.setLastModifiedTime(part, FileTime.fromMillis(0));
            Files.setLastModifiedTime(lock, FileTime.fromMillis(0));
        }
        try (FileChannel channel =
                        FileChannel.open(dir.resolve(writing + "." + UUID + ".lock"), StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            StaleWorkerFiles.prune(dir, CURRENT);
        }
        Set<String> left = left();
        assertEquals(2, left.stream().filter(f -> f.startsWith(writing)).count(), left.toString());
        assertEquals(0, left.stream().filter(f -> f.startsWith(ended)).count(), left.toString());
    }

    @Test
    void aMappedArchiveTakesTheTimeOfItsUse() throws IOException {
        Path archive = Files.writeString(dir.resolve(CURRENT + ".jsa"), "x");
        Files.setLastModifiedTime(archive, FileTime.fromMillis(0));
        StaleWorkerFiles.used(archive);
        assertEquals(true, Files.getLastModifiedTime(archive).toMillis() > System.currentTimeMillis() - 60_000);
    }
}
