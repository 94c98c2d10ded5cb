package dev.sqlrecord.checker.daemon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.checker.CheckRequest;
import dev.sqlrecord.checker.incremental.CheckRun;
import dev.sqlrecord.checker.incremental.IncrementalCheck;
import dev.sqlrecord.checker.incremental.InputFingerprint;
import dev.sqlrecord.checker.incremental.TestProject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Check workers, real JVMs started as the plugin starts them where the daemon is not used: each
 * check one runs says and writes what the same check in the build's JVM does, the build's later
 * checks reuse it, a parallel build gets one per check at once, and a worker ends when its build
 * closes its input, or after its idle time.
 */
class CheckWorkersTest {
    @TempDir
    Path temp;

    @BeforeEach
    void ownFolder() {
        System.setProperty("sqlrecord.daemon.dir", temp.resolve("daemons").toString());
    }

    @AfterEach
    void endWorkers() throws IOException {
        System.clearProperty("sqlrecord.daemon.dir");
        System.clearProperty("sqlrecord.worker.idleSeconds");
        // ended, and waited for: a worker writes into the test's folder as it ends
        for (Process process : CheckWorkers.idleProcesses()) {
            process.getOutputStream().close();
        }
        for (Process process : CheckWorkers.idleProcesses()) {
            try {
                process.waitFor(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static CheckRequest request(Path base) {
        return new TestProject(base).generate();
    }

    private static CheckRun inWorker(Path base, List<String> notes) {
        return CheckWorkers.run(request(base), List.of(), false, notes::add)
                .orElseThrow(() -> new AssertionError(notes));
    }

    private static long started(List<String> notes) {
        return notes.stream()
                .filter(n -> n.startsWith("started a check worker (pid "))
                .count();
    }

    @Test
    void everyCheckInAWorkerSaysAndWritesWhatOneInThisJvmDoesAndTheBuildReusesIt() throws IOException {
        Path there = temp.resolve("there");
        Path here = temp.resolve("here");
        new TestProject(there).write();
        new TestProject(here).write();
        List<String> notes = new ArrayList<>();

        CheckRun first = inWorker(there, notes);
        assertEquals(1, started(notes), notes.toString());
        assertEquals(Runs.seen(CheckRun.run(request(here), List.of(), false)), Runs.seen(first));
        assertEquals(CheckRun.Outcome.PASSED, first.outcome(), Runs.seen(first).toString());
        assertEquals(Runs.outputs(here), Runs.outputs(there));

        for (Path base : List.of(there, here)) {
            new TestProject(base).write("src/main/sql/queries/users.sql", """
                    -- name: findUser :one -> User
                    SELECT id, name FROM users WHERE id = :id;

                    -- name: broken :many
                    SELECT nope FROM users;
                    """);
        }
        CheckRun broken = inWorker(there, notes);
        assertEquals(1, started(notes), notes.toString()); // the same worker
        assertEquals(CheckRun.Outcome.FOUND_ERRORS, broken.outcome());
        assertEquals(Runs.seen(CheckRun.run(request(here), List.of(), false)), Runs.seen(broken));
        assertTrue(
                broken.log().stream().anyMatch(l -> l.text().startsWith("src/main/sql/queries/users.sql:5:8: error:")),
                Runs.seen(broken).toString());
        CheckRun forced =
                CheckWorkers.run(request(there), List.of(), true, notes::add).orElseThrow();
        assertEquals(Runs.seen(CheckRun.run(request(here), List.of(), true)), Runs.seen(forced));
        assertEquals(1, started(notes), notes.toString());
    }

    @Test
    void aBuildWithNothingChangedSkipsWithoutAWorker() throws IOException {
        Path base = temp.resolve("module");
        new TestProject(base).write();
        List<String> notes = new ArrayList<>();
        inWorker(base, notes);

        CheckRun skipped = inWorker(base, notes);
        assertEquals(1, started(notes), notes.toString());
        assertEquals(CheckRun.Outcome.PASSED, skipped.outcome());
        assertTrue(
                skipped.log().get(skipped.log().size() - 1).text().endsWith("; skipped"),
                Runs.seen(skipped).toString());
    }

    @Test
    void theWorkerKeepsTheFingerprintTheBuildTookBeforeItsCheckRead() throws Exception {
        Path base = temp.resolve("module");
        new TestProject(base).write();
        CheckRequest request = request(base);
        InputFingerprint taken = IncrementalCheck.open(request, List.of()).fingerprint();
        // an edit made after the build took the fingerprint, as if while the worker started
        new TestProject(base).append("src/main/sql/queries/users.sql", """

                -- name: lastUser :one -> User
                SELECT id, name FROM users ORDER BY id DESC LIMIT 1;
                """);
        List<String> notes = new ArrayList<>();
        CheckWorkers.Worker worker = CheckWorkers.Worker.start(DaemonClient.forThisChecker());
        CheckRun run =
                worker.run(request, taken, false, notes::add, false).orElseThrow(() -> new AssertionError(notes));

        assertEquals(CheckRun.Outcome.PASSED, run.outcome(), Runs.seen(run).toString());
        assertTrue(Runs.outputs(base).values().stream().anyMatch(text -> text.contains("lastUser(")));
        // the check read the edit, its record the fingerprint from before it: the next build checks again
        IncrementalCheck last = CheckRun.lastCheck(request, List.of());
        assertTrue(CheckRun.ifUnchanged(last).isEmpty());
        assertEquals(List.of("query src/main/sql/queries/users.sql"), last.changes());
    }

    @Test
    void aParallelBuildGetsAWorkerPerCheckAtOnce() throws Exception {
        List<Path> modules = List.of(temp.resolve("a"), temp.resolve("b"), temp.resolve("c"));
        for (Path module : modules) {
            new TestProject(module).write();
        }
        ExecutorService builds = Executors.newFixedThreadPool(modules.size());
        List<String> notes = new ArrayList<>();
        try {
            List<Future<Optional<CheckRun>>> runs = new ArrayList<>();
            for (Path module : modules) {
                runs.add(builds.submit(() -> CheckWorkers.run(request(module), List.of(), false, note -> {
                    synchronized (notes) {
                        notes.add(note);
                    }
                })));
            }
            for (Future<Optional<CheckRun>> run : runs) {
                assertEquals(CheckRun.Outcome.PASSED, run.get().orElseThrow().outcome());
            }
        } finally {
            builds.shutdown();
        }
        assertTrue(started(notes) >= 1 && started(notes) <= modules.size(), notes.toString());
        for (Path module : modules) {
            assertTrue(Files.isRegularFile(module.resolve("target/sqlrecord/model.json")), module.toString());
        }
    }

    @Test
    void aWorkerEndsWhenItsBuildClosesItsInputAndAnEndedOneIsReplaced() throws Exception {
        Path base = temp.resolve("project");
        new TestProject(base).write();
        List<String> notes = new ArrayList<>();
        inWorker(base, notes);
        Process worker = CheckWorkers.idleProcesses().get(0);
        worker.getOutputStream().close(); // as when the build's JVM ends
        assertTrue(worker.waitFor(30, TimeUnit.SECONDS), "the worker did not end");
        assertEquals(0, worker.exitValue());

        new TestProject(base).write("src/main/sql/queries/users.sql", "-- name: one :one\nSELECT 1 AS one;\n");
        CheckRun run = inWorker(base, notes);
        assertEquals(CheckRun.Outcome.PASSED, run.outcome(), Runs.seen(run).toString());
        assertEquals(2, started(notes), notes.toString()); // a new one, and the ended one not named a failure
        assertFalse(notes.stream().anyMatch(n -> n.contains("failed")), notes.toString());
    }

    @Test
    void aWorkerLeftIdleEndsAfterItsIdleTime() throws Exception {
        System.setProperty("sqlrecord.worker.idleSeconds", "1");
        Path base = temp.resolve("project");
        new TestProject(base).write();
        inWorker(base, new ArrayList<>());
        Process worker = CheckWorkers.idleProcesses().get(0);
        assertTrue(worker.waitFor(30, TimeUnit.SECONDS), "the idle worker did not end");
    }

    /** The files in the workers' folder whose names end in {@code suffix}. */
    private List<Path> files(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(temp.resolve("daemons"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .toList();
        }
    }

    private static Process endIdleWorker() throws IOException, InterruptedException {
        Process worker = CheckWorkers.idleProcesses().get(0);
        worker.getOutputStream().close();
        assertTrue(worker.waitFor(60, TimeUnit.SECONDS), "the worker did not end");
        return worker;
    }

    private static boolean mapsArchive(Process worker) {
        return hasArgument(worker, "-XX:SharedArchiveFile=");
    }

    @Test
    void theFirstWorkerWritesTheClassArchiveAsItEndsAndTheNextOnesMapIt() throws Exception {
        Path base = temp.resolve("project");
        new TestProject(base).write();
        List<String> notes = new ArrayList<>();
        CheckWorkers.idleProcesses().forEach(Process::destroy); // none of another folder is reused
        inWorker(base, notes);
        assertFalse(mapsArchive(CheckWorkers.idleProcesses().get(0)));
        endIdleWorker();
        assertEquals(1, files(".jsa.part").size(), files("").toString());
        assertEquals(1, files(".lock").size(), files("").toString());

        // the next worker's start makes the part the archive, and maps it
        new TestProject(base).write("src/main/sql/queries/users.sql", "-- name: one :one\nSELECT 1 AS one;\n");
        CheckRun mapped = inWorker(base, notes);
        assertEquals(
                CheckRun.Outcome.PASSED, mapped.outcome(), Runs.seen(mapped).toString());
        assertEquals(2, started(notes), notes.toString());
        assertTrue(mapsArchive(CheckWorkers.idleProcesses().get(0)));
        Path archive = files(".jsa").get(0);
        assertEquals(List.of(), files(".jsa.part"));
        assertEquals(List.of(), files(".lock"));

        // a part cut short (its JVM killed while writing it) would crash the JVM that maps it: deleted
        endIdleWorker();
        String key = archive.getFileName().toString().replace(".jsa", "");
        byte[] whole = Files.readAllBytes(archive);
        Files.write(archive.resolveSibling(key + ".cut.jsa.part"), java.util.Arrays.copyOf(whole, whole.length / 3));
        Files.createFile(archive.resolveSibling(key + ".cut.lock"));
        Files.delete(archive);
        new TestProject(base).write("src/main/sql/queries/users.sql", "-- name: two :one\nSELECT 2 AS two;\n");
        CheckRun after = inWorker(base, notes);
        assertEquals(CheckRun.Outcome.PASSED, after.outcome(), Runs.seen(after).toString());
        assertFalse(mapsArchive(CheckWorkers.idleProcesses().get(0)));
        assertEquals(List.of(), files(".jsa.part"));
        assertEquals(List.of(), files(".jsa"));
        assertFalse(notes.stream().anyMatch(n -> n.contains("failed")), notes.toString());

        // a writer that ended before writing (killed with its build): its lock goes, for a later one to write
        endIdleWorker();
        Path lonely = Files.createFile(archive.resolveSibling(key + ".gone.lock"));
        new TestProject(base).write("src/main/sql/queries/users.sql", "-- name: three :one\nSELECT 3 AS three;\n");
        assertEquals(CheckRun.Outcome.PASSED, inWorker(base, notes).outcome());
        assertFalse(Files.exists(lonely));
    }

    @Test
    void theFirstWorkerKeepsSqlitesLibraryAsItEndsAndTheNextOnesLoadIt() throws Exception {
        Path base = temp.resolve("project");
        new TestProject(base).write();
        List<String> notes = new ArrayList<>();
        CheckWorkers.idleProcesses().forEach(Process::destroy);
        inWorker(base, notes);
        assertFalse(hasArgument(CheckWorkers.idleProcesses().get(0), "-Dorg.sqlite.lib.path="));
        endIdleWorker();
        Path library = files(".sqlite").get(0).resolve(LibraryLoaderUtil.getNativeLibName());
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        byte[] bundled;
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            bundled = in.readAllBytes();
        }
        assertArrayEquals(bundled, Files.readAllBytes(library));

        new TestProject(base).write("src/main/sql/queries/users.sql", "-- name: one :one\nSELECT 1 AS one;\n");
        CheckRun loaded = inWorker(base, notes);
        assertEquals(
                CheckRun.Outcome.PASSED, loaded.outcome(), Runs.seen(loaded).toString());
        assertTrue(hasArgument(CheckWorkers.idleProcesses().get(0), "-Dorg.sqlite.lib.path=" + library.getParent()));

        // a library that does not load: sqlite-jdbc copies its own, the check runs as before, and the
        // worker writes the library again as it ends
        endIdleWorker();
        Files.writeString(library, "not a library");
        new TestProject(base).write("src/main/sql/queries/users.sql", "-- name: two :one\nSELECT 2 AS two;\n");
        CheckRun copied = inWorker(base, notes);
        assertEquals(
                CheckRun.Outcome.PASSED, copied.outcome(), Runs.seen(copied).toString());
        assertFalse(notes.stream().anyMatch(n -> n.contains("failed")), notes.toString());
        endIdleWorker();
        assertArrayEquals(bundled, Files.readAllBytes(library));
    }

    /** The first worker of a build makes room for its archive: the oldest builds' files go (StaleWorkerFilesTest). */
    @Test
    void aBuildsFirstWorkerDeletesTheFilesOfTheBuildsUsedLeastRecently() throws Exception {
        Path daemons = DaemonClient.forThisChecker().privateDirectory(); // the folder a worker accepts
        List<Path> others = new ArrayList<>();
        for (int build = 1; build <= StaleWorkerFiles.KEPT + 1; build++) {
            Path archive = Files.writeString(daemons.resolve("000000000000000" + build + ".jsa"), "an old archive");
            Files.setLastModifiedTime(archive, FileTime.fromMillis(build * 60_000L));
            others.add(archive);
        }
        Path base = temp.resolve("project");
        new TestProject(base).write();
        CheckWorkers.idleProcesses().forEach(Process::destroy);
        inWorker(base, new ArrayList<>());
        assertFalse(Files.exists(others.get(0)), "the build used least recently keeps its archive");
        for (Path kept : others.subList(1, others.size())) {
            assertTrue(Files.exists(kept), kept + " is gone");
        }
    }

    private static boolean hasArgument(Process worker, String prefix) {
        return List.of(worker.info().arguments().orElseThrow()).stream().anyMatch(a -> a.startsWith(prefix));
    }

    /** A home that cannot be written (a sandboxed build): the worker runs all the same, without an archive. */
    @Test
    void aWorkerRunsWhereItsFolderCannotBeMade() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("file"), "a file where the folder would go");
        System.setProperty("sqlrecord.daemon.dir", notAFolder.resolve("daemons").toString());
        Path base = temp.resolve("project");
        new TestProject(base).write();
        List<String> notes = new ArrayList<>();
        CheckWorkers.idleProcesses().forEach(Process::destroy);
        CheckRun run = inWorker(base, notes);
        assertEquals(CheckRun.Outcome.PASSED, run.outcome(), Runs.seen(run).toString());
        assertEquals(1, started(notes), notes.toString());
        assertFalse(mapsArchive(CheckWorkers.idleProcesses().get(0)));
    }
}
