package dev.sqlrecord.benchmarks.contenders;

import com.zaxxer.hikari.HikariDataSource;
import dev.sqlrecord.benchmarks.PooledReads;
import dev.sqlrecord.benchmarks.Post;
import dev.sqlrecord.benchmarks.db.ListCommentsRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sqlite.SQLiteConnection;

/**
 * {@link HandWrittenJdbc}'s reads on a HikariCP pool: a connection borrowed per call, and, as there,
 * statements prepared once and reused: once per pooled connection. sqlite-jdbc has no statement
 * cache of its own and HikariCP leaves caching to the driver, so the statements are prepared on the
 * driver's connection under HikariCP's proxy and kept by it; a borrowed connection is one thread's
 * until it is given back, and so are its statements.
 */
public final class JdbcOnPool implements PooledReads {
    private static final String FIND_POST =
            "SELECT id, author_id, title, body, status, published_at, deleted_at FROM posts WHERE id = ?";
    private static final String LIST_COMMENTS = "SELECT c.id, c.body, u.name AS author_name"
            + " FROM comments c JOIN users u ON u.id = c.author_id WHERE c.post_id = ? ORDER BY c.id";

    /** The statements of one pooled connection. */
    private record Prepared(PreparedStatement findPost, PreparedStatement listComments) {}

    private final HikariDataSource pool;
    private final Map<SQLiteConnection, Prepared> prepared = new ConcurrentHashMap<>();

    public JdbcOnPool(String url, int poolSize) {
        pool = HikariPool.open(url, poolSize);
    }

    private Prepared prepared(Connection borrowed) throws SQLException {
        SQLiteConnection connection = borrowed.unwrap(SQLiteConnection.class);
        Prepared statements = prepared.get(connection);
        if (statements == null) {
            statements =
                    new Prepared(connection.prepareStatement(FIND_POST), connection.prepareStatement(LIST_COMMENTS));
            prepared.put(connection, statements);
        }
        return statements;
    }

    @Override
    public Post findPost(long id) {
        try (Connection connection = pool.getConnection()) {
            PreparedStatement findPost = prepared(connection).findPost();
            findPost.setLong(1, id);
            return HandWrittenJdbc.post(findPost);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<ListCommentsRow> listComments(long postId) {
        try (Connection connection = pool.getConnection()) {
            PreparedStatement listComments = prepared(connection).listComments();
            listComments.setLong(1, postId);
            return HandWrittenJdbc.comments(listComments);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Object queryScalar(String sql) {
        return HikariPool.queryScalar(pool, sql);
    }

    @Override
    public void close() {
        try {
            for (Prepared statements : prepared.values()) {
                statements.findPost().close();
                statements.listComments().close();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        pool.close();
    }
}
