package dev.sqlrecord.runtime;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Node server of the tests ({@code serve.mjs}, {@code serve-gateway.mjs}) that prints
 * {@code READY <url>} once it serves, started offline with fresh state and stopped with this JVM
 * (it stops when its stdin closes).
 */
record LocalNode(Process process, URI root) {
    /** The offline environment of reference/d1.md §5.4: no telemetry, no update check, no Request.cf fetch. */
    private static final Map<String, String> OFFLINE = Map.of(
            "WRANGLER_SEND_METRICS",
            "false",
            "WRANGLER_SEND_ERROR_REPORTS",
            "false",
            "WRANGLER_HIDE_BANNER",
            "true",
            "CLOUDFLARE_CF_FETCH_ENABLED",
            "false",
            "CI",
            "true",
            "NO_COLOR",
            "1",
            "FORCE_COLOR",
            "0");

    /** Runs {@code node <arguments>} in {@code folder}, its state in {@code state} (emptied first). */
    static LocalNode start(Path folder, List<String> arguments, Path state, String what) {
        deleteRecursively(state);
        List<String> command = new ArrayList<>();
        command.add("node");
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(logFile(state)));
        builder.environment().putAll(OFFLINE);
        builder.environment().put("LOCAL_D1_PARENT", "stdin"); // stop with this JVM
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("could not run `node` (Node 20 is needed for the " + what + "): " + e, e);
        }
        return new LocalNode(process, awaitReady(process, state, what));
    }

    private static URI awaitReady(Process process, Path state, String what) {
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    // keeps reading after READY, so that a chatty server never blocks on a full pipe
                    try (BufferedReader out = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = out.readLine()) != null; ) {
                            if (line.startsWith("READY ")) {
                                ready.complete(line.substring("READY ".length()).trim());
                            }
                        }
                    } catch (IOException e) {
                        // the process is gone; handled below through the future
                    }
                    ready.complete(null);
                },
                "local-node-output");
        reader.setDaemon(true);
        reader.start();
        String url;
        try {
            url = ready.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("the " + what + " did not start in 60 s; see " + logFile(state), e);
        }
        if (url == null) {
            throw new IllegalStateException("the " + what + " exited before it was ready; see " + logFile(state));
        }
        return URI.create(url);
    }

    static void stop(Process process) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy(); // SIGTERM: the server disposes Miniflare, which stops workerd
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static File logFile(Path state) {
        try {
            Files.createDirectories(state.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return state.resolveSibling(state.getFileName() + ".log").toFile();
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
