package dev.sqlrecord.benchmarks;

import dev.sqlrecord.benchmarks.contenders.HandWrittenJdbc;
import dev.sqlrecord.benchmarks.contenders.Jdbi;
import dev.sqlrecord.benchmarks.contenders.Jooq;
import dev.sqlrecord.benchmarks.contenders.SpringJdbcTemplate;
import dev.sqlrecord.benchmarks.contenders.Sqlrecord;
import dev.sqlrecord.benchmarks.contenders.hibernate.Hibernate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
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

/**
 * The five workloads, for every contender, on an in-memory and a file-backed database. Each trial
 * (one contender, one storage, one workload, in its own forked JVM) starts from a fresh database
 * seeded with {@link Dataset}; rows the insert workloads add are deleted after each iteration.
 *
 * <p>The annotations hold the full-precision settings; {@code run.sh} passes shorter ones unless
 * given {@code --full}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 3,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class BlogBenchmark {

    /** The contenders, by the name {@code -p contender=...} takes. */
    @Param({"jdbc", "sqlrecord", "jooq", "jdbi", "spring", "hibernate"})
    public String contender;

    /** {@code memory}: {@code jdbc:sqlite::memory:}; {@code file}: a WAL database in {@code bench.dir}. */
    @Param({"memory", "file"})
    public String storage;

    /** What every contender must report, so that none runs with settings the others lack. */
    static final Map<String, Object> EXPECTED_PRAGMAS =
            Map.of("PRAGMA foreign_keys", 1, "PRAGMA busy_timeout", 5000, "PRAGMA synchronous", 2);

    private Contender subject;
    private Path file;
    private final List<Contender.NewPost> batch = new ArrayList<>(Dataset.BATCH_SIZE);
    private long post;
    private long commented;
    private long author;
    private long user;

    @Setup(Level.Trial)
    public void open() throws IOException {
        String url = SqliteConnections.MEMORY_URL;
        if (storage.equals("file")) {
            Path dir = Path.of(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir")));
            Files.createDirectories(dir);
            file = Files.createTempFile(dir, "blog-" + contender + "-", ".db");
            Files.delete(file);
            url = "jdbc:sqlite:" + file;
        }
        subject = create(contender, url);
        check("PRAGMA journal_mode", storage.equals("file") ? "wal" : "memory");
        EXPECTED_PRAGMAS.forEach(this::check);
        check("SELECT count(*) FROM posts", Dataset.POSTS);
        for (int i = 0; i < Dataset.BATCH_SIZE; i++) {
            batch.add(new Contender.NewPost(Dataset.authorOf(i), "Imported post " + i, "Imported body " + i));
        }
    }

    /** A contender by name, as the {@code contender} parameters of both benchmarks take it. */
    static Contender create(String name, String url) {
        return switch (name) {
            case "jdbc" -> new HandWrittenJdbc(url, true);
            case "sqlrecord" -> new Sqlrecord(url, true);
            case "jooq" -> new Jooq(url, true);
            case "jdbi" -> new Jdbi(url, true);
            case "spring" -> new SpringJdbcTemplate(url, true);
            case "hibernate" -> new Hibernate(url, true);
            default -> throw new IllegalArgumentException("no such contender: " + name);
        };
    }

    private void check(String sql, Object expected) {
        Object actual = subject.queryScalar(sql);
        if (!String.valueOf(expected).equalsIgnoreCase(String.valueOf(actual))) {
            throw new IllegalStateException(contender + ": " + sql + " gave " + actual + ", expected " + expected);
        }
    }

    @TearDown(Level.Iteration)
    public void forgetInsertedPosts() {
        subject.execute(Dataset.DELETE_NEW_POSTS);
    }

    @TearDown(Level.Trial)
    public void close() {
        subject.close();
        if (file != null) {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                try {
                    Files.deleteIfExists(Path.of(file + suffix));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** Point select by primary key, spread over all posts. */
    @Benchmark
    public Object pointSelect() {
        post = (post + 7919) % Dataset.POSTS;
        return subject.findPost(post + 1);
    }

    /** 100 rows with a join: the comments of one of the commented posts, with author names. */
    @Benchmark
    public Object list100Join() {
        commented = (commented + 1) % Dataset.COMMENTED_POSTS;
        return subject.listComments(commented + 1);
    }

    /** Insert one row and get its id. */
    @Benchmark
    public long insertOne() {
        author = (author + 1) % Dataset.USERS;
        return subject.createPost(author + 1, "A new post", "Written during the benchmark.");
    }

    /** 1,000 rows in one transaction. */
    @Benchmark
    public List<Contender.NewPost> batchInsert1000() {
        subject.insertPosts(batch);
        return batch;
    }

    /** Update by primary key. */
    @Benchmark
    public int updateByKey() {
        user = (user + 1) % Dataset.USERS;
        return subject.renameUser(user + 1, (user & 1) == 0 ? "Ada Lovelace" : "Grace Hopper");
    }
}
