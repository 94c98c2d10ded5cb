package dev.sqlrecord.benchmarks.contenders;

import dev.sqlrecord.benchmarks.PooledReads;
import dev.sqlrecord.benchmarks.Post;
import dev.sqlrecord.benchmarks.db.CommentsQueries;
import dev.sqlrecord.benchmarks.db.ListCommentsRow;
import dev.sqlrecord.benchmarks.db.PostsQueries;
import dev.sqlrecord.runtime.Database;
import java.util.List;
import java.util.Optional;

/**
 * {@link Sqlrecord}'s reads on a database opened either with its reader pool ({@code Database.open(url)}:
 * one writer and as many read connections as processors, at least 2) or with one connection for
 * every thread ({@code Database.open(url, 1)}, the behaviour before issue 22).
 */
public final class SqlrecordReads implements PooledReads {
    private final Database db;
    private final PostsQueries posts;
    private final CommentsQueries comments;

    /** {@code pooled}: {@code Database.open(url)}; otherwise {@code Database.open(url, 1)}. */
    public SqlrecordReads(String url, boolean pooled) {
        db = pooled ? Database.open(url) : Database.open(url, 1);
        posts = new PostsQueries(db);
        comments = new CommentsQueries(db);
    }

    @Override
    public Optional<Post> findPost(long id) {
        return posts.findPost(id);
    }

    @Override
    public List<ListCommentsRow> listComments(long postId) {
        return comments.listComments(postId);
    }

    @Override
    public Object queryScalar(String sql) {
        return db.one(sql, row -> row.getObject(1)).orElse(null);
    }

    @Override
    public void close() {
        db.close();
    }
}
