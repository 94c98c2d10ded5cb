package dev.sqlrecord.runtime.spi;

import java.util.ArrayList;
import java.util.List;

/** The elements of a bulk change ({@link Executor#updateEach}) as operations of one batch. */
public final class BulkOperations {
    private BulkOperations() {}

    /** One change operation of {@code sql} per element of {@code rows}, in order. */
    public static List<Executor.Operation> of(String sql, List<Object[]> rows, boolean wantsRowId) {
        List<Executor.Operation> operations = new ArrayList<>(rows.size());
        for (Object[] values : rows) {
            operations.add(new Executor.Operation(sql, values, null, wantsRowId));
        }
        return operations;
    }
}
