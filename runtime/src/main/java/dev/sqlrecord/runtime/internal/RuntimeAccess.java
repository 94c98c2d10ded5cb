package dev.sqlrecord.runtime.internal;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.SqlRecordException;
import java.util.function.Function;

/**
 * The few package-private members of the API package that the executors and the migration runner,
 * in packages of their own, need: which operation of a batch failed, and running a migration step
 * outside the statement cache, a transaction with foreign keys off, a restore point before migrating. Users have no business with either, so they are not public on
 * {@link SqlRecordException} or {@link Database}; the API package hands them over here instead, once,
 * when {@link Database} is initialized.
 */
public final class RuntimeAccess {
    /** What the API package grants. */
    public interface Grant {
        int failedOperation(SqlRecordException failure);

        void failedOperation(SqlRecordException failure, int index);

        void executeOnce(Database db, String sql);

        <R> R transactionWithoutForeignKeys(Database db, Function<Database, R> work);

        String restoreAdvice(Database db);
    }

    private static volatile Grant grant;

    private RuntimeAccess() {}

    /** Called by {@link Database}'s class initializer; a second grant is refused. */
    public static synchronized void install(Grant granted) {
        if (grant != null) {
            throw new IllegalStateException("the runtime's internal access is already granted");
        }
        grant = granted;
    }

    /**
     * The index of the batch operation {@code failure} came from, -1 when not set, or
     * {@link dev.sqlrecord.runtime.spi.Executor#UNKNOWN_OPERATION}.
     */
    public static int failedOperation(SqlRecordException failure) {
        return grant().failedOperation(failure);
    }

    /** Records which operation of a batch failed; see {@link dev.sqlrecord.runtime.spi.Executor#batch}. */
    public static void failedOperation(SqlRecordException failure, int index) {
        grant().failedOperation(failure, index);
    }

    /** Runs a one-off statement (a migration step) without taking a place in the statement cache. */
    public static void executeOnce(Database db, String sql) {
        grant().executeOnce(db, sql);
    }

    /** Runs {@code work} in a transaction with foreign keys off on its connection (a table rebuild). */
    public static <R> R transactionWithoutForeignKeys(Database db, Function<Database, R> work) {
        return grant().transactionWithoutForeignKeys(db, work);
    }

    /**
     * How to bring the database back to this moment, taken now ({@link
     * dev.sqlrecord.runtime.spi.Executor#restoreAdvice}); "" where the backend keeps no history.
     */
    public static String restoreAdvice(Database db) {
        return grant().restoreAdvice(db);
    }

    private static Grant grant() {
        Grant granted = grant;
        if (granted == null) {
            try {
                // an executor can run before anything touched Database (a test, say): initialize it now
                Class.forName(Database.class.getName(), true, Database.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            granted = grant;
        }
        return granted;
    }
}
