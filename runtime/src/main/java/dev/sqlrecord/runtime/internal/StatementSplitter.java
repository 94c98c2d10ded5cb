package dev.sqlrecord.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts an SQL script into statements the way wrangler does for {@code d1 migrations apply}: on
 * {@code ;} outside string literals, quoted identifiers and comments, keeping the body of
 * {@code CREATE TRIGGER ... BEGIN ...; ...; END} together. Comments between statements are dropped
 * (drizzle-kit's {@code --> statement-breakpoint} lines are such comments); statements that are
 * only comments disappear.
 *
 * <p>A trigger body ends at an {@code END} that directly follows a {@code ;} (SQLite requires each
 * statement in the body to end with one), so {@code CASE ... END} inside the body is no trouble.
 */
public final class StatementSplitter {
    private StatementSplitter() {}

    /** The statements of {@code script}, in order. */
    public static List<SqlStatement> split(String script) {
        return new Scan(script).run();
    }

    /**
     * Like {@link #split}, then drops one {@code BEGIN TRANSACTION} and, if it was there, a final
     * {@code COMMIT}: wrangler strips this wrapper (which {@code sqlite3 .dump} writes) because the
     * runner supplies the transaction itself.
     */
    public static List<SqlStatement> splitMigration(String script) {
        List<SqlStatement> statements = new ArrayList<>(split(script));
        for (int i = 0; i < statements.size(); i++) {
            if (normalized(statements.get(i)).equals("BEGIN TRANSACTION")) {
                statements.remove(i);
                int last = statements.size() - 1;
                if (last >= 0 && isCommit(normalized(statements.get(last)))) {
                    statements.remove(last);
                }
                break;
            }
        }
        return statements;
    }

    /** The first keyword of a statement, upper-cased ({@code ""} if it does not start with a word). */
    public static String firstKeyword(String statement) {
        int end = 0;
        while (end < statement.length() && SqlLexer.isWordChar(statement.charAt(end))) {
            end++;
        }
        return statement.substring(0, end).toUpperCase(Locale.ROOT);
    }

    private static boolean isCommit(String statement) {
        return statement.equals("COMMIT")
                || statement.equals("COMMIT TRANSACTION")
                || statement.equals("END")
                || statement.equals("END TRANSACTION");
    }

    private static String normalized(SqlStatement statement) {
        String sql = statement.sql();
        // only short statements can be transaction control; skip the regex for the rest
        return sql.length() > 40 ? "" : sql.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /** One pass over a script; holds the state of the statement being read. */
    private static final class Scan {
        private final String script;
        private final List<SqlStatement> statements = new ArrayList<>();
        private int start = -1; // offset where the current statement starts, -1 between statements
        private int words; // words read in the current statement, for the trigger prefix
        private boolean create; // the statement starts with CREATE (and may be a trigger)
        private boolean trigger; // the statement is CREATE [TEMP|TEMPORARY] TRIGGER
        private boolean inBody; // between the trigger's BEGIN and its END
        private boolean afterSemicolon; // the last token inside a trigger body was ';'
        private int lineOffset; // line counting is incremental: offset and line already counted
        private int line = 1;

        Scan(String script) {
            this.script = script;
        }

        List<SqlStatement> run() {
            SqlLexer lexer = new SqlLexer(script);
            while (lexer.next()) {
                switch (lexer.kind()) {
                    case WORD -> word(lexer.start(), lexer.end());
                    case COMMENT -> {
                        // comments belong to no statement unless inside one, where emit keeps them
                    }
                    default -> {
                        if (lexer.isSymbol(';')) {
                            semicolon(lexer.start());
                        } else {
                            token(lexer.start());
                        }
                    }
                }
            }
            if (start >= 0) {
                emit(script.length());
            }
            return statements;
        }

        private void token(int at) {
            if (start < 0) {
                start = at;
            }
            afterSemicolon = false;
        }

        private void word(int from, int to) {
            boolean closesBody = inBody && afterSemicolon && is(from, to, "END");
            token(from);
            words++;
            if (words <= 3) {
                readPrefix(from, to);
            }
            if (trigger && !inBody && is(from, to, "BEGIN")) {
                inBody = true;
            } else if (closesBody) {
                inBody = false;
            }
        }

        /** Recognizes {@code CREATE [TEMP|TEMPORARY] TRIGGER} from the first three words. */
        private void readPrefix(int from, int to) {
            if (words == 1) {
                create = is(from, to, "CREATE");
            } else if (create && !trigger) {
                if (is(from, to, "TRIGGER")) {
                    trigger = true;
                } else if (words == 3 || !(is(from, to, "TEMP") || is(from, to, "TEMPORARY"))) {
                    create = false;
                }
            }
        }

        private void semicolon(int at) {
            if (inBody) {
                afterSemicolon = true;
                return;
            }
            if (start >= 0) {
                emit(at);
            }
        }

        private void emit(int end) {
            String sql = script.substring(start, end).strip();
            statements.add(new SqlStatement(sql, lineAt(start)));
            start = -1;
            words = 0;
            create = false;
            trigger = false;
            inBody = false;
            afterSemicolon = false;
        }

        private int lineAt(int offset) {
            for (int i = lineOffset; i < offset; i++) {
                if (script.charAt(i) == '\n') {
                    line++;
                }
            }
            lineOffset = offset;
            return line;
        }

        private boolean is(int from, int to, String keyword) {
            return to - from == keyword.length() && script.regionMatches(true, from, keyword, 0, keyword.length());
        }
    }
}
