package dev.sqlrecord.benchmarks.d1;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.d1.D1Config;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Statements per second and p50/p99 latency of one mixed workload (half point reads, a quarter
 * inserts, a quarter updates) run by the runtime on a local D1 through the REST-shaped endpoint
 * and through the gateway Worker, both served by the same Miniflare on loopback. Run by
 * {@code benchmarks/d1-gateway.sh}, which starts both servers; arguments: REST base URL, REST
 * token, gateway URL, gateway token, threads, seconds to measure (after as long a warm-up).
 */
public final class GatewayVersusRest {
    private GatewayVersusRest() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: GatewayVersusRest <restBaseUrl> <restToken> <gatewayUrl> <gatewayToken>"
                    + " <threads> <seconds>");
            System.exit(2);
        }
        int threads = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        D1Config rest = D1Config.of("bench", "bench", args[1]).withBaseUrl(args[0]);
        D1Config gateway = D1Config.gateway(URI.create(args[2]), args[3]);
        System.out.println("| endpoint | threads | statements/s | p50 ms | p99 ms | statements |");
        System.out.println("|---|---|---|---|---|---|");
        for (int t : threads == 1 ? List.of(1) : List.of(1, threads)) {
            report("REST-shaped (serve.mjs)", t, run(Database.d1(rest), t, seconds));
            report("gateway Worker", t, run(Database.d1(gateway), t, seconds));
        }
    }

    private static void report(String name, int threads, Result r) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %d | %.0f | %.2f | %.2f | %d |%n",
                name,
                threads,
                r.count / r.seconds,
                r.percentile(0.50),
                r.percentile(0.99),
                r.count);
    }

    private record Result(long[] nanos, int count, double seconds) {
        double percentile(double p) {
            return nanos[Math.min(count - 1, (int) Math.floor(p * count))] / 1e6;
        }
    }

    private static Result run(Database db, int threads, int seconds) throws Exception {
        db.exec("DROP TABLE IF EXISTS bench_items");
        db.exec("CREATE TABLE bench_items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, hits INTEGER NOT NULL)");
        for (int i = 0; i < 10; i++) {
            db.exec("INSERT INTO bench_items (name, hits) VALUES (?, 0)", "item " + i);
        }
        measure(db, threads, seconds); // warm-up: JIT, connections, the Worker's isolate
        long start = System.nanoTime();
        List<long[]> all = measure(db, threads, seconds);
        double elapsed = (System.nanoTime() - start) / 1e9;
        int count = all.stream().mapToInt(a -> (int) a[0]).sum();
        long[] merged = new long[count];
        int at = 0;
        for (long[] a : all) {
            System.arraycopy(a, 1, merged, at, (int) a[0]);
            at += (int) a[0];
        }
        Arrays.sort(merged);
        return new Result(merged, count, elapsed);
    }

    /** Per thread: {count, latency...} in nanoseconds. */
    private static List<long[]> measure(Database db, int threads, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end && n < latencies.length - 1) {
                    long before = System.nanoTime();
                    int kind = random.nextInt(4);
                    if (kind < 2) {
                        db.one(
                                "SELECT name, hits FROM bench_items WHERE id = ?",
                                row -> row.getString(1),
                                1 + random.nextInt(10));
                    } else if (kind == 2) {
                        db.exec("INSERT INTO bench_items (name, hits) VALUES (?, 0)", "new");
                    } else {
                        db.exec("UPDATE bench_items SET hits = hits + 1 WHERE id = ?", 1 + random.nextInt(10));
                    }
                    latencies[++n] = System.nanoTime() - before;
                }
                latencies[0] = n;
                return latencies;
            }));
        }
        List<long[]> out = new ArrayList<>();
        for (Future<long[]> f : futures) {
            out.add(f.get());
        }
        pool.shutdown();
        return out;
    }
}
