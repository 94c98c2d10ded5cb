package dev.sqlrecord.benchmarks.diagnosis;

import dev.sqlrecord.benchmarks.Contender;
import dev.sqlrecord.benchmarks.Dataset;
import dev.sqlrecord.benchmarks.Post;
import dev.sqlrecord.benchmarks.SqliteConnections;
import dev.sqlrecord.benchmarks.SqliteConnections.GeneratedKeys;
import dev.sqlrecord.benchmarks.db.ListCommentsRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.DB;

/**
 * For diagnosis only ({@code -p base=jdbc-as-sqlrecord}): hand-written JDBC that does at the driver
 * what sqlrecord's runtime does, and nothing of the runtime's own layers (lock, statement-cache
 * lookup, varargs, binder, cursor). Against {@code jdbc} it prices sqlrecord's choices of work
 * (a {@code :one} reads on to prove there is no second row; {@code :exec} runs {@code execute()} and
 * reads {@code total_changes()}/{@code changes()}; {@code :execresult} then asks
 * {@code SELECT last_insert_rowid()}); against {@code sqlrecord} it prices the layers.
 */
public final class JdbcAsSqlrecord implements Contender {
    private final Connection connection;
    private final DB sqlite;
    private final PreparedStatement findPost;
    private final PreparedStatement listComments;
    private final PreparedStatement insertPost;
    private final PreparedStatement lastInsertRowId;
    private final PreparedStatement renameUser;

    public JdbcAsSqlrecord(String url) {
        // as sqlrecord's runtime opens its connections
        connection = SqliteConnections.open(url, GeneratedKeys.OFF);
        Dataset.seed(connection);
        try {
            sqlite = connection.unwrap(SQLiteConnection.class).getDatabase();
            findPost = connection.prepareStatement("SELECT id, author_id, title, body, status, published_at,"
                    + " deleted_at FROM posts WHERE id = ?");
            listComments = connection.prepareStatement("SELECT c.id, c.body, u.name AS author_name"
                    + " FROM comments c JOIN users u ON u.id = c.author_id WHERE c.post_id = ? ORDER BY c.id");
            insertPost = connection.prepareStatement("INSERT INTO posts (author_id, title, body) VALUES (?, ?, ?)");
            lastInsertRowId = connection.prepareStatement("SELECT last_insert_rowid()");
            renameUser = connection.prepareStatement("UPDATE users SET name = ?, updated_at = unixepoch() WHERE id = ?");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Post findPost(long id) {
        try {
            findPost.setLong(1, id);
            try (ResultSet rs = findPost.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long publishedAt = rs.getLong(6);
                Long published = publishedAt == 0 && rs.wasNull() ? null : publishedAt;
                long deletedAt = rs.getLong(7);
                Long deleted = deletedAt == 0 && rs.wasNull() ? null : deletedAt;
                Post post = new Post(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        published, deleted);
                if (rs.next()) {
                    throw new IllegalStateException("more than one row");
                }
                return post;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<ListCommentsRow> listComments(long postId) {
        try {
            listComments.setLong(1, postId);
            try (ResultSet rs = listComments.executeQuery()) {
                List<ListCommentsRow> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new ListCommentsRow(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The runtime's {@code changesOf}: execute, drain rows, count changes the way SQLite does. */
    private int changes(PreparedStatement statement) throws SQLException {
        long before = sqlite.total_changes();
        if (statement.execute()) {
            try (ResultSet rows = statement.getResultSet()) {
                while (rows.next()) {
                    // drained
                }
            }
        }
        return sqlite.total_changes() == before ? 0 : (int) sqlite.changes();
    }

    private int insert(long authorId, String title, String body) throws SQLException {
        insertPost.setLong(1, authorId);
        insertPost.setString(2, title);
        insertPost.setString(3, body);
        return changes(insertPost);
    }

    @Override
    public long createPost(long authorId, String title, String body) {
        try {
            insert(authorId, title, body);
            try (ResultSet rs = lastInsertRowId.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void insertPosts(List<NewPost> posts) {
        try {
            connection.setAutoCommit(false);
            try {
                for (NewPost post : posts) {
                    insert(post.authorId(), post.title(), post.body());
                }
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int renameUser(long id, String name) {
        try {
            renameUser.setString(1, name);
            renameUser.setLong(2, id);
            return changes(renameUser);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Object queryScalar(String sql) {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
