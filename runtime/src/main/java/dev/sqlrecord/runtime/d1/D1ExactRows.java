package dev.sqlrecord.runtime.d1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.internal.D1Forms;
import dev.sqlrecord.runtime.spi.Executor;

/**
 * The rows of a query D1 ran in its D1 form ({@link D1Forms}): each value as the query gave it,
 * except that an integer beyond 2^53 - 1 came as its decimal text, and one last column listing,
 * separated by spaces, the numbers of the columns (1-based) where that happened in this row
 * ({@code 2}) and of those of the form's columns that hold a REAL ({@code 2r}). That column is what
 * tells such an integer from text that really was there, and a whole REAL (whose JSON number 1
 * would read as an integer) from an integer (docs/D1-EXACT-INTEGERS.md). Decoding removes the last
 * column and gives each marked value its storage class back, exact.
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
            boolean real = mark.endsWith("r");
            int index = Integer.parseInt(real ? mark.substring(0, mark.length() - 1) : mark) - 1;
            JsonNode value = values.get(index);
            if (real && !value.isNumber()) {
                throw new IllegalArgumentException("not a number");
            }
            values.set(
                    index,
                    real
                            ? new D1Values.ExactReal(value.doubleValue())
                            : new D1Values.ExactInteger(Long.parseLong(value.textValue())));
        } catch (RuntimeException e) { // a bad number, a column that is not there, a value that is not text
            throw malformed(
                    "column " + mark + " is marked but its value is not what the mark says", sql, parameterCount);
        }
    }

    private static SqlRecordException malformed(String what, String sql, int parameterCount) {
        return new SqlRecordException(
                "D1's answer to the query's D1 form is not what the form gives: " + what, sql, parameterCount, null);
    }
}
