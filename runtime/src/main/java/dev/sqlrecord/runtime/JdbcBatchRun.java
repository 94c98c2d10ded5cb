package dev.sqlrecord.runtime;

import java.util.List;
import java.util.Locale;

/**
 * Which operations of a batch the JDBC executor may hand to sqlite-jdbc as one JDBC batch: a run of
 * the same INSERT, UPDATE, DELETE or REPLACE, each wanting only its change count. Other statements
 * run one by one, because a JDBC batch reports {@code sqlite3_changes()} as is (which repeats the
 * previous count after DDL) and fails on a statement that returns rows.
 */
final class JdbcBatchRun {
    private JdbcBatchRun() {
    }

    /** The end (exclusive) of the run that starts at {@code start}; {@code start + 1} when there is none. */
    static int end(List<Executor.Operation> operations, int start) {
        Executor.Operation first = operations.get(start);
        if (!isPlainChange(first) || !isDml(first.sql())) {
            return start + 1;
        }
        int end = start + 1;
        while (end < operations.size() && isPlainChange(operations.get(end))
                && operations.get(end).sql().equals(first.sql())) {
            end++;
        }
        return end;
    }

    private static boolean isPlainChange(Executor.Operation op) {
        return op.reader() == null && !op.wantsRowId();
    }

    private static boolean isDml(String sql) {
        int i = 0;
        while (i < sql.length()) {
            int after = SqlText.skipNonCode(sql, i);
            if (after != i) {
                i = after;
            } else if (Character.isWhitespace(sql.charAt(i))) {
                i++;
            } else {
                break;
            }
        }
        int end = i;
        while (end < sql.length() && SqlText.isWordChar(sql.charAt(end))) {
            end++;
        }
        String keyword = sql.substring(i, end).toUpperCase(Locale.ROOT);
        boolean change = keyword.equals("INSERT") || keyword.equals("UPDATE") || keyword.equals("DELETE")
                || keyword.equals("REPLACE");
        // crude but safe: a RETURNING anywhere (even inside a literal) only means no batching
        return change && !sql.toUpperCase(Locale.ROOT).contains("RETURNING");
    }
}
