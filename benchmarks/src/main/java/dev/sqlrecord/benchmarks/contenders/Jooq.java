package dev.sqlrecord.benchmarks.contenders;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.sqlrecord.benchmarks.Post;
import dev.sqlrecord.benchmarks.SqliteConnections.GeneratedKeys;
import dev.sqlrecord.benchmarks.db.ListCommentsRow;
import java.util.List;
import java.util.Optional;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * jOOQ 3.19's type-safe DSL on the connection ({@code DSL.using(connection, SQLITE)}), default
 * settings. The tables are declared by name and type, as the manual shows for use without its code
 * generator; generated table classes render the same SQL. Rows map to records with
 * {@code Records.mapping}, the bulk insert is a batch with bind values, and the insert gets its id
 * with {@code returningResult}.
 */
public final class Jooq extends OnConnection {
    static final Table<?> USERS = table(name("users"));
    static final Field<Long> USERS_ID = field(name("users", "id"), SQLDataType.BIGINT);
    static final Field<String> USERS_NAME = field(name("users", "name"), SQLDataType.VARCHAR);
    static final Field<Long> USERS_UPDATED_AT = field(name("users", "updated_at"), SQLDataType.BIGINT);

    static final Table<?> POSTS = table(name("posts"));
    static final Field<Long> POSTS_ID = field(name("posts", "id"), SQLDataType.BIGINT);
    static final Field<Long> POSTS_AUTHOR_ID = field(name("posts", "author_id"), SQLDataType.BIGINT);
    static final Field<String> POSTS_TITLE = field(name("posts", "title"), SQLDataType.VARCHAR);
    static final Field<String> POSTS_BODY = field(name("posts", "body"), SQLDataType.VARCHAR);
    static final Field<String> POSTS_STATUS = field(name("posts", "status"), SQLDataType.VARCHAR);
    static final Field<Long> POSTS_PUBLISHED_AT = field(name("posts", "published_at"), SQLDataType.BIGINT);
    static final Field<Long> POSTS_DELETED_AT = field(name("posts", "deleted_at"), SQLDataType.BIGINT);

    static final Table<?> COMMENTS = table(name("comments"));
    static final Field<Long> COMMENTS_ID = field(name("comments", "id"), SQLDataType.BIGINT);
    static final Field<Long> COMMENTS_POST_ID = field(name("comments", "post_id"), SQLDataType.BIGINT);
    static final Field<Long> COMMENTS_AUTHOR_ID = field(name("comments", "author_id"), SQLDataType.BIGINT);
    static final Field<String> COMMENTS_BODY = field(name("comments", "body"), SQLDataType.VARCHAR);

    private final DSLContext ctx;

    public Jooq(String url, boolean seed) {
        // jOOQ 3.19 on SQLite reads the id with its own SELECT ... WHERE _rowid_ = last_insert_rowid() and
        // never calls getGeneratedKeys(): like sqlrecord's runtime, it is spared the driver's extra SELECT
        super(url, seed, GeneratedKeys.OFF);
        ctx = DSL.using(connection, SQLDialect.SQLITE);
    }

    @Override
    public Optional<Post> findPost(long id) {
        return findPost(ctx, id);
    }

    /** The point select, also run by {@link JooqOnPool} on its pool's context. */
    static Optional<Post> findPost(DSLContext ctx, long id) {
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
        return listComments(ctx, postId);
    }

    /** The list with a join, also run by {@link JooqOnPool}. */
    static List<ListCommentsRow> listComments(DSLContext ctx, long postId) {
        return ctx.select(COMMENTS_ID, COMMENTS_BODY, USERS_NAME.as("author_name"))
                .from(COMMENTS)
                .join(USERS)
                .on(USERS_ID.eq(COMMENTS_AUTHOR_ID))
                .where(COMMENTS_POST_ID.eq(postId))
                .orderBy(COMMENTS_ID)
                .fetch(mapping(ListCommentsRow::new));
    }

    @Override
    public long createPost(long authorId, String title, String body) {
        return ctx.insertInto(POSTS, POSTS_AUTHOR_ID, POSTS_TITLE, POSTS_BODY)
                .values(authorId, title, body)
                .returningResult(POSTS_ID)
                .fetchOne()
                .value1();
    }

    @Override
    public void insertPosts(List<NewPost> posts) {
        ctx.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            BatchBindStep batch = tx.batch(tx.insertInto(POSTS, POSTS_AUTHOR_ID, POSTS_TITLE, POSTS_BODY)
                    .values((Long) null, null, null));
            for (NewPost post : posts) {
                batch.bind(post.authorId(), post.title(), post.body());
            }
            batch.execute();
        });
    }

    @Override
    public int renameUser(long id, String name) {
        return ctx.update(USERS)
                .set(USERS_NAME, name)
                .set(USERS_UPDATED_AT, function("unixepoch", SQLDataType.BIGINT))
                .where(USERS_ID.eq(id))
                .execute();
    }
}
