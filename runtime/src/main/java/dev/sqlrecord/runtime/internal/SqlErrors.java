package dev.sqlrecord.runtime.internal;

import dev.sqlrecord.runtime.CheckViolationException;
import dev.sqlrecord.runtime.ForeignKeyViolationException;
import dev.sqlrecord.runtime.LimitExceededException;
import dev.sqlrecord.runtime.NotNullViolationException;
import dev.sqlrecord.runtime.PrimaryKeyViolationException;
import dev.sqlrecord.runtime.SchemaException;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.SqlSyntaxException;
import dev.sqlrecord.runtime.SqlTimeoutException;
import dev.sqlrecord.runtime.UniqueViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an SQLite error (its message text and result code name) into the typed exception for it.
 * Both executors come here: sqlite-jdbc gives text and extended code separately, D1 gives one
 * string such as {@code UNIQUE constraint failed: users.email: SQLITE_CONSTRAINT (extended:
 * SQLITE_CONSTRAINT_UNIQUE)}, so the same failure is the same exception on both.
 */
public final class SqlErrors {
    private static final Pattern UNIQUE = Pattern.compile("^UNIQUE constraint failed: (.+)$");
    private static final Pattern NOT_NULL = Pattern.compile("^NOT NULL constraint failed: (.+)$");
    private static final Pattern CHECK = Pattern.compile("^CHECK constraint failed: (.+)$");
    private static final String FOREIGN_KEY = "FOREIGN KEY constraint failed";
    private static final Pattern SYNTAX =
            Pattern.compile("syntax error|^incomplete input|^unrecognized token|^near \"");
    private static final Pattern SCHEMA = Pattern.compile("^no such (table|column|index|view|trigger|function)"
            + "|has no column named|already exists|^wrong number of arguments to function"
            + "|columns but \\d+ values were supplied|^\\d+ values for \\d+ columns|^ambiguous column name");
    private static final Pattern LIMIT = Pattern.compile(
            "^too many SQL variables|^statement too long|^string or blob too big|^too many terms in compound SELECT"
                    + "|^LIKE or GLOB pattern too complex|^too many columns");
    /** The table a writing statement targets: INSERT/REPLACE INTO t, UPDATE [OR x] t, DELETE FROM t. */
    private static final Pattern TARGET = Pattern.compile(
            "^\\s*(?:(?:INSERT|REPLACE)(?:\\s+OR\\s+\\w+)?\\s+INTO|UPDATE(?:\\s+OR\\s+\\w+)?|DELETE\\s+FROM)\\s+"
                    + "((?:\"(?:[^\"]|\"\")*\"|`[^`]*`|\\[[^]]*]|[\\w$]+)(?:\\s*\\.\\s*(?:\"(?:[^\"]|\"\")*\"|`[^`]*`|\\[[^]]*]|[\\w$]+))?)",
            Pattern.CASE_INSENSITIVE);

    private SqlErrors() {}

    /**
     * @param text    SQLite's own message, without a result code
     * @param code    the (extended, if known) result code name, e.g. {@code SQLITE_CONSTRAINT_UNIQUE}, or null
     */
    public static SqlRecordException classify(
            String text, String code, String sql, int parameterCount, Throwable cause) {
        String reason = code == null ? text : text + " [" + code + "]";
        String c = code == null ? "" : code;
        Matcher m;
        if ((m = UNIQUE.matcher(text)).matches()) {
            Names names = Names.parse(m.group(1));
            return c.equals("SQLITE_CONSTRAINT_PRIMARYKEY")
                    ? new PrimaryKeyViolationException(
                            reason, sql, parameterCount, cause, names.table, names.columns, names.constraint)
                    : new UniqueViolationException(
                            reason, sql, parameterCount, cause, names.table, names.columns, names.constraint);
        }
        if ((m = NOT_NULL.matcher(text)).matches()) {
            Names names = Names.parse(m.group(1));
            return new NotNullViolationException(reason, sql, parameterCount, cause, names.table, names.columns, null);
        }
        if ((m = CHECK.matcher(text)).matches()) {
            return new CheckViolationException(
                    reason, sql, parameterCount, cause, targetTable(sql), List.of(), m.group(1));
        }
        if (text.startsWith(FOREIGN_KEY) || text.endsWith(FOREIGN_KEY)) {
            // D1 reports deferred violations at commit as "Durable Object was reset ...: FOREIGN KEY constraint failed"
            return new ForeignKeyViolationException(
                    reason, sql, parameterCount, cause, targetTable(sql), List.of(), null);
        }
        if (c.startsWith("SQLITE_BUSY") || c.startsWith("SQLITE_LOCKED")) {
            return new SqlTimeoutException(
                    reason + " (another connection held the lock longer than the busy timeout)",
                    sql,
                    parameterCount,
                    cause);
        }
        if (LIMIT.matcher(text).find() || c.startsWith("SQLITE_TOOBIG")) {
            return new LimitExceededException(reason, sql, parameterCount, cause);
        }
        if (SYNTAX.matcher(text).find()) {
            return new SqlSyntaxException(reason, sql, parameterCount, cause);
        }
        if (SCHEMA.matcher(text).find()) {
            return new SchemaException(reason, sql, parameterCount, cause);
        }
        return new SqlRecordException(reason, sql, parameterCount, cause);
    }

    /** The unquoted name of the table {@code sql} writes to, or null for other statements. */
    static String targetTable(String sql) {
        if (sql == null) {
            return null;
        }
        Matcher m = TARGET.matcher(sql);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1);
        int dot = lastDotOutsideQuotes(name);
        return unquote((dot < 0 ? name : name.substring(dot + 1)).trim());
    }

    private static int lastDotOutsideQuotes(String name) {
        int dot = -1;
        SqlLexer lexer = new SqlLexer(name);
        while (lexer.next()) {
            if (lexer.isSymbol('.')) {
                dot = lexer.start();
            }
        }
        return dot;
    }

    static String unquote(String name) {
        if (name.length() >= 2) {
            char first = name.charAt(0);
            char last = name.charAt(name.length() - 1);
            if ((first == '"' && last == '"') || (first == '`' && last == '`')) {
                String q = String.valueOf(first);
                return name.substring(1, name.length() - 1).replace(q + q, q);
            }
            if (first == '[' && last == ']') {
                return name.substring(1, name.length() - 1);
            }
        }
        return name;
    }

    /** {@code t.a, t.b} (SQLite's column list) or {@code index 'name'} (a unique index on expressions). */
    private record Names(String table, List<String> columns, String constraint) {
        static Names parse(String list) {
            String trimmed = list.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("index ")) {
                return new Names(null, List.of(), trimmed);
            }
            String table = null;
            List<String> columns = new ArrayList<>();
            for (String part : trimmed.split(",\\s*")) {
                int dot = part.indexOf('.');
                if (dot > 0) {
                    table = part.substring(0, dot);
                    columns.add(part.substring(dot + 1));
                } else {
                    columns.add(part);
                }
            }
            return new Names(table, columns, null);
        }
    }
}
