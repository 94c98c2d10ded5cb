package dev.sqlrecord.checker.daemon;

import dev.sqlrecord.checker.CheckRequest;
import dev.sqlrecord.checker.incremental.CheckRun;
import dev.sqlrecord.checker.incremental.ToolBuild;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * Runs a build's check in the check daemon (docs/ARCHITECTURE.md §8, "The check daemon"), starting
 * it when none of this build of the checker is up. The daemon's files lie in one folder,
 * {@code ~/.sqlrecord/daemons} unless {@code sqlrecord.daemon.dir} says otherwise, that only its
 * user may enter: {@code <key>.sock}, {@code .lock}, {@code .classpath} and {@code .log}, where
 * the key stands for the JDK and every jar of the checker by its size and time ({@link #build}), so
 * a rebuilt plugin gets a daemon of its own and the old one ends after its idle time.
 *
 * <p>Anything that goes wrong (no daemon can start, it dies mid-check) is told to {@code notes}
 * and answered with an empty result: the caller then checks in its own JVM.
 */
public final class DaemonClient {
    /** How long a daemon waits for a request before it ends, unless {@code sqlrecord.daemon.idleSeconds} says. */
    static final long IDLE_SECONDS = 3 * 60 * 60;

    private static final long START_MILLIS = 30_000;

    private final Path dir;
    private final List<URL> classpath;
    private final long idleSeconds;
    /** The JDK and every jar by size and time: the daemon answers only a client of its own build. */
    private final String build;
    /**
     * The daemon's name, from two checksums of {@link #build}: a SHA-256 would cost a skipped build
     * its provider's start (about 17 ms), and a clash is harmless, since the daemon checks the build.
     */
    private final String key;

    private DaemonClient(Path dir, List<URL> classpath, long idleSeconds) {
        this.dir = dir;
        this.classpath = classpath;
        this.idleSeconds = idleSeconds;
        this.build = build(classpath);
        CRC32C crc = new CRC32C();
        crc.update(build.getBytes(StandardCharsets.UTF_8));
        this.key = String.format("%08x%08x", crc.getValue(), build.hashCode());
    }

    /** The text that tells a build of the checker from another: the JDK, and each jar with its size and time. */
    static String build(List<URL> classpath) {
        StringBuilder build = new StringBuilder(System.getProperty("java.home")).append('\n');
        build.append(Runtime.version()).append('\n');
        for (URL url : classpath) {
            build.append(url).append('\t').append(stamp(url)).append('\n');
        }
        return build.toString();
    }

    /**
     * The client of the daemon for the checker loaded in this JVM, in the folder and with the idle
     * time the system properties {@code sqlrecord.daemon.dir} and {@code sqlrecord.daemon.idleSeconds} give.
     */
    public static DaemonClient forThisChecker() throws IOException {
        String configured = System.getProperty("sqlrecord.daemon.dir");
        Path dir = configured != null
                ? Path.of(configured).toAbsolutePath()
                : Path.of(System.getProperty("user.home"), ".sqlrecord", "daemons");
        return in(
                dir, Long.parseLong(System.getProperty("sqlrecord.daemon.idleSeconds", String.valueOf(IDLE_SECONDS))));
    }

    /** The client of the daemon for the checker loaded in this JVM, its files in {@code dir}. */
    static DaemonClient in(Path dir, long idleSeconds) throws IOException {
        return new DaemonClient(dir, checkerClasspath(), idleSeconds);
    }

    /** The check of {@code request} as the daemon ran it; empty, after a note saying why, when it could not. */
    public Optional<CheckRun> run(CheckRequest request, boolean force, Consumer<String> notes) {
        try {
            SocketChannel running = connect();
            SocketChannel channel = running != null ? running : start(notes);
            if (channel == null) {
                return Optional.empty();
            }
            try (channel) {
                Writer out = new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8);
                Wire.writeCheck(out, build, request, force, null);
                return Optional.of(Wire.readRun(reader(channel)));
            }
        } catch (IOException | RuntimeException e) {
            notes.accept("the check daemon failed (" + e.getMessage() + "); see " + file(".log"));
            return Optional.empty();
        }
    }

    /** Tells this build's daemon, if one is up, to end; true when one was. */
    public boolean stop() throws IOException {
        SocketChannel channel = connect();
        if (channel == null) {
            return false;
        }
        try (channel) {
            Wire.writeStop(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8));
        }
        return true;
    }

    /** The daemon's socket: where a test or a script finds it. */
    public Path socket() {
        return file(".sock");
    }

    /** A file of this build's daemon or workers: the key, then {@code suffix}. */
    Path file(String suffix) {
        return dir.resolve(key + suffix);
    }

    /** The folder of the daemon's and the workers' files, made so that only its user may enter it. */
    Path privateDirectory() throws IOException {
        createPrivateDirectory(dir);
        return dir;
    }

    /** The text that tells this build of the checker from another ({@link #build(List)}). */
    String build() {
        return build;
    }

    /** The checker's jars, in its class loader's order. */
    List<URL> classpath() {
        return classpath;
    }

    /** A connection to the running daemon, or null when none answers. */
    private SocketChannel connect() {
        if (!Files.exists(socket())) {
            return null;
        }
        try {
            return SocketChannel.open(UnixDomainSocketAddress.of(socket()));
        } catch (IOException e) {
            return null; // a socket file left behind: the daemon started next removes it
        }
    }

    private SocketChannel start(Consumer<String> notes) throws IOException {
        privateDirectory();
        StringBuilder urls = new StringBuilder();
        classpath.forEach(url -> urls.append(url).append('\n'));
        // whole or not at all, for a daemon that another build starts meanwhile reads it
        Path written = Files.createTempFile(dir, key, ".classpath");
        Files.writeString(written, urls);
        Files.move(written, file(".classpath"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(
                        java.toString(),
                        "-Xmx1g",
                        "-cp",
                        location(CheckDaemon.class).toString(),
                        CheckDaemon.class.getName(),
                        socket().toString(),
                        file(".lock").toString(),
                        String.valueOf(idleSeconds),
                        file(".classpath").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(file(".log").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())));
        Process process = builder.start();
        long deadline = System.nanoTime() + START_MILLIS * 1_000_000;
        while (System.nanoTime() < deadline) {
            SocketChannel channel = connect();
            if (channel != null) {
                if (process.isAlive()) { // else the daemon another build started at the same time answered
                    notes.accept("started the check daemon (pid " + process.pid() + "), which later builds reuse");
                }
                return channel;
            }
            // exit 0 at the start: another build started a daemon of this build at the same time and
            // holds the lock, and its socket is waited for
            if (!process.isAlive() && process.exitValue() != 0) {
                notes.accept(
                        "the check daemon ended at its start (exit " + process.exitValue() + "); see " + file(".log"));
                return connect();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        notes.accept("the check daemon did not answer within " + START_MILLIS / 1000 + " s; see " + file(".log"));
        return null;
    }

    private static BufferedReader reader(SocketChannel channel) {
        return new BufferedReader(new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
    }

    /**
     * The checker's jars in the order its class loader has them: a plugin's class loader lists them
     * (Maven's is a {@link URLClassLoader}); otherwise the JVM's class path.
     */
    private static List<URL> checkerClasspath() throws IOException {
        List<URL> urls = ToolBuild.classPath(DaemonClient.class.getClassLoader());
        return urls.isEmpty() ? ToolBuild.jvmClassPath() : urls;
    }

    static Path location(Class<?> type) throws IOException {
        try {
            return Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot tell where " + type.getName() + " was loaded from", e);
        }
    }

    /** The jar's or folder's identity as the check's fingerprint of its own build takes it. */
    private static String stamp(URL url) {
        try {
            return ToolBuild.identity(Path.of(url.toURI()));
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return "unknown";
        }
    }

    /** The folder, made so that only its user may enter it; an existing one must be so already. */
    private static void createPrivateDirectory(Path dir) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(dir);
            return;
        }
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir.toAbsolutePath().getParent());
            try {
                Files.createDirectory(
                        dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (FileAlreadyExistsException madeMeanwhile) {
                // by another build starting the daemon too: its permissions are checked below
            }
        }
        String permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(dir));
        if (!permissions.endsWith("------")) {
            throw new IOException(dir + " may be entered by other users (" + permissions
                    + "), who could then ask the daemon for checks; the daemon's folder must be yours alone");
        }
    }

    private static String nullDevice() {
        return System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null";
    }
}
