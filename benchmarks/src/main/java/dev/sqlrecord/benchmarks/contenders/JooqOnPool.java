package dev.sqlrecord.benchmarks.contenders;

import com.zaxxer.hikari.HikariDataSource;
import dev.sqlrecord.benchmarks.PooledReads;
import dev.sqlrecord.benchmarks.Post;
import dev.sqlrecord.benchmarks.db.ListCommentsRow;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * {@link Jooq}'s reads, the same DSL, on a HikariCP pool: {@code DSL.using(dataSource, SQLITE)},
 * which borrows a connection for each query, as jOOQ's manual shows for a {@code DataSource}.
 */
public final class JooqOnPool implements PooledReads {
    private final HikariDataSource pool;
    private final DSLContext ctx;

    public JooqOnPool(String url, int poolSize) {
        pool = HikariPool.open(url, poolSize);
        ctx = DSL.using(pool, SQLDialect.SQLITE);
    }

    @Override
    public Optional<Post> findPost(long id) {
        return Jooq.findPost(ctx, id);
    }

    @Override
    public List<ListCommentsRow> listComments(long postId) {
        return Jooq.listComments(ctx, postId);
    }

    @Override
    public Object queryScalar(String sql) {
        return HikariPool.queryScalar(pool, sql);
    }

    @Override
    public void close() {
        pool.close();
    }
}
