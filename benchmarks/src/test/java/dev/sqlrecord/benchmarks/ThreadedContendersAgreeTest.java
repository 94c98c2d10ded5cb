package dev.sqlrecord.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlrecord.benchmarks.contenders.HandWrittenJdbc;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Not a benchmark: every contender of {@link ThreadScaling}, read from 2 threads at once on one
 * seeded WAL file, must give the rows hand-written JDBC gives on one connection, so that no pool is
 * fast by answering wrongly (a connection or statement shared between threads would mix rows up).
 */
class ThreadedContendersAgreeTest {
    private static final int THREADS = 2;
    private static final int ROUNDS = 300;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlrecord-pool", "sqlrecord-one", "jdbc-hikari", "jooq-hikari", "spring-hikari"})
    void givesHandWrittenJdbcsRowsFromTwoThreads(String name) throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("blog.db");
        ThreadScaling.seed(url);
        List<Object> expected = new ArrayList<>();
        try (HandWrittenJdbc jdbc = new HandWrittenJdbc(url, false)) {
            for (int round = 0; round < ROUNDS; round++) {
                expected.add(jdbc.findPost(postOf(round)));
                expected.add(jdbc.listComments(commentedOf(round)));
            }
        }
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try (PooledReads contender = ThreadScaling.create(name, url)) {
            assertEquals(
                    "wal",
                    String.valueOf(contender.queryScalar("PRAGMA journal_mode")).toLowerCase());
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<List<Object>>> answers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Callable<List<Object>> reads = () -> {
                    start.await();
                    List<Object> rows = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        rows.add(asPost(contender.findPost(postOf(round))));
                        rows.add(contender.listComments(commentedOf(round)));
                    }
                    return rows;
                };
                answers.add(threads.submit(reads));
            }
            for (Future<List<Object>> answer : answers) {
                assertEquals(expected, answer.get(), name);
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(Dataset.COMMENTS_PER_POST, ((List<?>) expected.get(1)).size());
    }

    private static long postOf(int round) {
        return 1 + (round * 7919L) % Dataset.POSTS;
    }

    private static long commentedOf(int round) {
        return 1 + round % Dataset.COMMENTED_POSTS;
    }

    private static Post asPost(Object result) {
        return result instanceof Optional<?> optional ? (Post) optional.orElse(null) : (Post) result;
    }
}
