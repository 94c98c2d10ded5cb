package dev.sqlrecord.checker.daemon;

import dev.sqlrecord.checker.CheckRequest;
import dev.sqlrecord.checker.incremental.CheckRun;
import dev.sqlrecord.checker.incremental.IncrementalCheck;
import dev.sqlrecord.checker.incremental.InputFingerprint;
import dev.sqlrecord.checker.incremental.ReportLine;
import dev.sqlrecord.checker.incremental.ToolBuild;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Check workers: JVMs of one build's own that run its checks where the check daemon is not used,
 * as on CI (docs/ARCHITECTURE.md §8, "The check worker"). A worker starts for the build's first
 * check that must run, with the JIT set for a short life (its quick compiler only: on 2 cores the
 * optimizing one took the core the check runs on) and the classes of the last workers mapped from
 * their archive ({@link WorkerArchive}); it answers the build's later checks, and ends with the
 * build, whose end closes its standard input. A parallel build gets one per check running at the
 * same time. The workers live as long as the plugin's class loader, which is the build's. Their
 * error output goes to {@code <key>.workers.log} beside the daemon's files; where that folder cannot
 * be made, they run without it: no archive, their errors in the build's output.
 *
 * <p>Anything that goes wrong is told to {@code notes} and answered with an empty result: the
 * caller then checks in its own JVM.
 */
public final class CheckWorkers {
    /** A worker ends after this long without a request, if its build has not ended it before. */
    static final long IDLE_SECONDS = 10 * 60;

    private static final Deque<Worker> IDLE = new ArrayDeque<>();

    private CheckWorkers() {}

    /**
     * The check of {@code request}, skipped in this JVM when nothing changed since the last check, or
     * as a worker ran it; empty, after a note saying why, when none could. {@code callers}: the classes
     * of the code that asks, as for {@link IncrementalCheck#open}.
     *
     * <p>Where there is a last check, the fingerprint of the inputs this JVM took to compare with it
     * goes with the request, and the worker takes none. A build without one leaves it to the worker,
     * where it costs less: taking it here while a new worker's JVM starts was no faster.
     */
    public static Optional<CheckRun> run(
            CheckRequest request, List<Class<?>> callers, boolean force, Consumer<String> notes) {
        IncrementalCheck last = force ? null : CheckRun.lastCheck(request, callers);
        List<ReportLine> changes = List.of();
        if (last != null) {
            Optional<CheckRun> skipped = CheckRun.ifUnchanged(last);
            if (skipped.isPresent()) {
                return skipped;
            }
            try {
                changes = CheckRun.changes(last);
            } catch (IOException e) {
                last = null; // the worker compares again, and says what failed
            }
        }
        DaemonClient names;
        try {
            names = DaemonClient.forThisChecker();
        } catch (IOException e) {
            notes.accept("no check worker: " + e.getMessage());
            return Optional.empty();
        }
        InputFingerprint taken = last != null ? last.fingerprint() : null;
        Worker idle = idle(names.build());
        Optional<CheckRun> run = idle == null ? Optional.empty() : idle.run(request, taken, force, notes, true);
        if (run.isEmpty()) { // none idle, or the idle one had ended: a new one
            Worker started = started(names, notes);
            if (started == null) {
                return Optional.empty();
            }
            run = started.run(request, taken, force, notes, false);
        }
        return run.isEmpty() ? run : Optional.of(run.get().after(changes));
    }

    /** A new worker; null, after a note saying why, when none could start. */
    private static Worker started(DaemonClient names, Consumer<String> notes) {
        try {
            Worker worker = Worker.start(names);
            notes.accept(
                    "started a check worker (pid " + worker.process.pid() + "), which this build's later checks reuse");
            return worker;
        } catch (IOException e) {
            notes.accept("the check worker could not start (" + e.getMessage() + ")");
            return null;
        }
    }

    private static synchronized Worker idle(String build) {
        while (!IDLE.isEmpty()) {
            Worker worker = IDLE.pop();
            if (worker.process.isAlive() && worker.names.build().equals(build)) {
                return worker;
            }
            worker.process.destroy();
        }
        return null;
    }

    private static synchronized void release(Worker worker) {
        IDLE.push(worker);
    }

    /** The idle workers' processes, most recently used first. */
    static synchronized List<Process> idleProcesses() {
        return IDLE.stream().map(worker -> worker.process).toList();
    }

    /** One worker JVM, with its standard input and output as the wire. */
    static final class Worker {
        final Process process;
        final DaemonClient names;
        /** Whether it maps the archive: if it fails, the archive goes. */
        final boolean mapsArchive;

        final Writer out;
        final BufferedReader in;

