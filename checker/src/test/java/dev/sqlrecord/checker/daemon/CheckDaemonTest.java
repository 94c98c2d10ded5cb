package dev.sqlrecord.checker.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.checker.CheckRequest;
import dev.sqlrecord.checker.incremental.CheckRun;
import dev.sqlrecord.checker.incremental.TestProject;
import dev.sqlrecord.checker.lint.LintSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check daemon, a real JVM started as the plugin starts it: every check it runs says and
 * writes what the same check in the build's JVM does (kept results, edits, errors, lint settings),
 * it is reused by the next build, and it ends when told to or after its idle time.
 */
class CheckDaemonTest {
    @TempDir
    Path temp;

    private DaemonClient client;

    @AfterEach
    void stopDaemon() throws IOException {
        if (client != null) {
            client.stop();
        }
    }

    /** {@link TestProject}'s project: a migration, a query file (one query with a full scan), a record. */
    private static void project(Path base) throws IOException {
        new TestProject(base).write();
    }

    private static void write(Path base, String file, String content) throws IOException {
        new TestProject(base).write(file, content);
    }

    /** Its generate request, the full scan an error. */
    private static CheckRequest request(Path base) {
        return new TestProject(base).generate(LintSettings.of(Map.of("full-scan", "error"), List.of()));
    }

    private CheckRun inDaemon(Path base, boolean force, List<String> notes) {
        return client.run(request(base), force, notes::add).orElseThrow(() -> new AssertionError(notes));
    }

