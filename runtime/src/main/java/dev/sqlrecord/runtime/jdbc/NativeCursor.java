package dev.sqlrecord.runtime.jdbc;

import java.sql.SQLException;
import org.sqlite.core.Codes;
import org.sqlite.core.DB;
import org.sqlite.core.SafeStmtPtr;

/**
 * A row cursor on a sqlite-jdbc statement's native handle, made by {@link NativeStatements#query}
 * inside the statement's lock: it steps and reads columns with SQLite's own calls.
 */
final class NativeCursor extends AbstractCursor {
    private final DB db;
    private final SafeStmtPtr pointer;
    private final long handle;
    private final int columns;
    /** Whether the first step (the driver's, which also bound the values) found a row not yet taken. */
    private boolean firstRowWaiting;

    private boolean done;

    NativeCursor(DB db, SafeStmtPtr pointer, long handle, boolean firstRow, String sql, int parameterCount)
            throws SQLException {
        super(sql, parameterCount);
        this.db = db;
        this.pointer = pointer;
        this.handle = handle;
        this.columns = db.column_count(handle);
        this.firstRowWaiting = firstRow;
        this.done = !firstRow;
    }

    @Override
    boolean advance() throws SQLException {
        if (done) {
            // stepping a finished statement would run it again from the start
            return false;
        }
        if (firstRowWaiting) {
            firstRowWaiting = false;
            return true;
        }
        ensureOpen();
        int code = db.step(handle);
        if (code == Codes.SQLITE_ROW) {
            return true;
        }
        done = true;
        if (code != Codes.SQLITE_DONE) {
            db.throwex(code);
        }
        return false;
    }

    @Override
    long readLong(int column) throws SQLException {
        return db.column_long(handle, index(column));
    }

    @Override
    double readDouble(int column) throws SQLException {
        return db.column_double(handle, index(column));
    }

    @Override
    boolean readWasNull(int column) throws SQLException {
        return readIsNull(column);
    }

    @Override
    String readString(int column) throws SQLException {
        return db.column_text(handle, index(column));
    }

    @Override
    byte[] readBytes(int column) throws SQLException {
        return db.column_blob(handle, index(column));
    }

    @Override
    Object readObject(int column) throws SQLException {
        int index = index(column);
        return switch (db.column_type(handle, index)) {
            case Codes.SQLITE_INTEGER -> db.column_long(handle, index);
            case Codes.SQLITE_FLOAT -> db.column_double(handle, index);
            case Codes.SQLITE_BLOB -> db.column_blob(handle, index);
            case Codes.SQLITE_NULL -> null;
            default -> db.column_text(handle, index);
        };
    }

    @Override
    boolean readIsNull(int column) throws SQLException {
        return db.column_type(handle, index(column)) == Codes.SQLITE_NULL;
    }

    /** SQLite's 0-based index; SQLite itself would answer NULL for a column that does not exist. */
    private int index(int column) throws SQLException {
        ensureOpen();
        if (column < 1 || column > columns) {
            throw new SQLException("column " + column + " is out of range: the query returns " + columns
                    + (columns == 1 ? " column" : " columns"));
        }
        return column - 1;
    }

    /**
     * A mapper that closes the database frees the statement under the cursor; SQLite's calls on a freed
     * handle would crash the JVM, so every call checks first (one field read).
     */
    private void ensureOpen() throws SQLException {
        if (pointer.isClosed()) {
            throw new SQLException("the statement was closed while its rows were being read");
        }
    }
}
