package dev.sqlrecord.benchmarks.diagnosis;

import dev.sqlrecord.benchmarks.contenders.HandWrittenJdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * For diagnosis only ({@code -p base=jdbc-as-sqlrecord}): hand-written JDBC that does at the driver
 * what sqlrecord's runtime does, and nothing of the runtime's own layers (lock, statement-cache
 * lookup, varargs, binder, cursor). Its reads are hand-written JDBC's, as the runtime's are now (a
 * {@code :one} the checker proves single-row reads one row; a {@code :many} reads them all); its
 * writes are the runtime's: {@code :exec} runs {@code execute()} and takes the driver's update
 * count, {@code :execresult} then asks {@code SELECT last_insert_rowid()}, the bulk insert is one
 * {@code :exec} per row in a transaction. Against {@code jdbc} it prices those choices; against
 * {@code sqlrecord}, the layers.
 */
public final class JdbcAsSqlrecord extends HandWrittenJdbc {
    private final PreparedStatement insertPost;
    private final PreparedStatement lastInsertRowId;
    private final PreparedStatement renameUser;

    public JdbcAsSqlrecord(String url) {
        super(url, true);
        try {
            insertPost = connection.prepareStatement("INSERT INTO posts (author_id, title, body) VALUES (?, ?, ?)");
            lastInsertRowId = connection.prepareStatement("SELECT last_insert_rowid()");
            renameUser = connection.prepareStatement("UPDATE users SET name = ?, updated_at = unixepoch() WHERE id = ?");
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The runtime's {@code changesOf} for INSERT, UPDATE and DELETE: execute, then the driver's count. */
    private static int changes(PreparedStatement statement) throws SQLException {
        statement.execute();
        return statement.getUpdateCount();
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
            throw failed(e);
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
            throw failed(e);
        }
    }

    @Override
    public int renameUser(long id, String name) {
        try {
            renameUser.setString(1, name);
            renameUser.setLong(2, id);
            return changes(renameUser);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() {
        try {
            for (PreparedStatement statement : List.of(insertPost, lastInsertRowId, renameUser)) {
                statement.close();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        super.close();
    }
}
