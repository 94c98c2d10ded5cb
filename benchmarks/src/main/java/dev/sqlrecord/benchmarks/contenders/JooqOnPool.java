package dev.sqlrecord.benchmarks.contenders;

import static dev.sqlrecord.benchmarks.contenders.Jooq.COMMENTS;
import static dev.sqlrecord.benchmarks.contenders.Jooq.COMMENTS_AUTHOR_ID;
import static dev.sqlrecord.benchmarks.contenders.Jooq.COMMENTS_BODY;
import static dev.sqlrecord.benchmarks.contenders.Jooq.COMMENTS_ID;
import static dev.sqlrecord.benchmarks.contenders.Jooq.COMMENTS_POST_ID;
import static dev.sqlrecord.benchmarks.contenders.Jooq.POSTS;
import static dev.sqlrecord.benchmarks.contenders.Jooq.POSTS_AUTHOR_ID;
import static dev.sqlrecord.benchmarks.contenders.Jooq.POSTS_BODY;
import static dev.sqlrecord.benchmarks.contenders.Jooq.POSTS_DELETED_AT;
import static dev.sqlrecord.benchmarks.contenders.Jooq.POSTS_ID;
import static dev.sqlrecord.benchmarks.contenders.Jooq.POSTS_PUBLISHED_AT;
import static dev.sqlrecord.benchmarks.contenders.Jooq.POSTS_STATUS;
import static dev.sqlrecord.benchmarks.contenders.Jooq.POSTS_TITLE;
import static dev.sqlrecord.benchmarks.contenders.Jooq.USERS;
import static dev.sqlrecord.benchmarks.contenders.Jooq.USERS_ID;
import static dev.sqlrecord.benchmarks.contenders.Jooq.USERS_NAME;
import static org.jooq.Records.mapping;

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
        return ctx.select(
                        POSTS_ID,
                        POSTS_AUTHOR_ID,
                        POSTS_TITLE,
                        POSTS_BODY,
                        POSTS_STATUS,
                        POSTS_PUBLISHED_AT,
                        POSTS_DELETED_AT)
                .from(POSTS)
                .where(POSTS_ID.eq(id))
                .fetchOptional(mapping(Post::new));
    }

    @Override
    public List<ListCommentsRow> listComments(long postId) {
        return ctx.select(COMMENTS_ID, COMMENTS_BODY, USERS_NAME.as("author_name"))
                .from(COMMENTS)
                .join(USERS)
                .on(USERS_ID.eq(COMMENTS_AUTHOR_ID))
                .where(COMMENTS_POST_ID.eq(postId))
                .orderBy(COMMENTS_ID)
                .fetch(mapping(ListCommentsRow::new));
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