    @Test
    void everyCheckInTheDaemonSaysAndWritesWhatOneInThisJvmDoes() throws IOException {
        client = DaemonClient.in(temp.resolve("daemons"), 120);
        Path there = temp.resolve("there");
        Path here = temp.resolve("here");
        project(there);
        project(here);
        List<String> notes = new ArrayList<>();

        CheckRun first = inDaemon(there, false, notes);
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).startsWith("started the check daemon (pid "), notes.toString());
        assertEquals(Runs.seen(CheckRun.run(request(here), List.of(), false)), Runs.seen(first));
        assertEquals(CheckRun.Outcome.FOUND_ERRORS, first.outcome()); // full-scan set to error
        assertTrue(
                first.log().stream().anyMatch(l -> l.text().contains("[full-scan]")),
                first.log().toString());
        assertEquals(Runs.outputs(here).keySet(), Runs.outputs(there).keySet());

        // the same daemon takes the next build; an edit that fixes the error, then nothing changed
        for (Path base : List.of(there, here)) {
            write(base, "src/main/sql/queries/users.sql", """
                    -- name: findUser :one -> User
                    SELECT id, name FROM users WHERE id = :id;
                    """);
        }
        CheckRun edited = inDaemon(there, false, notes);
        assertEquals(1, notes.size(), notes.toString()); // no second start
        assertEquals(Runs.seen(CheckRun.run(request(here), List.of(), false)), Runs.seen(edited));
        assertEquals(CheckRun.Outcome.PASSED, edited.outcome(), edited.log().toString());
        assertEquals(Runs.outputs(here), Runs.outputs(there));
        CheckRun unchanged = inDaemon(there, false, notes);
        assertTrue(
                unchanged.log().get(unchanged.log().size() - 1).text().endsWith("; skipped"),
                Runs.seen(unchanged).toString());
        assertEquals(Runs.seen(CheckRun.run(request(here), List.of(), false)), Runs.seen(unchanged));
        CheckRun forced = inDaemon(there, true, notes);
        assertEquals(Runs.seen(CheckRun.run(request(here), List.of(), true)), Runs.seen(forced));

        // a query file that cannot be checked: the same error, at the same place
        for (Path base : List.of(there, here)) {
            write(base, "src/main/sql/queries/users.sql", "-- name: broken :many\nSELECT nope FROM users;\n");
        }
        CheckRun broken = inDaemon(there, false, notes);
        assertEquals(CheckRun.Outcome.FOUND_ERRORS, broken.outcome());
        assertEquals(Runs.seen(CheckRun.run(request(here), List.of(), false)), Runs.seen(broken));
        assertTrue(
                broken.log().stream().anyMatch(l -> l.text().startsWith("src/main/sql/queries/users.sql:2:8: error:")),
                Runs.seen(broken).toString());
    }

    /** A reactor built in parallel: its modules' builds start the daemon at the same moment. */
    @Test
    void buildsThatStartTheDaemonAtOnceAllGetTheirCheckFromOne() throws Exception {
        client = DaemonClient.in(temp.resolve("daemons"), 120);
        List<Path> modules = List.of(temp.resolve("a"), temp.resolve("b"), temp.resolve("c"));
        for (Path module : modules) {
            project(module);
        }
        ExecutorService builds = Executors.newFixedThreadPool(modules.size());
        try {
            List<Future<Optional<CheckRun>>> runs = new ArrayList<>();
            for (Path module : modules) {
                runs.add(builds.submit(() -> client.run(request(module), false, note -> {})));
            }
            for (Future<Optional<CheckRun>> run : runs) {
                assertEquals(
                        CheckRun.Outcome.FOUND_ERRORS, run.get().orElseThrow().outcome()); // the full-scan error
            }
        } finally {
            builds.shutdown();
        }
    }

    @Test
    void aCheckThatCannotRunSaysWhyAsInThisJvm() throws IOException {
        client = DaemonClient.in(temp.resolve("daemons"), 120);
        Path missing = temp.resolve("missing");
        Files.createDirectories(missing);
        Files.writeString(missing.resolve("target"), "a file where the check wants a folder");
        CheckRun there = inDaemon(missing, false, new ArrayList<>());
        assertEquals(Runs.seen(CheckRun.run(request(missing), List.of(), false)), Runs.seen(there));
    }

    @Test
    void stopEndsTheDaemonAndASocketLeftBehindIsTakenOver() throws Exception {
        client = DaemonClient.in(temp.resolve("daemons"), 120);
        Path base = temp.resolve("project");
        project(base);
        List<String> notes = new ArrayList<>();
        inDaemon(base, false, notes);
        assertTrue(client.stop());
        awaitGone(client.socket());
        assertFalse(client.stop());

        Files.writeString(client.socket(), "left behind by a daemon that was killed");
        CheckRun run = inDaemon(base, false, notes);
        assertEquals(
                2,
                notes.stream()
                        .filter(n -> n.startsWith("started the check daemon"))
                        .count(),
                notes.toString());
        assertEquals(CheckRun.Outcome.FOUND_ERRORS, run.outcome()); // the project's full-scan error
        assertTrue(client.stop());
        awaitGone(client.socket());
    }

    @Test
    void aFolderOthersMayEnterIsRefusedAndTheBuildChecksItself() throws IOException {
        Path shared = temp.resolve("shared");
        Files.createDirectories(shared);
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        client = DaemonClient.in(shared, 120);
        Path base = temp.resolve("project");
        project(base);
        List<String> notes = new ArrayList<>();
        assertTrue(client.run(request(base), false, notes::add).isEmpty());
        assertTrue(notes.get(0).contains("may be entered by other users (rwxr-xr-x)"), notes.toString());
        assertFalse(Files.exists(client.socket()));
    }

    private static void awaitGone(Path socket) throws InterruptedException {
        for (int i = 0; i < 100 && Files.exists(socket); i++) {
            Thread.sleep(50);
        }
        assertFalse(Files.exists(socket), "the socket outlived its daemon");
    }

    @Test
    void anIdleDaemonEnds() throws Exception {
        client = DaemonClient.in(temp.resolve("daemons"), 1);
        Path base = temp.resolve("project");
        project(base);
        inDaemon(base, false, new ArrayList<>());
        Thread.sleep(2_000); // its idle time, then the watch's next look
        awaitGone(client.socket());
    }
}
