package dev.sqlrecord.grammar;

import dev.sqlrecord.grammar.antlr.SQLiteLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;

/** Statements made by rule rather than written: for the differential and fuzz tests. */
final class GeneratedStatements {
    private GeneratedStatements() {}

    /** Words that look like keywords but are names to SQLite, tried alongside the keywords. */
    private static final List<String> NEAR_KEYWORDS = List.of("ROWID", "STRICT", "STORED", "WITHIN", "OID");

    /** Every place a name goes, KW standing for the name. */
    private static final List<String> NAME_PLACES = List.of(
            "CREATE TABLE KW(x)",
            "SELECT KW FROM t",
            "SELECT KW(1)",
            "SELECT a AS KW FROM t",
            "SELECT a KW FROM t",
            "SELECT * FROM t AS KW",
            "SELECT * FROM t KW",
            "SELECT * FROM t KW WHERE 1",
            "CREATE TABLE x1(KW)",
            "CREATE TABLE x1(KW INT)",
            "CREATE TABLE x2(a KW)",
            "CREATE TABLE x2(a INT KW)",
            "SELECT t.KW FROM t",
            "SELECT KW.a FROM t",
            "UPDATE t SET KW = 1",
            "INSERT INTO t(KW) VALUES(1)",
            "WITH KW AS (SELECT 1) SELECT * FROM KW",
            "SELECT * FROM KW",
            "PRAGMA KW",
            "PRAGMA KW = KW",
            "SELECT 1 COLLATE KW",
            "CREATE INDEX KW ON t(a)",
            "SELECT a FROM t ORDER BY KW",
            "SELECT a FROM t GROUP BY KW",
            "SELECT a FROM t WHERE KW = 1",
            "SELECT a FROM t WHERE a = KW",
            "SELECT sum(a) OVER KW FROM t WINDOW KW AS ()",
            "SELECT sum(a) OVER (KW) FROM t WINDOW KW AS ()",
            "SELECT sum(a) OVER w FROM t WINDOW w AS (KW)",
            "SAVEPOINT KW",
            "RELEASE KW",
            "ROLLBACK TO KW",
            "SELECT * FROM t1 JOIN t2 USING (KW)",
            "CREATE TABLE x3(a, CONSTRAINT KW CHECK(1))",
            "DROP TABLE KW",
            "ALTER TABLE t RENAME COLUMN KW TO z",
            "ALTER TABLE t ADD COLUMN KW INT",
            "ALTER TABLE t ADD KW INT",
            "ALTER TABLE t DROP KW",
            "SELECT CAST(a AS KW) FROM t",
            "CREATE VIEW KW AS SELECT 1",
            "CREATE TRIGGER KW AFTER INSERT ON t BEGIN SELECT 1; END",
            "CREATE TABLE x4(a DEFAULT KW)",
            "SELECT * FROM KW(1)",
            "SELECT a IN KW FROM t",
            "VACUUM KW",
            "DETACH KW",
            "ATTACH 'x' AS KW",
            "CREATE TABLE x5(a REFERENCES KW)",
            "CREATE TABLE x6(a) WITHOUT KW",
            "CREATE TABLE x6(a) KW",
            "SELECT * FROM t INDEXED BY KW",
            "DELETE FROM t AS KW",
            "UPDATE t AS KW SET a = 1",
            "INSERT INTO t AS KW VALUES(1,2,3,4,5)",
            "SELECT KW.* FROM t",
            "SELECT a FROM t ORDER BY a KW",
            "SELECT count(*) FILTER (WHERE KW) FROM t",
            "SELECT KW AND 1",
            "SELECT (KW)",
            "SELECT -KW",
            "SELECT 1 KW 2",
            "SELECT KW + 1 FROM t",
            "SELECT * FROM t WHERE a IN (KW)",
            "SELECT CASE KW WHEN 1 THEN 2 END",
            "CREATE INDEX x7 ON t(KW)",
            "CREATE TABLE x8(a, UNIQUE(KW))",
            "BEGIN TRANSACTION KW",
            "ANALYZE KW",
            "REINDEX KW",
            "SELECT main.KW.a FROM t",
            "CREATE TABLE x9(a KW(10))",
            "CREATE TABLE x10(a KW KW)",
            "SELECT a FROM t LIMIT KW",
            "SELECT a FROM t LIMIT 1 OFFSET KW",
            "CREATE TABLE x11(a CHECK(KW))",
            "SELECT * FROM t KW JOIN u",
            "SELECT * FROM t AS x KW JOIN u",
            "SELECT * FROM (SELECT 1) KW",
            "WITH c(KW) AS (SELECT 1) SELECT 1",
            "SELECT KW FROM t WHERE 1",
            "SELECT 1 WHERE KW",
            "INSERT INTO t VALUES(1,2,3,4,5) ON CONFLICT(KW) DO NOTHING",
            "SELECT f(KW)",
            "SELECT f(DISTINCT KW)",
            "CREATE TRIGGER x12 AFTER UPDATE OF KW ON t BEGIN SELECT 1; END",
            "SELECT KW(*)",
            "SELECT KW()",
            "CREATE VIRTUAL TABLE x13 USING KW(a)",
            "CREATE VIRTUAL TABLE x14 USING fts5(KW)");

