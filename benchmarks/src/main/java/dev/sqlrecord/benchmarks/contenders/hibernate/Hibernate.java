package dev.sqlrecord.benchmarks.contenders.hibernate;

import dev.sqlrecord.benchmarks.SqliteConnections.GeneratedKeys;
import dev.sqlrecord.benchmarks.contenders.OnConnection;
import dev.sqlrecord.benchmarks.db.ListCommentsRow;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.community.dialect.SQLiteDialect;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/**
 * Hibernate ORM 7 with the community SQLite dialect, as its user guide shows: annotated entities, a
 * session per unit of work ({@code fromSession}, {@code fromTransaction}), {@code find} by id, an HQL
 * projection into a record for the list, {@code persist} for inserts (flushing and clearing every
 * {@code hibernate.jdbc.batch_size} rows in the bulk insert), and an update by loading the entity and
 * changing it. The connection provider hands out the one connection, like Jdbi's
 * {@code Jdbi.create(Connection)} and Spring's {@code SingleConnectionDataSource}.
 */
public final class Hibernate extends OnConnection {
    private static final int BATCH_SIZE = 50;
    private static final String LIST_COMMENTS = "select new " + ListCommentsRow.class.getName()
            + "(c.id, c.body, u.name) from CommentEntity c join c.author u where c.post.id = :postId order by c.id";

    private final SessionFactory sessions;

    public Hibernate(String url, boolean seed) {
        // the dialect reads IDENTITY ids with its own select last_insert_rowid(), never getGeneratedKeys():
        // like sqlrecord's runtime, it is spared the driver's extra SELECT after every INSERT
        super(url, seed, GeneratedKeys.OFF);
        Configuration configuration = new Configuration()
                .addAnnotatedClasses(UserEntity.class, PostEntity.class, CommentEntity.class)
                .setProperty(AvailableSettings.DIALECT, SQLiteDialect.class)
                .setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, BATCH_SIZE);
        configuration.getProperties().put(AvailableSettings.CONNECTION_PROVIDER, new OneConnection(connection));
        sessions = configuration.buildSessionFactory();
    }

    @Override
    public PostEntity findPost(long id) {
        return sessions.fromSession(session -> session.find(PostEntity.class, id));
    }

    @Override
    public List<ListCommentsRow> listComments(long postId) {
        return sessions.fromSession(session -> session.createSelectionQuery(LIST_COMMENTS, ListCommentsRow.class)
                .setParameter("postId", postId)
                .getResultList());
    }

    @Override
    public long createPost(long authorId, String title, String body) {
        return sessions.fromTransaction(session -> {
            PostEntity post = new PostEntity(session.getReference(UserEntity.class, authorId), title, body);
            session.persist(post);
            return post.getId();
        });
    }

    @Override
    public void insertPosts(List<NewPost> posts) {
        sessions.inTransaction(session -> {
            int count = 0;
            for (NewPost post : posts) {
                session.persist(new PostEntity(
                        session.getReference(UserEntity.class, post.authorId()), post.title(), post.body()));
                if (++count % BATCH_SIZE == 0) {
                    session.flush();
                    session.clear();
                }
            }
        });
    }

    @Override
    public int renameUser(long id, String name) {
        return sessions.fromTransaction(session -> {
            UserEntity user = session.find(UserEntity.class, id);
            if (user == null) {
                return 0;
            }
            user.setName(name);
            user.setUpdatedAt(Instant.now().getEpochSecond());
            return 1;
        });
    }

    @Override
    public void close() {
        sessions.close();
        super.close();
    }

    /** Hands Hibernate the one connection and never closes it. */
    private static final class OneConnection implements ConnectionProvider {
        private static final long serialVersionUID = 1L;
        private final transient Connection connection;

        OneConnection(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Connection getConnection() {
            return connection;
        }

        @Override
        public void closeConnection(Connection released) {
            // the benchmark owns the connection
        }

        @Override
        public boolean supportsAggressiveRelease() {
            return false;
        }

        @Override
        public boolean isUnwrappableAs(Class<?> type) {
            return false;
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException("nothing to unwrap");
        }
    }
}
