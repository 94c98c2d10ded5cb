package dev.sqlrecord.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The ratio to hand-written JDBC measured so that the machine's other load cancels out: in one JVM,
 * the {@link #base} (hand-written JDBC) and the {@link #contender} (each on its own database, seeded
 * alike) take turns operation by operation, each timed on its own, the order swapped every time. Both
 * see the same moments of the machine, so their time ratio holds where separate runs of
 * {@link BlogBenchmark} scatter with the load of the moment. The time sums are JMH secondary results,
 * {@code base} and {@code contender}, in nanoseconds per iteration; base time over contender time is
 * the contender's throughput relative to the base.
 *
 * <p>The two positions are not alike: an A/A run of hand-written JDBC against itself gives the side in
 * the contender position 17% more throughput in every fork, while sqlrecord against itself gives
 * none, so the bias depends on the code measured. {@code run.sh} therefore runs every pair in both
 * orientations ({@code -p base=jdbc -p contender=X}, then {@code -p base=X -p contender=jdbc}) and the
 * report combines them so that a bias that multiplies one position's time cancels (a crossover).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 3,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class VersusJdbc {

    /** Who takes turns with {@link #base}: by default sqlrecord; any name {@link BlogBenchmark#create} takes. */
    @Param({"sqlrecord"})
    public String contender;

    /**
     * What the contender is measured against: hand-written JDBC; in the swapped orientation the other
     * contender (then JDBC is the {@code contender}), or JDBC or sqlrecord itself for an A/A run.
     */
    @Param({"jdbc"})
    public String base;

    @Param({"memory", "file"})
    public String storage;

    /**
     * Which side's database is created and seeded first. It matters: with sqlrecord against JDBC
     * (list100Join, file, 3 forks each way) sqlrecord ran about 15% slower in every fork when its
     * database was created first. Both orders run, and the report pools them, so that neither side
     * gets the good one.
     */
    @Param({"base", "contender"})
    public String seededFirst;

    /** Nanoseconds spent in each side's operations during one iteration. */
    @AuxCounters(AuxCounters.Type.EVENTS)
    @State(Scope.Thread)
    public static class Nanos {
        public long base;
        public long contender;

        @Setup(Level.Iteration)
        public void reset() {
            base = 0;
            contender = 0;
        }
    }

    private Contender baseSide;
    private Contender contenderSide;
    private final List<Path> files = new ArrayList<>();
    private final List<Contender.NewPost> batch = new ArrayList<>(Dataset.BATCH_SIZE);
    private boolean contenderFirst;
    private long post;
    private long commented;
    private long author;
    private long user;

    @Setup(Level.Trial)
    public void open() throws IOException {
        if (seededFirst.equals("contender")) {
            contenderSide = BlogBenchmark.create(contender, url());
            baseSide = BlogBenchmark.create(base, url());
        } else {
            baseSide = BlogBenchmark.create(base, url());
            contenderSide = BlogBenchmark.create(contender, url());
        }
        for (int i = 0; i < Dataset.BATCH_SIZE; i++) {
            batch.add(new Contender.NewPost(Dataset.authorOf(i), "Imported post " + i, "Imported body " + i));
        }
    }

    private String url() throws IOException {
        if (storage.equals("memory")) {
            return SqliteConnections.MEMORY_URL;
        }
        Path dir = Path.of(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir")));
        Files.createDirectories(dir);
        Path file = Files.createTempFile(dir, "versus-", ".db");
        Files.delete(file);
        files.add(file);
        return "jdbc:sqlite:" + file;
    }

    @TearDown(Level.Iteration)
    public void forgetInsertedPosts() {
        baseSide.execute(Dataset.DELETE_NEW_POSTS);
        contenderSide.execute(Dataset.DELETE_NEW_POSTS);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        baseSide.close();
        contenderSide.close();
        for (Path file : files) {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        }
    }

    private void turns(Nanos nanos, Blackhole bh, Supplier<?> byBase, Supplier<?> byContender) {
        if (contenderFirst) {
            nanos.contender += timedContender(bh, byContender);
            nanos.base += timedBase(bh, byBase);
        } else {
            nanos.base += timedBase(bh, byBase);
            nanos.contender += timedContender(bh, byContender);
        }
        contenderFirst = !contenderFirst;
    }

    // One method per side, never inlined into the benchmark method: each side's code is then compiled
    // on its own, with the same inlining budget. (Inlined into one method, whichever call the JIT
    // meets first gets the deeper inlining: an A/A run of sqlrecord against itself showed 17%.)

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    private static long timedBase(Blackhole bh, Supplier<?> operation) {
        long start = System.nanoTime();
        bh.consume(operation.get());
        return System.nanoTime() - start;
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    private static long timedContender(Blackhole bh, Supplier<?> operation) {
        long start = System.nanoTime();
        bh.consume(operation.get());
        return System.nanoTime() - start;
    }

    @Benchmark
    public void pointSelect(Nanos nanos, Blackhole bh) {
        post = (post + 7919) % Dataset.POSTS;
        long id = post + 1;
        turns(nanos, bh, () -> baseSide.findPost(id), () -> contenderSide.findPost(id));
    }

    @Benchmark
    public void list100Join(Nanos nanos, Blackhole bh) {
        commented = (commented + 1) % Dataset.COMMENTED_POSTS;
        long id = commented + 1;
        turns(nanos, bh, () -> baseSide.listComments(id), () -> contenderSide.listComments(id));
    }

    @Benchmark
    public void insertOne(Nanos nanos, Blackhole bh) {
        author = (author + 1) % Dataset.USERS;
        long id = author + 1;
        turns(
                nanos,
                bh,
                () -> baseSide.createPost(id, "A new post", "Written during the benchmark."),
                () -> contenderSide.createPost(id, "A new post", "Written during the benchmark."));
    }

    @Benchmark
    public void batchInsert1000(Nanos nanos, Blackhole bh) {
        turns(
                nanos,
                bh,
                () -> {
                    baseSide.insertPosts(batch);
                    return batch;
                },
                () -> {
                    contenderSide.insertPosts(batch);
                    return batch;
                });
    }

    @Benchmark
    public void updateByKey(Nanos nanos, Blackhole bh) {
        user = (user + 1) % Dataset.USERS;
        long id = user + 1;
        String name = (user & 1) == 0 ? "Ada Lovelace" : "Grace Hopper";
        turns(nanos, bh, () -> baseSide.renameUser(id, name), () -> contenderSide.renameUser(id, name));
    }
}
