package dev.sqlrecord.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.grammar.SqliteOracle.Verdict;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The grammar accepts exactly what SQLite accepts: every statement of the corpus (written here,
 * one per line, under src/test/resources/corpus/valid and /invalid), every keyword in every
 * place a name can go, and mutants of the valid corpus, get the same verdict from
 * {@link SqlSyntax} as from SQLite itself (see {@link SqliteOracle} for how its errors are told
 * apart). The corpus files also say which verdict SQLite should give, which keeps them honest.
 */
class DifferentialTest {
    private static SqliteOracle sqlite;

    @BeforeAll
    static void open() throws Exception {
        sqlite = new SqliteOracle();
    }

    @AfterAll
    static void close() throws Exception {
        sqlite.close();
    }

    @TestFactory
    Stream<DynamicTest> corpusFile() throws IOException {
        return Corpus.files().stream()
                .map(file -> DynamicTest.dynamicTest(Corpus.name(file), () -> {
                    Verdict intended = file.getParent().getFileName().toString().equals("valid")
                            ? Verdict.ACCEPTED
                            : Verdict.REJECTED;
                    List<String> problems = new ArrayList<>();
                    for (String sql : Corpus.statements(file)) {
                        SqliteOracle.Answer answer = sqlite.check(sql);
                        if (answer.verdict() != intended) {
                            problems.add("corpus says " + intended + ", SQLite says " + answer.message() + ": " + sql);
                        }
                        problems.addAll(compare(sql, answer));
                    }
                    assertEquals(List.of(), problems);
                }));
    }

    @Test
    void corpusHasAtLeast1500Statements() throws IOException {
        int count = 0;
        for (Path file : Corpus.files()) {
            count += Corpus.statements(file).size();
        }
        assertTrue(count >= 1500, "corpus has " + count + " statements");
    }

    @Test
    void everyKeywordInEveryPlaceOfAName() {
        List<String> problems = new ArrayList<>();
        for (String sql : GeneratedStatements.keywordsAsNames()) {
            problems.addAll(compare(sql, sqlite.check(sql)));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void mutantsOfTheValidCorpus() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String sql : GeneratedStatements.mutants(Corpus.valid(), 20260501L)) {
            SqliteOracle.Answer answer = sqlite.check(sql);
            // Hand-written statements avoid SQLite's early stops; random edits cannot.
            if (!answer.inconclusive()) {
                problems.addAll(compare(sql, answer));
            }
        }
        assertEquals(List.of(), problems);
    }

    private static List<String> compare(String sql, SqliteOracle.Answer answer) {
        ParsedSql parsed = SqlSyntax.parse(sql);
        Verdict grammar = parsed.hasErrors() ? Verdict.REJECTED : Verdict.ACCEPTED;
        if (grammar == answer.verdict()) {
            return List.of();
        }
        String ours = parsed.hasErrors() ? parsed.errors().get(0).message() : "accepted";
        return List.of("SQLite: " + (answer.message().isEmpty() ? "accepted" : answer.message()) + " | grammar: " + ours
                + " | " + sql);
    }

    /** The statements of the corpus: one per line; blank lines and lines starting "# " are not. */
    static final class Corpus {
        static List<Path> files() throws IOException {
            try (Stream<Path> paths = Files.walk(root())) {
                return paths.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
            }
        }

        static List<String> valid() throws IOException {
            List<String> out = new ArrayList<>();
            for (Path file : files()) {
                if (file.getParent().getFileName().toString().equals("valid")) {
                    out.addAll(statements(file));
                }
            }
            return out;
        }

        static List<String> statements(Path file) throws IOException {
            return Files.readAllLines(file).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("# ") && !line.equals("#"))
                    .toList();
        }

        static String name(Path file) {
            return file.getParent().getFileName() + "/" + file.getFileName();
        }

        private static Path root() {
            try {
                return Path.of(DifferentialTest.class.getResource("/corpus").toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
