package dev.sqlrecord.checker.d1;

import dev.sqlrecord.runtime.D1Config;
import dev.sqlrecord.runtime.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The runtime's local D1 (Miniflare behind {@code runtime/src/test/d1/serve.mjs}), started by a
 * checker test so that generated code runs on D1 too. It stops when closed, or when this JVM
 * exits (the server stops when its stdin closes). Offline: no telemetry, no Request.cf fetch.
 */
public final class LocalD1Server implements AutoCloseable {
    private static final Map<String, String> OFFLINE = Map.of("WRANGLER_SEND_METRICS", "false",
            "WRANGLER_SEND_ERROR_REPORTS", "false", "CLOUDFLARE_CF_FETCH_ENABLED", "false", "CI", "true",
            "NO_COLOR", "1");

    private final Process process;
    private final URI root;
    private final String token;

    private LocalD1Server(Process process, URI root, String token) {
        this.process = process;
        this.root = root;
        this.token = token;
    }

    /** Starts a server with an empty database kept under {@code state}. */
    public static LocalD1Server start(Path state) throws IOException {
        Path folder = Path.of(System.getProperty("basedir", ".")).resolve("../runtime/src/test/d1").normalize()
                .toAbsolutePath();
        if (!Files.isDirectory(folder.resolve("node_modules/miniflare"))) {
            throw new IllegalStateException("the local D1 is not installed: run `npm ci --prefix runtime/src/test/d1`"
                    + " (from the repository root) first");
        }
        String token = UUID.randomUUID().toString();
        Files.createDirectories(state);
        ProcessBuilder builder = new ProcessBuilder("node", "serve.mjs", "0", state.toString(), token)
                .directory(folder.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(state.resolveSibling("local-d1.log").toFile()));
        builder.environment().putAll(OFFLINE);
        Process process = builder.start();
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("READY ")) {
                        ready.complete(line.substring("READY ".length()).trim());
                    }
                }
            } catch (IOException e) {
                // the process is gone: the future completes with null below
            }
            ready.complete(null);
        }, "local-d1-output");
        reader.setDaemon(true);
        reader.start();
        String url;
        try {
            url = ready.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("the local D1 did not start in 60 s", e);
        }
        if (url == null) {
            throw new IllegalStateException("the local D1 exited before it was ready; see "
                    + state.resolveSibling("local-d1.log"));
        }
        return new LocalD1Server(process, URI.create(url), token);
    }

    /** A database on this server, over D1's HTTP API shape. */
    public Database database() {
        return Database.d1(D1Config.of("local-account", "local-database", token)
                .withBaseUrl(root.resolve("client/v4"))
                .withBackoff(Duration.ofMillis(20), Duration.ofMillis(200)));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
