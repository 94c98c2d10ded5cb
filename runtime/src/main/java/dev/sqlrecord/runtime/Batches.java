package dev.sqlrecord.runtime;

import dev.sqlrecord.runtime.spi.Executor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@link Database#batch(List)}: statements planned, run atomically, a failure located in the batch. */
final class Batches {
    private Batches() {}

    static BatchResults run(Calls calls, List<? extends Statement<?>> statements) {
        Objects.requireNonNull(statements, "statements");
        List<? extends Statement<?>> fixed = List.copyOf(statements);
        List<Executor.Operation> operations = new ArrayList<>(fixed.size());
        for (int i = 0; i < fixed.size(); i++) {
            try {
                operations.add(calls.operation(fixed.get(i)));
            } catch (SqlRecordException e) {
                e.locateInBatch(i, fixed.size());
                throw e;
            }
        }
        if (calls.listeners == null || operations.isEmpty()) {
            return run(calls, fixed, operations);
        }
        return calls.listeners.batch(fixed, operations, () -> run(calls, fixed, operations));
    }

    /** Runs the operations of {@code fixed}; a failure says which statement it was. */
    private static BatchResults run(
            Calls calls, List<? extends Statement<?>> fixed, List<Executor.Operation> operations) {
        List<Object> results;
        try {
            results = operations.isEmpty() ? List.of() : calls.executor.batch(operations);
        } catch (SqlRecordException e) {
            if (e.failedOperation >= 0) {
                e.locateInBatch(e.failedOperation, fixed.size());
            } else if (e.failedOperation == Executor.UNKNOWN_OPERATION) {
                e.locateInBatch(-1, fixed.size());
            }
            e.failedOperation = -1;
            if (e instanceof BatchAppliedException applied) {
                applied.attachResults(new BatchResults(fixed, merge(fixed, applied.operationResults)));
            }
            throw e.batchIndex() >= 0
                    ? calls.withValues(e, fixed.get(e.batchIndex()).params())
                    : e;
        }
        return new BatchResults(fixed, merge(fixed, results));
    }

    /** Each statement's result from its operation's; null for a statement whose rows failed to read. */
    private static List<Object> merge(List<? extends Statement<?>> statements, List<Object> results) {
        List<Object> merged = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            Object own = results.get(i);
            merged.add(own == null ? null : StatementPlan.result(statements.get(i), own));
        }
        return merged;
    }
}
