package dev.sqlrecord.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlLexerTest {

    private static List<String> tokens(String sql) {
        List<String> out = new ArrayList<>();
        SqlLexer lexer = new SqlLexer(sql);
        while (lexer.next()) {
            out.add(lexer.kind() + " " + lexer.text());
        }
        return out;
    }

    @Test
    void wordsLiteralsCommentsAndSymbols() {
        assertEquals(
                List.of(
                        "WORD SELECT",
                        "WORD x",
                        "QUOTED '0a'",
                        "SYMBOL ,",
                        "QUOTED 'it''s; ?'",
                        "SYMBOL ,",
                        "QUOTED \"a\"\"b\"",
                        "SYMBOL ,",
                        "QUOTED `c`",
                        "SYMBOL ,",
                        "QUOTED [d]",
                        "COMMENT -- e?",
                        "WORD FROM",
                        "COMMENT /* ; */",
                        "WORD t",
                        "SYMBOL ;"),
                tokens("SELECT x'0a', 'it''s; ?', \"a\"\"b\", `c`, [d] -- e?\nFROM /* ; */ t;"));
    }

    @Test
    void numbersAndQualifiedNamesAreWordsAroundSymbols() {
        assertEquals(
                List.of(
                        "WORD a",
                        "SYMBOL .",
                        "WORD b",
                        "SYMBOL =",
                        "WORD 1",
                        "SYMBOL .",
                        "WORD 5",
                        "SYMBOL ?",
                        "WORD 2",
                        "WORD é_$"),
                tokens(" a.b=1.5 ?2\té_$ "));
    }

    @Test
    void unterminatedTokensRunToTheEnd() {
        assertEquals(List.of("WORD a", "QUOTED 'b;"), tokens("a 'b;"));
        assertEquals(List.of("COMMENT /* c"), tokens("/* c"));
        assertEquals(List.of("QUOTED [d"), tokens("[d"));
        assertEquals(List.of(), tokens("  \n "));
    }

    @Test
    void positionsAndWordTests() {
        SqlLexer lexer = new SqlLexer("  end;");
        assertTrue(lexer.next());
        assertEquals(SqlLexer.Kind.WORD, lexer.kind());
        assertEquals("end", lexer.text());
        assertEquals(2, lexer.start());
        assertEquals(5, lexer.end());
        assertTrue(lexer.next());
        assertTrue(lexer.isSymbol(';'));
        assertFalse(lexer.next());
    }

    @Test
    void startsWithWriteLooksPastComments() {
        assertTrue(SqlLexer.startsWithWrite("-- note\n/* more */ insert INTO t VALUES (1)"));
        assertTrue(SqlLexer.startsWithWrite("REPLACE INTO t VALUES (1)"));
        assertFalse(SqlLexer.startsWithWrite("WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x"));
        assertFalse(SqlLexer.startsWithWrite("(SELECT 1)"));
        assertFalse(SqlLexer.startsWithWrite("-- only a comment"));
    }

    @Test
    void readsAreSelectValuesAndWithsThatWriteNothing() {
        assertTrue(SqlLexer.isRead("/* c */ select 1"));
        assertTrue(SqlLexer.isRead("VALUES (1), (2)"));
        assertTrue(SqlLexer.isRead("WITH x AS (SELECT 'insert') SELECT * FROM x"));
        assertFalse(SqlLexer.isRead("WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x RETURNING *"));
        assertFalse(SqlLexer.isRead("WITH x AS (SELECT replace('a', 'a', 'b')) SELECT * FROM x")); // cautious
        assertFalse(SqlLexer.isRead("INSERT INTO t VALUES (1) RETURNING id"));
        assertFalse(SqlLexer.isRead("PRAGMA table_info(t)"));
        assertFalse(SqlLexer.isRead("(SELECT 1)"));
        assertFalse(SqlLexer.isRead(""));
    }

    @Test
    void pragmaAssignedNamesThePragmaASettingChanges() {
        assertEquals("CASE_SENSITIVE_LIKE", SqlLexer.pragmaAssigned("PRAGMA case_sensitive_like = 1"));
        assertEquals("USER_VERSION", SqlLexer.pragmaAssigned("-- v\npragma main.user_version=3"));
        assertEquals("CACHE_SIZE", SqlLexer.pragmaAssigned("PRAGMA cache_size(100)"));
        assertEquals(null, SqlLexer.pragmaAssigned("PRAGMA foreign_keys"));
        assertEquals(null, SqlLexer.pragmaAssigned("SELECT 1 = 1"));
    }
}