        private Worker(Process process, DaemonClient names, boolean mapsArchive) {
            this.process = process;
            this.names = names;
            this.mapsArchive = mapsArchive;
            this.out = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            this.in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        static Worker start(DaemonClient names) throws IOException {
            Path dir;
            try {
                dir = names.privateDirectory();
            } catch (IOException e) {
                dir = null; // no folder of its own (a home that cannot be written): no archive, no log
            }
            String classPath = classPath(names, dir);
            List<String> archive = dir == null ? List.of() : new WorkerArchive(names, classPath).options();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // a check or a few, then the build ends: the quick compiler's code is soon there,
                    // and the optimizing one's threads would take the cores the check runs on
                    "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC",
                    "-Xmx1g",
                    // a small young generation: fewer fresh pages touched (each one a page fault), for
                    // a few more collections of little that lives
                    "-Xmn32m",
                    // the class archives mapped where they were laid out, not moved to a random address
                    // and every pointer in them fixed up (the JDK's default since 17.0.x): half the
                    // JVM's start. Where a JDK does not know an option, it goes without it.
                    "-XX:+IgnoreUnrecognizedVMOptions",
                    "-XX:+UnlockDiagnosticVMOptions",
                    "-XX:ArchiveRelocationMode=0",
                    // a fresh heap is touched page by page: with 2 MB pages, where the system gives
                    // them on request, a third of the page faults (nothing where it does not)
                    "-XX:+UseTransparentHugePages",
                    "-XX:-UsePerfData",
                    // the standard output carries the answers: the JVM's own warnings go to the log,
                    // but for the hundreds of classes the archive's writing skips
                    "-Xlog:disable",
                    "-Xlog:all=warning:stderr",
                    "-Xlog:cds*=error:stderr",
                    "-Dsqlrecord.worker.idleSeconds=" + Long.getLong("sqlrecord.worker.idleSeconds", IDLE_SECONDS)));
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
            if (dir != null) {
                command.add("-XX:ErrorFile=" + names.file(".hs_err_%p.log"));
                command.addAll(SqliteLibrary.options(names));
                builder.directory(dir.toFile())
                        .redirectError(ProcessBuilder.Redirect.appendTo(
                                names.file(".workers.log").toFile()));
            }
            command.addAll(archive);
            command.addAll(List.of("-cp", classPath, CheckDaemon.class.getName(), CheckDaemon.WORKER));
            for (URL url : names.classpath()) {
                command.add(url.toString());
            }
            return new Worker(
                    builder.start(), names, archive.stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile=")));
        }

        /**
         * The worker's class path: the checker's jars themselves, where each is a jar, so that the
         * JVM's own class loader loads the checker and the archive holds every class it loads, its
         * lambdas' too. {@link CheckDaemon}'s class loader over the same jars would read each class
         * from its jar again to match it with the archive's, and make each lambda's class anew: a
         * tenth of a cold check's time. Otherwise (a classes folder: tests, an IDE) the jar of
         * {@link CheckDaemon}, which loads the rest.
         */
        private static String classPath(DaemonClient names, Path dir) throws IOException {
            List<String> jars = new ArrayList<>();
            for (URL url : names.classpath()) {
                Path jar = ToolBuild.localFile(url);
                if (jar == null || !Files.isRegularFile(jar) || jar.toString().contains(File.pathSeparator)) {
                    return dir == null
                            ? DaemonClient.location(CheckDaemon.class).toString()
                            : bootstrap(names).toString();
                }
                jars.add(jar.toString());
            }
            return String.join(File.pathSeparator, jars);
        }

        /**
         * Where the worker's JVM finds {@link CheckDaemon}: the checker's jar; from a classes folder
         * (tests, an IDE), a jar of that class written beside the daemon's files, since the JVM's
         * class-data sharing takes no folder on the class path.
         */
        private static Path bootstrap(DaemonClient names) throws IOException {
            Path location = DaemonClient.location(CheckDaemon.class);
            if (!Files.isDirectory(location)) {
                return location;
            }
            Path jar = names.file(".worker.jar");
            if (Files.isRegularFile(jar)) {
                return jar; // the key names the classes folder by its files' count and times: the same class
            }
            String entry = CheckDaemon.class.getName().replace('.', '/') + ".class";
            Path written = Files.createTempFile(names.privateDirectory(), "worker", ".jar");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(written))) {
                out.putNextEntry(new JarEntry(entry));
                out.write(Files.readAllBytes(location.resolve(entry)));
            }
            Files.move(written, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return jar;
        }

        /**
         * The run of one check; empty when the worker failed, after a note unless it was {@code reused}
         * (an idle one may have ended: a new one is then started).
         */
        Optional<CheckRun> run(
                CheckRequest request, InputFingerprint taken, boolean force, Consumer<String> notes, boolean reused) {
            try {
                Wire.writeCheck(out, names.build(), request, force, taken);
                CheckRun run = Wire.readAnswer(in);
                release(this);
                return Optional.of(run);
            } catch (IOException | RuntimeException e) {
                process.destroy();
                if (!reused) {
                    notes.accept("the check worker failed (" + e.getMessage() + "); see " + names.file(".workers.log"));
                    forgetArchive();
                }
                return Optional.empty();
            }
        }

        private void forgetArchive() {
            if (mapsArchive) {
                try {
                    new WorkerArchive(names, null).discard();
                } catch (IOException e) {
                    // the next worker tries it again, and fails the same way
                }
            }
        }
    }
}
