package dev.sqlrecord.checker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Work done on another thread, awaited: what it failed with is thrown on the awaiting thread as the
 * check's own failure would be (the schema's build, the model files, the query files' checks and
 * their kept results all run beside the check: docs/ARCHITECTURE.md §8, "A cold check").
 */
public final class Awaited {
    private Awaited() {}

    /**
     * The result of {@code task}; {@code doing} names the work for the messages ("writing the model").
     * An I/O or runtime failure is thrown as it was (an I/O one wrapped to cross a lambda, unwrapped);
     * one of SQLite as the check reports its database's.
     */
    public static <T> T get(Future<T> task, String doing) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + doing, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof SQLException sql) {
                throw new IOException("the in-memory SQLite database failed: " + sql.getMessage(), sql);
            }
            throw new IOException(doing + " failed: " + cause, cause);
        }
    }
}
