package dev.sqlrecord.runtime;

import java.util.Collections;
import java.util.List;

/** What each statement of a {@link Database#batch(List)} gave, in the order the statements were given. */
public final class BatchResults {
    private final List<? extends Statement<?>> statements;
    private final List<Object> results;

    BatchResults(List<? extends Statement<?>> statements, List<Object> results) {
        this.statements = statements;
        this.results = Collections.unmodifiableList(results);
    }

    public int size() {
        return results.size();
    }

    /** The result of {@code statement}, typed; it must appear exactly once in the batch. */
    public <R> R get(Statement<R> statement) {
        int found = -1;
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i) == statement) {
                if (found >= 0) {
                    throw new IllegalArgumentException("the statement appears more than once in the batch" + " (at "
                            + found + " and " + i + "); use get(index, statement)");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException("the statement is not part of this batch: " + statement);
        }
        return get(found, statement);
    }

    /** The result of the statement at {@code index}, typed by that statement. */
    @SuppressWarnings("unchecked")
    public <R> R get(int index, Statement<R> statement) {
        if (statements.get(index) != statement) {
            throw new IllegalArgumentException("statement " + index + " of the batch is not " + statement);
        }
        return (R) results.get(index);
    }

    /** The result at {@code index}: {@code Optional}, {@code List}, {@code Integer} or {@link ExecResult}. */
    public Object get(int index) {
        return results.get(index);
    }

    /** All results, in statement order. */
    public List<Object> asList() {
        return results;
    }
}