    /** Each keyword (and near-keyword) of SQLite in each place of {@link #NAME_PLACES}. */
    static List<String> keywordsAsNames() {
        List<String> words = new ArrayList<>(keywords());
        words.addAll(NEAR_KEYWORDS);
        List<String> out = new ArrayList<>();
        for (String place : NAME_PLACES) {
            for (String word : words) {
                out.add(place.replace("KW", word));
            }
        }
        return out;
    }

    /** The lexer's keyword tokens, read from its vocabulary (TRUE and FALSE among them). */
    static List<String> keywords() {
        Vocabulary vocabulary = SQLiteLexer.VOCABULARY;
        List<String> out = new ArrayList<>();
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String literal = vocabulary.getLiteralName(type);
            if (literal != null && Character.isLetter(literal.charAt(1))) {
                out.add(literal.substring(1, literal.length() - 1));
            }
        }
        return out;
    }

    /** Tokens to insert or substitute: punctuation and a few keywords that change structure. */
    private static final List<String> SPARE = List.of(
            ",", "(", ")", ".", "*", "=", "AND", "NOT", "NULL", "SELECT", "FROM", "WHERE", "ON", "AS", "JOIN", "BY",
            "IN", "IS", "LIKE", "ESCAPE", "BETWEEN", "CASE", "END", "DEFAULT", "VALUES", "1", "'s'", "x", "?");

    /**
     * Each statement edited {@code perStatement} times at random (seeded): a token deleted,
     * doubled, swapped with the next, or replaced by a spare token.
     */
    static List<String> mutants(List<String> statements, long seed, int perStatement) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (String sql : statements) {
            List<? extends Token> tokens = tokens(sql);
            if (tokens.size() < 2) {
                continue;
            }
            for (int n = 0; n < perStatement; n++) {
                String mutant = mutate(sql, tokens, random);
                if (isOneStatement(mutant)) {
                    out.add(mutant);
                }
            }
        }
        return out;
    }

    static List<String> mutants(List<String> statements, long seed) {
        return mutants(statements, seed, 2);
    }

    static String mutate(String sql, List<? extends Token> tokens, Random random) {
        int i = random.nextInt(tokens.size());
        Token token = tokens.get(i);
        String before = sql.substring(0, token.getStartIndex());
        String text = token.getText();
        String after = sql.substring(token.getStopIndex() + 1);
        return switch (random.nextInt(4)) {
            case 0 -> before + after;
            case 1 -> before + text + " " + text + after;
            case 2 ->
                i + 1 < tokens.size()
                        ? before + tokens.get(i + 1).getText() + " " + text
                                + sql.substring(tokens.get(i + 1).getStopIndex() + 1)
                        : before + after;
            default -> before + SPARE.get(random.nextInt(SPARE.size())) + after;
        };
    }

    /**
     * SQLite's prepare reads only the first statement of a text, so a mutant whose ';' moved into
     * the middle would be judged on its first part alone: such mutants are left out.
     */
    private static boolean isOneStatement(String sql) {
        List<? extends Token> tokens = tokens(sql);
        int end = tokens.size();
        while (end > 0 && tokens.get(end - 1).getType() == SQLiteLexer.SCOL) {
            end--;
        }
        return tokens.subList(0, end).stream().noneMatch(t -> t.getType() == SQLiteLexer.SCOL)
                || sql.toUpperCase(java.util.Locale.ROOT).contains("TRIGGER");
    }

    /** The statement's tokens on the default channel, without EOF. */
    static List<? extends Token> tokens(String sql) {
        return new SQLiteLexer(CharStreams.fromString(sql))
                .getAllTokens().stream()
                        .filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL)
                        .toList();
    }
}
