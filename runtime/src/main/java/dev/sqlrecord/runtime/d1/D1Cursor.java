package dev.sqlrecord.runtime.d1;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.spi.Executor;

/**
 * A {@link dev.sqlrecord.runtime.Row} over one statement's rows from D1's {@code /raw} endpoint: arrays of values in
 * result-column order, so duplicate column names and numeric names keep their place. Getters
 * answer as the JDBC executor's do for the same stored values (see {@link D1Values}).
 */
final class D1Cursor implements Executor.RowCursor {
    private final JsonNode rows;
    private final String sql;
    private final int parameterCount;
    private int index = -1;
    private JsonNode row;

    D1Cursor(JsonNode rows, String sql, int parameterCount) {
        this.rows = rows;
        this.sql = sql;
        this.parameterCount = parameterCount;
    }

    @Override
    public boolean next() {
        if (index + 1 >= rows.size()) {
            row = null;
            return false;
        }
        row = rows.get(++index);
        return true;
    }

    @Override
    public long getLong(int column) {
        return D1Values.toLong(exact(nonNull(column, "getLongOrNull"), column));
    }

    @Override
    public Long getLongOrNull(int column) {
        JsonNode v = value(column);
        return v.isNull() ? null : D1Values.toLong(exact(v, column));
    }

    @Override
    public double getDouble(int column) {
        return D1Values.toDouble(nonNull(column, "getDoubleOrNull"));
    }

    @Override
    public Double getDoubleOrNull(int column) {
        JsonNode v = value(column);
        return v.isNull() ? null : D1Values.toDouble(v);
    }

    @Override
    public String getString(int column) {
        JsonNode v = value(column);
        return v.isNull() ? null : D1Values.toText(exact(v, column));
    }

    @Override
    public byte[] getBytes(int column) {
        JsonNode v = value(column);
        return v.isNull() ? null : D1Values.toBytes(exact(v, column));
    }

    @Override
    public Object getObject(int column) {
        JsonNode v = value(column);
        return v.isNull() ? null : D1Values.toObject(exact(v, column));
    }

    @Override
    public boolean isNull(int column) {
        return value(column).isNull();
    }

    @Override
    public SqlRecordException failure(String message) {
        return new SqlRecordException(message, sql, parameterCount, null);
    }

    private JsonNode value(int column) {
        if (row == null) {
            throw failure("no current row; call next() first");
        }
        if (column < 1 || column > row.size()) {
            throw failure("column " + column + " does not exist; the result has " + row.size() + " columns");
        }
        return row.get(column - 1);
    }

    private JsonNode nonNull(int column, String nullableGetter) {
        JsonNode v = value(column);
        if (v.isNull()) {
            throw unexpectedNull(column, nullableGetter);
        }
        return v;
    }

    /** Refuses a number D1 may have rounded: it reads integers beyond 2^53 through JavaScript doubles. */
    private JsonNode exact(JsonNode v, int column) {
        if (v.isNumber() && D1Values.isInexactInteger(v)) {
            throw failure("column " + column + " holds a whole number beyond 2^53 - 1 (" + D1Values.MAX_SAFE_INTEGER
                    + "), which D1's JSON cannot carry exactly (it goes through a JavaScript double, and the JSON does"
                    + " not say whether it was an INTEGER or a REAL). Generated queries read such integers exactly"
                    + " through their D1 form (docs/D1-EXACT-INTEGERS.md); this SQL has none. An INTEGER: select it as"
                    + " CAST(... AS TEXT), which getLong reads exactly; a REAL: read it with getDouble");
        }
        return v;
    }
}
