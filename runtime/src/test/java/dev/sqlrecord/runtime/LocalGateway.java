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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * sqlrecord's gateway Worker ({@code d1-gateway/src}, as deployed) on a real local D1, for the
 * {@code ...GatewayTest} classes: {@code node src/test/d1/serve-gateway.mjs} (the Miniflare of
 * {@link LocalD1}) on loopback, with two accepted tokens and the Worker's test-only fault hooks on.
 * The extension shares one per test run; {@link #start(Path)} starts another (e.g. with an
 * allow-list), which {@link #close()} stops.
 */
public final class LocalGateway implements BeforeAllCallback, AutoCloseable {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalGateway.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static volatile LocalGateway running;

    private final Process process;
    private final URI root;
    private final String token;
    private final String nextToken;

    /** For {@code @ExtendWith}: JUnit instantiates the extension; the server lives in {@link #running}. */
    public LocalGateway() {
        this(null, null, null, null);
    }

    private LocalGateway(Process process, URI root, String token, String nextToken) {
        this.process = process;
        this.root = root;
        this.token = token;
        this.nextToken = nextToken;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        running = context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(LocalGateway.class, k -> start(null), LocalGateway.class);
    }

    /** The gateway the extension started for this test run. */
    public static LocalGateway get() {
        if (running == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(LocalGateway.class)");
        }
        return running;
    }

    /** The Worker's URL. */
    public URI url() {
        return root;
    }

    /** Configuration with the gateway's first token, with short backoffs so retry tests stay quick. */
    public D1Config config() {
        return D1Config.gateway(root, token).withBackoff(Duration.ofMillis(20), Duration.ofMillis(200));
    }

    /** The second accepted token (SQLRECORD_TOKEN_NEXT), as during a rotation. */
    String nextToken() {
        return nextToken;
    }

    /** A database with every table and view of earlier tests dropped. */
    public Database freshDatabase() {
        return LocalD1.emptied(Database.d1(config()));
    }

    /** Makes the Worker lose the answers of its next requests after D1 committed them (test hook). */
    void loseAnswers(String faultsJson) {
        send(HttpRequest.newBuilder(root.resolve("__test/faults"))
                .POST(HttpRequest.BodyPublishers.ofString(faultsJson))
                .build());
    }

    /** How many answers the Worker has lost so far by {@link #loseAnswers}. */
    int lostAnswers() {
        String body = send(HttpRequest.newBuilder(root.resolve("__test/faults"))
                        .GET()
                        .build())
                .body();
        return Integer.parseInt(body.replaceAll("(?s).*\"lost\":(\\d+).*", "$1"));
    }

    /** A raw request to {@code /v1/query} with the given Authorization header (null: none). */
    HttpResponse<String> query(String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve("v1/query"))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        // a new connection each time: a refused request may leave its connection closed by the server
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts a gateway with fresh state in {@code target/local-gateway-<n>}; with {@code statements}
     * (a statements.json) it refuses all other SQL.
     */
    public static LocalGateway start(Path statements) {
        Path folder = Path.of(System.getProperty(LocalD1.FOLDER_PROPERTY, ""))
                .toAbsolutePath()
                .normalize();
        if (System.getProperty(LocalD1.FOLDER_PROPERTY, "").isBlank()) {
            folder = Path.of(System.getProperty("basedir", "."))
                    .resolve("src/test/d1")
                    .toAbsolutePath();
        }
        if (!Files.isDirectory(folder.resolve("node_modules/miniflare"))) {
            throw new IllegalStateException("the local D1 is not installed: " + folder.resolve("node_modules")
                    + " is missing. Run `npm ci --prefix runtime/src/test/d1` (from the repository root) first");
        }
        Path state = Path.of(System.getProperty("basedir", "."))
                .resolve("target/local-gateway-" + INSTANCES.incrementAndGet())
                .toAbsolutePath();
        String token = UUID.randomUUID().toString();
        String next = UUID.randomUUID().toString();
        List<String> arguments = new ArrayList<>(List.of("serve-gateway.mjs", "0", state.toString(), token, next));
        if (statements != null) {
            arguments.add(statements.toAbsolutePath().toString());
        }
        LocalNode node = LocalNode.start(folder, arguments, state, "local gateway");
        LocalGateway gateway = new LocalGateway(node.process(), node.root(), token, next);
        Runtime.getRuntime().addShutdownHook(new Thread(gateway::close));
        return gateway;
    }

    @Override
    public void close() {
        LocalNode.stop(process);
    }
}
