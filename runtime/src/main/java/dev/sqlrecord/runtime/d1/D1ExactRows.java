package dev.sqlrecord.runtime.d1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.internal.D1Forms;
import dev.sqlrecord.runtime.spi.Executor;

/**
 * The rows of a query D1 ran in its D1 form ({@link D1Forms}): each value as the query gave it,
 * except that an integer beyond 2^53 - 1 came as its decimal text, and one last column listing the
 * numbers of the columns (1-based, separated by spaces) where that happened in this row. That
 * column is what tells such an integer from text that really was there (docs/D1-EXACT-INTEGERS.md).
 * Decoding removes the last column and puts the integers back, exact.
 */
final class D1ExactRows {
    private D1ExactRows() {}

    /** The operation as sent to D1: its D1 form when a query has one, else itself. */
    static Executor.Operation sent(Executor.Operation op) {
        String d1Sql = op.reader() == null ? null : D1Forms.of(op.sql());
        return d1Sql == null ? op : new Executor.Operation(d1Sql, op.values(), op.reader(), op.wantsRowId());
    }

    /** Turns {@code rows} of a D1 form back into the query's own rows, in place; returns them. */
    static JsonNode decode(JsonNode rows, String sql, int parameterCount) {
        for (JsonNode row : rows) {
            ArrayNode values = (ArrayNode) row;
            if (values.isEmpty()) {
                throw malformed("a row without the column that marks exact integers", sql, parameterCount);
            }
            JsonNode marks = values.remove(values.size() - 1);
            if (!marks.isTextual()) {
                throw malformed("the column that marks exact integers holds " + marks, sql, parameterCount);
            }
            for (String mark : marks.textValue().trim().split(" +")) {
                if (!mark.isEmpty()) {
                    restore(values, mark, sql, parameterCount);
                }
            }
        }
        return rows;
    }

    private static void restore(ArrayNode values, String mark, String sql, int parameterCount) {
        try {
            int index = Integer.parseInt(mark) - 1;
            values.set(
                    index,
                    new D1Values.ExactInteger(Long.parseLong(values.get(index).textValue())));
        } catch (RuntimeException e) { // a bad number, a column that is not there, a value that is not text
            throw malformed("column " + mark + " is marked as an exact integer but is not one", sql, parameterCount);
        }
    }

    private static SqlRecordException malformed(String what, String sql, int parameterCount) {
        return new SqlRecordException(
                "D1's answer to the query's D1 form is not what the form gives: " + what, sql, parameterCount, null);
    }
}
