package dev.sqlrecord.benchmarks.contenders;

import dev.sqlrecord.benchmarks.Post;
import dev.sqlrecord.benchmarks.SqliteConnections.GeneratedKeys;
import dev.sqlrecord.benchmarks.db.ListCommentsRow;
import java.sql.PreparedStatement;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring's {@code JdbcTemplate} over a {@code SingleConnectionDataSource} of the connection, as its
 * reference documentation shows: lambda row mappers reading columns by label, a {@code KeyHolder} for the generated id,
 * {@code batchUpdate} inside a {@code TransactionTemplate} for the bulk insert.
 */
public final class SpringJdbcTemplate extends OnConnection {
    static final String FIND_POST =
            "SELECT id, author_id, title, body, status, published_at, deleted_at FROM posts WHERE id = ?";
    static final String LIST_COMMENTS = "SELECT c.id, c.body, u.name AS author_name FROM comments c"
            + " JOIN users u ON u.id = c.author_id WHERE c.post_id = ? ORDER BY c.id";
    private static final String INSERT_POST = "INSERT INTO posts (author_id, title, body) VALUES (?, ?, ?)";
    private static final String RENAME_USER = "UPDATE users SET name = ?, updated_at = unixepoch() WHERE id = ?";

    static final RowMapper<Post> POST = (rs, rowNum) -> {
        long publishedAt = rs.getLong("published_at");
        Long published = rs.wasNull() ? null : publishedAt;
        long deletedAt = rs.getLong("deleted_at");
        Long deleted = rs.wasNull() ? null : deletedAt;
        return new Post(
                rs.getLong("id"),
                rs.getLong("author_id"),
                rs.getString("title"),
                rs.getString("body"),
                rs.getString("status"),
                published,
                deleted);
    };
    static final RowMapper<ListCommentsRow> COMMENT =
            (rs, rowNum) -> new ListCommentsRow(rs.getLong("id"), rs.getString("body"), rs.getString("author_name"));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public SpringJdbcTemplate(String url, boolean seed) {
        // the KeyHolder is filled from getGeneratedKeys(), which needs the driver's default
        super(url, seed, GeneratedKeys.BY_DRIVER);
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(connection, true);
        jdbc = new JdbcTemplate(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public Post findPost(long id) {
        return jdbc.queryForObject(FIND_POST, POST, id);
    }

    @Override
    public List<ListCommentsRow> listComments(long postId) {
        return jdbc.query(LIST_COMMENTS, COMMENT, postId);
    }

    @Override
    public long createPost(long authorId, String title, String body) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    PreparedStatement statement = con.prepareStatement(INSERT_POST, new String[] {"id"});
                    statement.setLong(1, authorId);
                    statement.setString(2, title);
                    statement.setString(3, body);
                    return statement;
                },
                keys);
        return keys.getKey().longValue();
    }

    @Override
    public void insertPosts(List<NewPost> posts) {
        transactions.executeWithoutResult(status ->
                jdbc.batchUpdate(INSERT_POST, posts, posts.size(), (statement, post) -> {
                    statement.setLong(1, post.authorId());
                    statement.setString(2, post.title());
                    statement.setString(3, post.body());
                }));
    }

    @Override
    public int renameUser(long id, String name) {
        return jdbc.update(RENAME_USER, name, id);
    }
}
