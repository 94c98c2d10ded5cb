package dev.sqlrecord.benchmarks.contenders;

import dev.sqlrecord.benchmarks.Contender;
import dev.sqlrecord.benchmarks.Dataset;
import dev.sqlrecord.benchmarks.Post;
import dev.sqlrecord.benchmarks.db.BenchQueries;
import dev.sqlrecord.benchmarks.db.CommentsQueries;
import dev.sqlrecord.benchmarks.db.ListCommentsRow;
import dev.sqlrecord.benchmarks.db.PostsQueries;
import dev.sqlrecord.benchmarks.db.UsersQueries;
import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.migrations.Migrations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * sqlrecord as its README teaches it: {@code Database.open}, the migration runner, and the
 * repositories the plugin generated from the sample's query files (plus {@code bench.sql}'s
 * {@code insertPost :exec} for the bulk insert, which wants no ids, through its list form).
 */
public final class Sqlrecord implements Contender {
    private final Database db;
    private final PostsQueries posts;
    private final CommentsQueries comments;
    private final UsersQueries users;
    private final BenchQueries bench;

    public Sqlrecord(String url, boolean seed) {
        db = Database.open(url);
        if (seed) {
            Migrations.fromClasspath("migrations").migrate(db);
            db.inTransaction(tx -> Dataset.load((sql, rows) -> rows.forEach(row -> tx.exec(sql, row))));
        }
        posts = new PostsQueries(db);
        comments = new CommentsQueries(db);
        users = new UsersQueries(db);
        bench = new BenchQueries(db);
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
    public long createPost(long authorId, String title, String body) {
        return posts.createPost(authorId, title, body).lastInsertId();
    }

    /** The generated list form: one prepared statement stepped for each element, one transaction. */
    @Override
    public void insertPosts(List<NewPost> newPosts) {
        List<BenchQueries.InsertPostParams> rows = new ArrayList<>(newPosts.size());
        for (NewPost post : newPosts) {
            rows.add(new BenchQueries.InsertPostParams(post.authorId(), post.title(), post.body()));
        }
        bench.insertPost(rows);
    }

    @Override
    public int renameUser(long id, String name) {
        return users.renameUser(name, id);
    }

    @Override
    public Object queryScalar(String sql) {
        return db.one(sql, row -> row.getObject(1)).orElse(null);
    }

    @Override
    public void execute(String sql) {
        db.exec(sql);
    }

    @Override
    public void close() {
        db.close();
    }
}
