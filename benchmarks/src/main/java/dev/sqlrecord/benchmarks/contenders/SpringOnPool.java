package dev.sqlrecord.benchmarks.contenders;

import com.zaxxer.hikari.HikariDataSource;
import dev.sqlrecord.benchmarks.PooledReads;
import dev.sqlrecord.benchmarks.Post;
import dev.sqlrecord.benchmarks.db.ListCommentsRow;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link SpringJdbcTemplate}'s reads, the same SQL and row mappers, with the {@code JdbcTemplate} on a
 * HikariCP pool, as a Spring application has it: a connection borrowed per call.
 */
public final class SpringOnPool implements PooledReads {
    private final HikariDataSource pool;
    private final JdbcTemplate jdbc;

    public SpringOnPool(String url, int poolSize) {
        pool = HikariPool.open(url, poolSize);
        jdbc = new JdbcTemplate(pool);
    }

    @Override
    public Post findPost(long id) {
        return jdbc.queryForObject(SpringJdbcTemplate.FIND_POST, SpringJdbcTemplate.POST, id);
    }

    @Override
    public List<ListCommentsRow> listComments(long postId) {
        return jdbc.query(SpringJdbcTemplate.LIST_COMMENTS, SpringJdbcTemplate.COMMENT, postId);
    }

    @Override
    public Object queryScalar(String sql) {
        return jdbc.queryForObject(sql, Object.class);
    }

    @Override
    public void close() {
        pool.close();
    }
}
