package dev.sqlrecord.checker.daemon;

import dev.sqlrecord.checker.incremental.CheckRun;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.URL;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The check daemon's loop: one Unix domain socket, in a folder only its user may enter; one check
 * at a time, in arrival order, each as {@link CheckRun} runs it in a build's JVM, with that JVM's
 * {@code sqlrecord.*} system properties set while it runs; gone after its
 * idle time without a request, or when told to stop. The lock file, held while it serves, keeps a
 * second daemon of the same build from taking over the socket of the first.
 */
public final class DaemonServer {
    private DaemonServer() {}

    /** {@code classpath}: the jars this daemon runs, which make its build ({@link DaemonClient#build}). */
    public static void serve(Path socket, Path lock, long idleSeconds, List<URL> classpath) throws IOException {
        String build = DaemonClient.build(classpath);
        try (FileChannel lockChannel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = lockChannel.tryLock()) {
            if (held == null) {
                return; // another daemon of this build serves already
            }
            Files.deleteIfExists(socket); // left by a daemon that did not end cleanly
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(UnixDomainSocketAddress.of(socket));
                AtomicLong idleSince = new AtomicLong(System.nanoTime());
                watch(server, idleSince, idleSeconds * 1_000_000_000L);
                serve(server, idleSince, build);
            } finally {
                Files.deleteIfExists(socket);
            }
        }
    }

    private static void serve(ServerSocketChannel server, AtomicLong idleSince, String build) throws IOException {
        while (true) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (ClosedChannelException idle) { // the idle watch closed it
                return;
            }
            idleSince.set(Long.MAX_VALUE); // busy
            try (client) {
                if (!answer(client, build)) {
                    return;
                }
            } catch (IOException | RuntimeException e) {
                // a request cut short or garbled: the next one is served all the same
                System.err.println("sqlrecord check daemon: a request failed: " + e);
            } finally {
                idleSince.set(System.nanoTime());
            }
        }
    }

    /** Answers one request; false when it was to stop. */
    private static boolean answer(SocketChannel client, String build) throws IOException {
        Wire.Order order = Wire.readOrder(
                new BufferedReader(new InputStreamReader(Channels.newInputStream(client), StandardCharsets.UTF_8)));
        return answer(
                order, new OutputStreamWriter(Channels.newOutputStream(client), StandardCharsets.UTF_8), build, false);
    }

    /**
     * A check worker's loop (docs/ARCHITECTURE.md §8, "The check worker"): answers the requests that
     * come on {@code in}, on {@code out}, one after the other, until {@code in} ends, which it does
     * when the build's JVM ends; or after its idle time, should the build's process outlive its
     * builds (mvnd, an IDE).
     */
    public static void work(InputStream in, OutputStream out, List<URL> classpath) throws IOException {
        String build = DaemonClient.build(classpath);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        AtomicLong idleSince = new AtomicLong(System.nanoTime());
        long idleSeconds = Long.getLong("sqlrecord.worker.idleSeconds", CheckWorkers.IDLE_SECONDS);
        // a read of the standard input does not end when another thread closes it: the JVM ends instead
        watch(() -> System.exit(0), () -> true, idleSince, idleSeconds * 1_000_000_000L);
        try {
            Wire.Order order = Wire.readOrder(reader);
            idleSince.set(Long.MAX_VALUE);
            // a worker is its build's own: asked by another, it ends, and that build checks itself
            while (build.equals(order.build()) && answer(order, writer, build, true)) {
                idleSince.set(System.nanoTime());
                order = Wire.readOrder(reader);
                idleSince.set(Long.MAX_VALUE);
            }
        } catch (EOFException buildEnded) {
            // the build's JVM closed its end: nothing more will come
        }
        SqliteLibrary.keep();
    }

    /** Answers {@code order}; false when it was to stop. */
    private static boolean answer(Wire.Order order, Writer out, String build, boolean worker) throws IOException {
        if (!order.verb().equals(Wire.CHECK)) {
            return false;
        }
        if (!build.equals(order.build())) {
            // a client of another build whose name clashes with this one's: no answer, so it checks itself
            System.err.println("sqlrecord check daemon: a build of another checker asked; not answered");
            return true;
        }
        Map<String, String> before = new HashMap<>();
        order.properties().forEach((name, value) -> before.put(name, System.setProperty(name, value)));
        try {
            CheckRun run = order.taken() == null
                    ? CheckRun.run(order.request(), List.of(), order.force())
                    : CheckRun.run(order.request(), order.taken(), order.force());
            if (worker) {
                Wire.writeAnswer(out, run);
            } else {
                Wire.writeRun(out, run);
            }
        } finally {
            before.forEach((name, value) -> {
                if (value == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
        }
        return true;
    }

    /** Closes the socket once no request came for {@code idleNanos}, which ends {@link #serve}'s loop. */
    private static void watch(ServerSocketChannel server, AtomicLong idleSince, long idleNanos) {
        watch(
                () -> {
                    try {
                        server.close();
                    } catch (IOException e) {
                        // it ends all the same: nothing more is accepted
                    }
                },
                server::isOpen,
                idleSince,
                idleNanos);
    }

    /** Runs {@code end} once {@code idleSince} is over {@code idleNanos} ago, unless {@code open} turned false before. */
    private static void watch(Runnable end, BooleanSupplier open, AtomicLong idleSince, long idleNanos) {
        Thread watchdog = new Thread(
                () -> {
                    while (open.getAsBoolean()) {
                        long since = idleSince.get();
                        if (since != Long.MAX_VALUE && System.nanoTime() - since > idleNanos) {
                            end.run();
                            return;
                        }
                        try {
                            Thread.sleep(1_000);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "sqlrecord-daemon-idle");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
