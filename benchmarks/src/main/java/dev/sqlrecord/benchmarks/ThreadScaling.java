package dev.sqlrecord.benchmarks;

import dev.sqlrecord.benchmarks.contenders.JdbcOnPool;
import dev.sqlrecord.benchmarks.contenders.JooqOnPool;
import dev.sqlrecord.benchmarks.contenders.SpringOnPool;
import dev.sqlrecord.benchmarks.contenders.SqlrecordReads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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
import org.openjdk.jmh.infra.ThreadParams;

/**
 * {@link BlogBenchmark}'s two read workloads with many threads reading one WAL file database at
 * once (issue 22): JMH's {@code -t} gives the number of threads, {@code threads.sh} runs 1, 2, 4 and
 * 8. All threads of a trial share one contender; each thread walks the keys from its own starting
 * point. The score is the operations of all threads together per second.
 *
 * <p>Every pool has {@link #POOL_SIZE} connections for reads: sqlrecord's reader pool by its own
 * default ({@code Database.open(url)}), HikariCP's by its {@code maximumPoolSize}. sqlrecord's writer
 * connection, which no read uses, comes on top.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ThreadScaling {
    /** What {@code Database.open(url)} gives a file: as many readers as processors, at least 2. */
    public static final int POOL_SIZE = Math.max(2, Runtime.getRuntime().availableProcessors());

    /** The contenders, by the name {@code -p contender=...} takes. */
    @Param({"sqlrecord-pool", "sqlrecord-one", "jdbc-hikari", "jooq-hikari", "spring-hikari"})
    public String contender;

    private PooledReads subject;
    private Path file;

    /** Where one thread is in the keys: threads start apart so that they do not read the same rows in step. */
    @State(Scope.Thread)
    public static class Keys {
        long post;
        long commented;

        @Setup(Level.Trial)
        public void spread(ThreadParams thread) {
            post = 1_237L * thread.getThreadIndex() % Dataset.POSTS;
            commented = 37L * thread.getThreadIndex() % Dataset.COMMENTED_POSTS;
        }
    }

    @Setup(Level.Trial)
    public void open() throws IOException {
        Path dir = Path.of(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir")));
        Files.createDirectories(dir);
        file = Files.createTempFile(dir, "threads-" + contender + "-", ".db");
        Files.delete(file);
        String url = "jdbc:sqlite:" + file;
        seed(url);
        subject = create(contender, url);
        check("PRAGMA journal_mode", "wal");
        BlogBenchmark.EXPECTED_PRAGMAS.forEach(this::check);
        check("SELECT count(*) FROM posts", Dataset.POSTS);
    }

    /** The same rows for everyone, written over plain JDBC before the contender opens the file. */
    static void seed(String url) {
        try (Connection connection = SqliteConnections.open(url, SqliteConnections.GeneratedKeys.OFF)) {
            Dataset.seed(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A contender by name, on an already seeded file. */
    static PooledReads create(String name, String url) {
        return switch (name) {
            case "sqlrecord-pool" -> new SqlrecordReads(url, true);
            case "sqlrecord-one" -> new SqlrecordReads(url, false);
            case "jdbc-hikari" -> new JdbcOnPool(url, POOL_SIZE);
            case "jooq-hikari" -> new JooqOnPool(url, POOL_SIZE);
            case "spring-hikari" -> new SpringOnPool(url, POOL_SIZE);
            default -> throw new IllegalArgumentException("no such contender: " + name);
        };
    }

    private void check(String sql, Object expected) {
        Object actual = subject.queryScalar(sql);
        if (!String.valueOf(expected).equalsIgnoreCase(String.valueOf(actual))) {
            throw new IllegalStateException(contender + ": " + sql + " gave " + actual + ", expected " + expected);
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        subject.close();
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Point select by primary key, spread over all posts. */
    @Benchmark
    public Object pointSelect(Keys keys) {
        keys.post = (keys.post + 7919) % Dataset.POSTS;
        return subject.findPost(keys.post + 1);
    }

    /** 100 rows with a join: the comments of one of the commented posts, with author names. */
    @Benchmark
    public Object list100Join(Keys keys) {
        keys.commented = (keys.commented + 1) % Dataset.COMMENTED_POSTS;
        return subject.listComments(keys.commented + 1);
    }
}
