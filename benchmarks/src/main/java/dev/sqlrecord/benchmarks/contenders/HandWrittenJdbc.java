package dev.sqlrecord.benchmarks.contenders;

import dev.sqlrecord.benchmarks.Post;
import dev.sqlrecord.benchmarks.SqliteConnections.GeneratedKeys;
import dev.sqlrecord.benchmarks.db.ListCommentsRow;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The limit: what an expert writes by hand on sqlite-jdbc. Every statement is prepared once and
 * reused; NULL is detected with {@code wasNull}; the id of an insert comes back from the insert
 * itself ({@code RETURNING}, one statement step); the bulk insert is one JDBC batch.
 */
public final class HandWrittenJdbc extends OnConnection {
    private final PreparedStatement findPost;
    private final PreparedStatement listComments;
    private final PreparedStatement createPost;
    private final PreparedStatement insertPost;
    private final PreparedStatement renameUser;

    public HandWrittenJdbc(String url, boolean seed) {
        // the id comes from RETURNING, so the driver's own SELECT after every INSERT would be pure
        // waste; sqlrecord's runtime turns it off too
        super(url, seed, GeneratedKeys.OFF);
        try {
            findPost = connection.prepareStatement(
                    "SELECT id, author_id, title, body, status, published_at," + " deleted_at FROM posts WHERE id = ?");
            listComments = connection.prepareStatement("SELECT c.id, c.body, u.name AS author_name"
                    + " FROM comments c JOIN users u ON u.id = c.author_id WHERE c.post_id = ? ORDER BY c.id");
            createPost = connection.prepareStatement(
                    "INSERT INTO posts (author_id, title, body) VALUES (?, ?, ?) RETURNING id");
            insertPost = connection.prepareStatement("INSERT INTO posts (author_id, title, body) VALUES (?, ?, ?)");
            renameUser =
                    connection.prepareStatement("UPDATE users SET name = ?, updated_at = unixepoch() WHERE id = ?");
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Post findPost(long id) {
        try {
            findPost.setLong(1, id);
            return post(findPost);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public List<ListCommentsRow> listComments(long postId) {
        try {
            listComments.setLong(1, postId);
            return comments(listComments);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public long createPost(long authorId, String title, String body) {
        try {
            createPost.setLong(1, authorId);
            createPost.setString(2, title);
            createPost.setString(3, body);
            try (ResultSet rs = createPost.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void insertPosts(List<NewPost> posts) {
        try {
            connection.setAutoCommit(false);
            try {
                for (NewPost post : posts) {
                    insertPost.setLong(1, post.authorId());
                    insertPost.setString(2, post.title());
                    insertPost.setString(3, post.body());
                    insertPost.addBatch();
                }
                insertPost.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public int renameUser(long id, String name) {
        try {
            renameUser.setString(1, name);
            renameUser.setLong(2, id);
            return renameUser.executeUpdate();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() {
        try {
            for (PreparedStatement statement : List.of(findPost, listComments, createPost, insertPost, renameUser)) {
                statement.close();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        super.close();
    }

    /** Runs the point select, its parameter bound: the post, or null. Also {@link JdbcOnPool}'s. */
    static Post post(PreparedStatement findPost) throws SQLException {
        try (ResultSet rs = findPost.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            long publishedAt = rs.getLong(6);
            Long published = publishedAt == 0 && rs.wasNull() ? null : publishedAt;
            long deletedAt = rs.getLong(7);
            Long deleted = deletedAt == 0 && rs.wasNull() ? null : deletedAt;
            return new Post(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    published,
                    deleted);
        }
    }

    /** Runs the list with a join, its parameter bound. Also {@link JdbcOnPool}'s. */
    static List<ListCommentsRow> comments(PreparedStatement listComments) throws SQLException {
        try (ResultSet rs = listComments.executeQuery()) {
            List<ListCommentsRow> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new ListCommentsRow(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
            return rows;
        }
    }
}
