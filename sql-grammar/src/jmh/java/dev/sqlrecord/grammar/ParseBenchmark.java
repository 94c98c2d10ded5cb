package dev.sqlrecord.grammar;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Statements parsed per second by one thread, warm: the named queries of a typical application
 * (those of the README and the sample blog), and, for comparison, statements with a syntax error,
 * which take the slower LL stage with error recovery. Run with {@code ./mvnw -Pjmh -f sql-grammar verify}
 * (see the module README).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-XX:ActiveProcessorCount=1")
@Threads(1)
@State(Scope.Thread)
public class ParseBenchmark {
    static final String[] TYPICAL = {
        "SELECT * FROM users WHERE email = :email AND deleted_at IS NULL",
        "SELECT p.id, p.title, u.name AS author_name FROM posts p JOIN users u ON u.id = p.author_id"
                + " WHERE p.published_at > :since ORDER BY p.published_at DESC LIMIT :limit",
        "UPDATE users SET name = :name, updated_at = unixepoch() WHERE id = :id",
        "INSERT INTO users (email, name) VALUES (?, ?) ON CONFLICT (email) DO UPDATE SET name = excluded.name RETURNING id",
        "DELETE FROM posts WHERE id IN (:ids) RETURNING *",
        "SELECT u.id, count(p.id) AS posts FROM users u LEFT JOIN posts p ON p.author_id = u.id"
                + " GROUP BY u.id HAVING count(p.id) >= :min ORDER BY posts DESC",
        "SELECT * FROM users WHERE (:status IS NULL OR status = :status) AND id IN (:ids)"
                + " ORDER BY created_at DESC LIMIT 20 OFFSET :offset",
        "SELECT c.body, c.created_at FROM comments c WHERE c.post_id = ? ORDER BY c.id",
    };

    static final String[] WITH_ERRORS = {
        "SELECT * FROM users WHERE email = = :email",
        "SELECT p.id, p.title FROM posts p JOIN users u u.id = p.author_id",
        "UPDATE users SET name = :name WHERE",
        "INSERT INTO users (email, name) VALUES (?, ?",
    };

    @Benchmark
    @OperationsPerInvocation(8)
    public void typicalQueries(Blackhole sink) {
        for (String sql : TYPICAL) {
            sink.consume(SqlSyntax.parse(sql));
        }
    }

    @Benchmark
    @OperationsPerInvocation(4)
    public void queriesWithASyntaxError(Blackhole sink) {
        for (String sql : WITH_ERRORS) {
            sink.consume(SqlSyntax.parse(sql));
        }
    }
}
