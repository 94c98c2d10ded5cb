package dev.sqlrecord.benchmarks.contenders;

import dev.sqlrecord.benchmarks.Post;
import dev.sqlrecord.benchmarks.SqliteConnections.GeneratedKeys;
import dev.sqlrecord.benchmarks.db.ListCommentsRow;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Jdbi 3's declarative SQL Objects, the API its guide leads with: {@code Jdbi.create(connection)}
 * with the SqlObject plugin, and the DAO attached to one handle kept open on that connection, as the
 * other contenders keep theirs. (An on-demand DAO re-attaches the SQL Object on every call, which
 * cost Jdbi a third of its point-select time in a profile.)
 * Records map through {@code ConstructorMapper}; the insert gets its id with {@code @GetGeneratedKeys};
 * the bulk insert is a {@code @SqlBatch} in a {@code @Transaction}.
 */
public final class Jdbi extends OnConnection {

    /** The DAO, with the same SQL as the sample's query files. */
    public interface BlogDao {
        @SqlQuery("SELECT id, author_id, title, body, status, published_at, deleted_at FROM posts WHERE id = :id")
        @RegisterConstructorMapper(Post.class)
        Optional<Post> findPost(@Bind("id") long id);

        @SqlQuery("SELECT c.id, c.body, u.name AS author_name FROM comments c JOIN users u ON u.id = c.author_id"
                + " WHERE c.post_id = :postId ORDER BY c.id")
        @RegisterConstructorMapper(ListCommentsRow.class)
        List<ListCommentsRow> listComments(@Bind("postId") long postId);

        @SqlUpdate("INSERT INTO posts (author_id, title, body) VALUES (:authorId, :title, :body)")
        @GetGeneratedKeys("id")
        long createPost(@Bind("authorId") long authorId, @Bind("title") String title, @Bind("body") String body);

        @SqlBatch("INSERT INTO posts (author_id, title, body) VALUES (:authorId, :title, :body)")
        @Transaction
        void insertPosts(@BindMethods List<NewPost> posts);

        @SqlUpdate("UPDATE users SET name = :name, updated_at = unixepoch() WHERE id = :id")
        int renameUser(@Bind("id") long id, @Bind("name") String name);
    }

    private final Handle handle;
    private final BlogDao dao;

    public Jdbi(String url, boolean seed) {
        // @GetGeneratedKeys reads the id through getGeneratedKeys(), which needs the driver's default
        super(url, seed, GeneratedKeys.BY_DRIVER);
        handle = org.jdbi.v3.core.Jdbi.create(connection)
                .installPlugin(new SqlObjectPlugin())
                .open();
        dao = handle.attach(BlogDao.class);
    }

    @Override
    public Optional<Post> findPost(long id) {
        return dao.findPost(id);
    }

    @Override
    public List<ListCommentsRow> listComments(long postId) {
        return dao.listComments(postId);
    }

    @Override
    public long createPost(long authorId, String title, String body) {
        return dao.createPost(authorId, title, body);
    }

    @Override
    public void insertPosts(List<NewPost> posts) {
        dao.insertPosts(posts);
    }

    @Override
    public int renameUser(long id, String name) {
        return dao.renameUser(id, name);
    }

    @Override
    public void close() {
        handle.close();
        super.close();
    }
}
