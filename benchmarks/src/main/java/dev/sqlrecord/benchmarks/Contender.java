package dev.sqlrecord.benchmarks;

import java.util.List;

/**
 * The workloads, each contender through its own API written the way its documentation recommends.
 * Every contender runs on one sqlite-jdbc connection opened with the same settings as sqlrecord's
 * {@code Database.open} (see {@link SqliteConnections}), kept for the whole trial.
 */
public interface Contender extends AutoCloseable {

    /** Point select by primary key: one post, 7 columns, two of them nullable. */
    Object findPost(long id);

    /** 100 rows with a join: a post's comments with their authors' names. */
    List<?> listComments(long postId);

    /** Insert one row and return its generated id. */
    long createPost(long authorId, String title, String body);

    /** Insert every post in one transaction; no ids wanted. */
    void insertPosts(List<NewPost> posts);

    /** Update by primary key; returns the rows changed. */
    int renameUser(long id, String name);

    /** Setup and verification only, never measured: a statement's first column of its first row. */
    Object queryScalar(String sql);

    /** Setup and cleanup only, never measured: runs one statement. */
    void execute(String sql);

    @Override
    void close();

    /** A post to insert. */
    record NewPost(long authorId, String title, String body) {}
}
