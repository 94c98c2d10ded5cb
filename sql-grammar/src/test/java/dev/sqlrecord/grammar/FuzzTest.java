package dev.sqlrecord.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 100,000 random and mutated inputs (seeded, so every run sees the same ones): the parser
 * answers each with a tree and syntax errors, never with an exception, and within 50 ms.
 */
@Tag("slow")
class FuzzTest {
    private static final int INPUTS = 100_000;
    private static final long LIMIT_NANOS = 50_000_000L;

    private static final String[] WORDS = {
        "SELECT",
        "FROM",
        "WHERE",
        "GROUP",
        "BY",
        "HAVING",
        "ORDER",
        "LIMIT",
        "OFFSET",
        "UNION",
        "ALL",
        "VALUES",
        "WITH",
        "RECURSIVE",
        "AS",
        "INSERT",
        "INTO",
        "REPLACE",
        "UPDATE",
        "SET",
        "DELETE",
        "CREATE",
        "TABLE",
        "INDEX",
        "VIEW",
        "TRIGGER",
        "BEGIN",
        "END",
        "ON",
        "CONFLICT",
        "DO",
        "NOTHING",
        "RETURNING",
        "JOIN",
        "LEFT",
        "NATURAL",
        "USING",
        "CASE",
        "WHEN",
        "THEN",
        "ELSE",
        "CAST",
        "NOT",
        "NULL",
        "IS",
        "IN",
        "LIKE",
        "ESCAPE",
        "BETWEEN",
        "AND",
        "OR",
        "EXISTS",
        "COLLATE",
        "OVER",
        "PARTITION",
        "FILTER",
        "WINDOW",
        "ROWS",
        "PRECEDING",
        "PRIMARY",
        "KEY",
        "CHECK",
        "DEFAULT",
        "REFERENCES",
        "GENERATED",
        "ALWAYS",
        "STRICT",
        "ROWID",
        "RAISE",
        "a",
        "b",
        "t",
        "u",
        "\"q\"",
        "[x]",
        "`y`",
        "1",
        "2.5",
        "0x1F",
        "1_000",
        "'s'",
        "x'00'",
        ":p",
        "?",
        "?2",
        "$v",
        "@w",
        "(",
        ")",
        ",",
        ";",
        ".",
        "*",
        "+",
        "-",
        "/",
        "%",
        "||",
        "->",
        "->>",
        "=",
        "==",
        "<>",
        "!=",
        "<",
        "<=",
        ">",
        ">=",
        "<<",
        ">>",
        "&",
        "|",
        "~",
        "--c\n",
        "/*c*/"
    };

    private static final String CHARS = "abcSELECT FROM()[]\"'`;,.*+-/%<>=!|&~?:@$#_019xX\n\t\u00e9\u4e2d\u0000\\{}^";

    @Test
    void parsesEveryInputQuicklyWithoutThrowing() throws IOException {
        Random random = new Random(20260503L);
        List<String> seeds = corpus();
        List<String> slow = new ArrayList<>();
        for (int n = 0; n < INPUTS; n++) {
            String input = switch (n % 4) {
                case 0 -> tokenSoup(random);
                case 1 -> characterSoup(random);
                default -> mutated(seeds.get(random.nextInt(seeds.size())), random);
            };
            if (fastest(input) > LIMIT_NANOS) {
                slow.add(input);
            }
        }
        assertEquals(List.of(), slow);
    }

    /**
     * The parse time of an input, taken as the fastest of up to five runs once the first is over the
     * limit: a garbage-collection pause or a busy machine is then not mistaken for a slow parse.
     */
    private static long fastest(String input) {
        long best = elapsed(input);
        for (int run = 1; run < 5 && best > LIMIT_NANOS; run++) {
            best = Math.min(best, elapsed(input));
        }
        return best;
    }

    private static long elapsed(String input) {
        long start = System.nanoTime();
        ParsedSql parsed = SqlSyntax.parse(input);
        long elapsed = System.nanoTime() - start;
        assertNotNull(parsed.tree(), input);
        for (SyntaxError error : parsed.errors()) {
            assertTrue(error.line() >= 1 && error.column() >= 1 && error.length() >= 1, input);
            assertNotNull(error.message(), input);
        }
        return elapsed;
    }

    private static String tokenSoup(Random random) {
        StringBuilder out = new StringBuilder();
        int length = 1 + random.nextInt(24);
        for (int i = 0; i < length; i++) {
            out.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(4) == 0 ? "" : " ");
        }
        return out.toString();
    }

    private static String characterSoup(Random random) {
        StringBuilder out = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            out.append(CHARS.charAt(random.nextInt(CHARS.length())));
        }
        return out.toString();
    }

    /** One to four edits: token edits as in the differential test, or a character inserted, dropped or repeated. */
    private static String mutated(String sql, Random random) {
        String out = sql;
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && !out.isEmpty(); i++) {
            int at = random.nextInt(out.length());
            out = switch (random.nextInt(4)) {
                case 0 -> out.substring(0, at) + CHARS.charAt(random.nextInt(CHARS.length())) + out.substring(at);
                case 1 -> out.substring(0, at) + out.substring(at + 1);
                case 2 -> out.substring(0, at) + out.substring(at, Math.min(out.length(), at + 6)) + out.substring(at);
                default -> {
                    var tokens = GeneratedStatements.tokens(out);
                    yield tokens.isEmpty() || !out.chars().allMatch(c -> c < 0x80)
                            ? out
                            : GeneratedStatements.mutate(out, tokens, random);
                }
            };
        }
        return out;
    }

    private static List<String> corpus() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path file : DifferentialTest.Corpus.files()) {
            out.addAll(DifferentialTest.Corpus.statements(file));
        }
        return out;
    }
}
