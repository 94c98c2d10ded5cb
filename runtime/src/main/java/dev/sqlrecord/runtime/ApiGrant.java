package dev.sqlrecord.runtime;

import dev.sqlrecord.runtime.internal.RuntimeAccess;
import java.util.function.Function;

/** What the API package hands the executors and the migration runner ({@link RuntimeAccess}). */
final class ApiGrant implements RuntimeAccess.Grant {
    @Override
    public int failedOperation(SqlRecordException failure) {
        return failure.failedOperation;
    }

    @Override
    public void failedOperation(SqlRecordException failure, int index) {
        failure.failedOperation = index;
    }

    @Override
    public void executeOnce(Database db, String sql) {
        db.executeOnce(sql);
    }

    @Override
    public <R> R transactionWithoutForeignKeys(Database db, Function<Database, R> work) {
        return db.transactionWithoutForeignKeys(work);
    }

    @Override
    public String restoreAdvice(Database db) {
        return db.restoreAdvice();
    }
}
