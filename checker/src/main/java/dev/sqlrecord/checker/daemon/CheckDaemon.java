package dev.sqlrecord.checker.daemon;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The check daemon's entry point (docs/ARCHITECTURE.md §8, "The check daemon"): it loads the
 * checker through a class loader over the plugin's jars, listed in a file in the order the build's
 * class loader has them, so that the check's fingerprint of its own build (the jars' sizes and
 * times) is the one a check in the build's JVM takes, and its kept results serve both. Then
 * {@link DaemonServer} serves. This class uses the JDK alone.
 *
 * <p>Arguments: the socket's path, the lock file's path, the seconds to stay up without a
 * request, and the file listing the jars' URLs. Or, for a check worker that answers one build's
 * requests on its standard input and output ({@link CheckWorkers}): {@code --worker} and the jars' URLs.
 * A worker started with those jars as its class path runs the checker on the JVM's own class loader,
 * whose classes the workers' class archive holds whole (docs/ARCHITECTURE.md §8, "The check worker").
 */
public final class CheckDaemon {
    private CheckDaemon() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(WORKER)) {
            holdArchiveLock();
            // the answers go on the standard output alone: whatever else the check prints goes to the error stream
            PrintStream answers = System.out;
            System.setOut(System.err);
            List<URL> urls = urls(List.of(args).subList(1, args.length));
            invoke(
                    onClassPath(urls) ? CheckDaemon.class.getClassLoader() : loader(urls),
                    "work",
                    new Class<?>[] {InputStream.class, OutputStream.class, List.class},
                    System.in,
                    answers,
                    urls);
        } else {
            List<URL> urls = urls(Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8));
            invoke(
                    loader(urls),
                    "serve",
                    new Class<?>[] {Path.class, Path.class, long.class, List.class},
                    Path.of(args[0]),
                    Path.of(args[1]),
                    Long.parseLong(args[2]),
                    urls);
        }
        // the common pool's and the JIT's threads must not keep the JVM up
        System.exit(0);
    }

    /** Held until this JVM ends, when it writes the workers' class archive (WorkerArchive): never read. */
    @SuppressWarnings("UnusedVariable")
    private static FileLock archiveLock;

    private static void holdArchiveLock() {
        String lock = System.getProperty(WorkerArchive.LOCK_PROPERTY);
        if (lock != null) {
            try {
                archiveLock = FileChannel.open(Path.of(lock), StandardOpenOption.CREATE, StandardOpenOption.WRITE)
                        .tryLock();
            } catch (IOException e) {
                // the archive is written all the same, only not known to be whole until this JVM ends
            }
        }
    }

    /** The first argument of a check worker's command. */
    static final String WORKER = "--worker";

    private static List<URL> urls(List<String> lines) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                urls.add(new java.net.URI(line.strip()).toURL());
            }
        }
        return urls;
    }

    /**
     * Whether the JVM's class path is {@code urls}, as a check worker's is when the checker is in
     * jars ({@code CheckWorkers}): the JVM's own class loader has the checker then.
     */
    private static boolean onClassPath(List<URL> urls) throws Exception {
        String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
        if (entries.length != urls.size()) {
            return false;
        }
        for (int i = 0; i < entries.length; i++) {
            if (!Path.of(entries[i]).toAbsolutePath().equals(Path.of(urls.get(i).toURI()))) {
                return false;
            }
        }
        return true;
    }

    /** A class loader over the checker's jars, beside the JDK's classes only. */
    private static ClassLoader loader(List<URL> urls) {
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /** Calls {@link DaemonServer}'s {@code method} as {@code loader} loads it. */
    private static void invoke(ClassLoader loader, String method, Class<?>[] types, Object... args) throws Exception {
        Thread.currentThread().setContextClassLoader(loader);
        Class<?> server = Class.forName(CheckDaemon.class.getPackageName() + ".DaemonServer", true, loader);
        server.getMethod(method, types).invoke(null, args);
    }
}
