package dev.sqlrecord.runtime.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The INSERTs whose list form may run several elements as one multi-row INSERT
 * (docs/MULTI-ROW-INSERTS.md): one VALUES row of parameters only, without RETURNING, upsert, OR
 * clause or CTE, into a table whose definition and triggers cannot skip a row. The check decides; a
 * generated {@code Query} registers its SQL when its class is initialised, and the JDBC executor
 * sends {@code INSERT ... VALUES (?, ?), (?, ?), ...} for 64 or 8 elements at a time. Each
 * element then writes exactly one row, as it would alone.
 */
public final class MultiRowInserts {
    /** Elements per statement, largest first: above 64 the gain flattens, and 8 takes most of the rest. */
    private static final int[] ROWS = {64, 8};

    /** Values per statement at most: SQLITE_MAX_VARIABLE_NUMBER before SQLite 3.32, the smallest any build has. */
    private static final int MAX_VALUES = 999;

    /** The statement's one VALUES row at its end: markers only. */
    private static final Pattern ROW = Pattern.compile("\\(\\s*\\?(\\s*,\\s*\\?)*\\s*\\)\\s*");

    private static final Map<String, MultiRowInsert> BY_SQL = new ConcurrentHashMap<>();

    private MultiRowInserts() {}

    /**
     * Records that {@code sql}, and {@code sql} followed by {@code comment} (how it is sent with
     * query comments), may run as multi-row INSERTs; a SQL not ending in a row of markers is left out.
     */
    public static void register(String sql, String comment) {
        int open = sql.lastIndexOf('(');
        if (open < 0 || !ROW.matcher(sql).region(open, sql.length()).matches()) {
            return;
        }
        String head = sql.substring(0, open);
        String row = sql.substring(open).strip();
        int values = (int) row.chars().filter(c -> c == '?').count();
        BY_SQL.putIfAbsent(sql, new MultiRowInsert(head, row, "", values));
        BY_SQL.putIfAbsent(sql + comment, new MultiRowInsert(head, row, comment, values));
    }

    /** The multi-row form of {@code sql}, or null when its elements run one by one. */
    public static MultiRowInsert of(String sql) {
        return BY_SQL.get(sql);
    }

    /** One registered INSERT: its text before the VALUES row, the row, and what follows it. */
    public static final class MultiRowInsert {
        private final String head;
        private final String row;
        private final String tail;
        private final int values;
        private final String[] sql = new String[ROWS.length];

        MultiRowInsert(String head, String row, String tail, int values) {
            this.head = head;
            this.row = row;
            this.tail = tail;
            this.values = values;
        }

        /** Elements to send in the next statement when {@code left} remain: 64, 8, or 1 (the plain statement). */
        public int rows(int left) {
            for (int rows : ROWS) {
                if (rows <= left && rows * values <= MAX_VALUES) {
                    return rows;
                }
            }
            return 1;
        }

        /** The statement for {@code rows} elements, one of {@link #rows}'s answers above 1. */
        public String sql(int rows) {
            int at = rows == ROWS[0] ? 0 : 1;
            String made = sql[at];
            if (made == null) {
                StringBuilder text = new StringBuilder(head.length() + rows * (row.length() + 2) + tail.length());
                text.append(head).append(row);
                for (int i = 1; i < rows; i++) {
                    text.append(", ").append(row);
                }
                made = text.append(tail).toString();
                sql[at] = made; // a race makes the same text twice, which is harmless
            }
            return made;
        }

        /** Values each element binds. */
        public int values() {
            return values;
        }
    }
}
