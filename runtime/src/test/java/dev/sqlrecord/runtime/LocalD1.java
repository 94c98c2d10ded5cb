package dev.sqlrecord.runtime;

import dev.sqlrecord.runtime.d1.D1Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real local D1 for the {@code ...D1Test} classes: {@code node src/test/d1/serve.mjs} (Miniflare,
 * pinned in that folder's package-lock.json) serving our REST-shaped Worker on loopback. Started
 * once per test run by the first class that uses it, stopped when the run ends (JUnit closes it
 * from the root store) or, failing that, when this JVM exits (the server stops when its stdin closes).
 *
 * <p>Needs {@code npm ci --prefix runtime/src/test/d1} before the tests; without it the tests fail
 * with that instruction rather than being skipped.
 *
 * <p>Other modules' tests use it from the runtime's test-jar: {@code @ExtendWith(LocalD1.class)} with
 * the system property {@value #FOLDER_PROPERTY} naming the folder of {@code serve.mjs} (by default
 * {@code src/test/d1} of the module under test), or {@link #start(Path)} and {@link #close()}.
 */
public final class LocalD1 implements BeforeAllCallback, AutoCloseable {
    /** The system property naming the folder that holds {@code serve.mjs} and its node_modules. */
    public static final String FOLDER_PROPERTY = "sqlrecord.localD1";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalD1.class);
    private static volatile LocalD1 running;

    private final Process process;
    private final URI root;
    private final String token;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** For {@code @ExtendWith}: JUnit instantiates the extension; the server lives in {@link #running}. */
    public LocalD1() {
        this.process = null;
        this.root = null;
        this.token = null;
    }

    private LocalD1(Process process, URI root, String token) {
        this.process = process;
        this.root = root;
        this.token = token;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        running = context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(LocalD1.class, k -> start(defaultFolder()), LocalD1.class);
    }

    /** The server the extension started for this test run. */
    public static LocalD1 get() {
        if (running == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(LocalD1.class)");
        }
        return running;
    }

    /** Configuration for the local D1, with short backoffs so retry tests stay quick. */
    public D1Config config() {
        return D1Config.of("local-account", "local-database", token)
                .withBaseUrl(root.resolve("client/v4"))
                .withBackoff(java.time.Duration.ofMillis(20), java.time.Duration.ofMillis(200));
    }

    /**
     * The environment that points a separate process's {@code --d1} (D1Config.fromEnvironment) at
     * this local D1's REST stand-in: for tests that run the CLI as a user would.
     */
    public java.util.Map<String, String> environment() {
        return java.util.Map.of(
                D1Config.ACCOUNT_ID_VARIABLE,
                "local-account",
                D1Config.DATABASE_ID_VARIABLE,
                "local-database",
                D1Config.TOKEN_VARIABLE,
                token,
                D1Config.BASE_URL_VARIABLE,
                root.resolve("client/v4").toString());
    }

    /** A database with every table, view and tracking row of earlier tests dropped. */
    public Database freshDatabase() {
        return emptied(Database.d1(config()));
    }

    /** {@code db} with every table, view and tracking row of earlier tests dropped. */
    static Database emptied(Database db) {
        List<String> drops = db.many(
                "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view')"
                        + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\'"
                        // the gateway's record of idempotent writes, which a write through it needs
                        + " AND name <> '_sqlrecord_requests'",
                row -> "DROP " + row.getString(1).toUpperCase(java.util.Locale.ROOT) + " IF EXISTS \""
                        + row.getString(2).replace("\"", "\"\"") + "\"");
        if (!drops.isEmpty()) {
            // deferred: dropping a parent before its children must not fail on foreign keys
            db.batch(Stream.concat(Stream.of("PRAGMA defer_foreign_keys = ON"), drops.stream())
                    .map(sql -> Statement.exec(sql))
                    .toList());
        }
        return db;
    }

    /** Queues failures the next API requests answer with (test-only control of our Worker). */
    void injectFaults(String json) {
        send(HttpRequest.newBuilder(root.resolve("__test/faults")).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** How many API requests the Worker has served so far. */
    int requestCount() {
        String body = send(HttpRequest.newBuilder(root.resolve("__test/stats")).GET());
        return Integer.parseInt(body.replaceAll("(?s).*\"requests\":(\\d+).*", "$1"));
    }

    private String send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path defaultFolder() {
        String configured = System.getProperty(FOLDER_PROPERTY);
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("basedir", ".")).resolve("src/test/d1");
    }

    /**
     * Starts a local D1 from {@code d1Folder} (the folder of {@code serve.mjs}), its state fresh in
     * {@code target/local-d1} of the module under test; {@link #close()} stops it.
     */
    public static LocalD1 start(Path d1Folder) {
        Path folder = d1Folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder.resolve("node_modules/miniflare"))) {
            throw new IllegalStateException("the local D1 is not installed: " + folder.resolve("node_modules")
                    + " is missing. Run `npm ci --prefix runtime/src/test/d1` (from the repository root) first;"
                    + " it installs Miniflare as pinned in package-lock.json");
        }
        Path state = Path.of(System.getProperty("basedir", "."))
                .resolve("target/local-d1")
                .toAbsolutePath();
        String token = UUID.randomUUID().toString();
        LocalNode node = LocalNode.start(folder, List.of("serve.mjs", "0", state.toString(), token), state, "local D1");
        LocalD1 d1 = new LocalD1(node.process(), node.root(), token);
        Runtime.getRuntime().addShutdownHook(new Thread(d1::close));
        return d1;
    }

    @Override
    public void close() {
        LocalNode.stop(process);
    }
}
