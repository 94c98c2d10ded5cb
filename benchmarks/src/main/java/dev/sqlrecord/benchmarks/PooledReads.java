package dev.sqlrecord.benchmarks;

import java.util.List;

/**
 * The two read workloads of {@link Contender}, on a file database that many threads read at once
 * ({@link ThreadScaling}). Implementations are thread-safe: each call gets a connection of its own
 * from the contender's pool (or waits for the one connection, for sqlrecord opened with one).
 */
public interface PooledReads extends AutoCloseable {

    /** As {@link Contender#findPost}. */
    Object findPost(long id);

    /** As {@link Contender#listComments}. */
    List<?> listComments(long postId);

    /** Setup and verification only, never measured: a statement's first column of its first row. */
    Object queryScalar(String sql);

    @Override
    void close();
}
