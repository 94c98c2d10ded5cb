package dev.sqlrecord.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.LocalD1;
import dev.sqlrecord.runtime.migrations.Migrations;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code generated for the case {@code in_list_json}, run on SQLite and on the local D1 with the
 * same data and lists of 0, 1, 150 and 1500 elements: every method gives the same values on both,
 * including ORDER BY with LIMIT, NOT IN with GROUP BY and aggregates, enum, date and BigDecimal
 * lists, and one list bound twice.
 */
@Tag("d1")
@ExtendWith(LocalD1.class)
class InListGeneratedCodeTest {
    @TempDir
    Path temp;

    @Test
    void generatedListMethodsAnswerAlikeOnSqliteAndD1() throws Exception {
        Path dir = CaseTest.CASES.resolve("in_list_json");
        Path out = temp.resolve("generated");
        CheckResult result = new Checker()
                .check(new CheckRequest(
                        dir,
                        Path.of("migrations"),
                        Path.of("queries"),
                        List.of(),
                        CaseTest.PACKAGE,
                        out,
                        temp.resolve("model.json"),
                        Target.D1,
                        CaseTest.lints(dir)));
        assertTrue(
                result.diagnostics().stream().noneMatch(d -> d.severity() == dev.sqlrecord.checker.diag.Severity.ERROR),
                result.diagnostics().toString());
        Path classes = temp.resolve("classes");
        Compilation.compile(result.generatedFiles(), classes);
        try (URLClassLoader loader = new URLClassLoader(
                        new java.net.URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
                Database sqlite = Database.open("jdbc:sqlite::memory:");
                Database onD1 = LocalD1.get().freshDatabase()) {
            List<String> onSqlite = run(sqlite, dir, loader);
            assertEquals(onSqlite, run(onD1, dir, loader));
            assertTrue(onSqlite.stream().anyMatch(line -> line.contains("ItemsByCodesRow[id=2,")), onSqlite.toString());
        }
    }

    /** Fills the database, calls every generated method with each list, and writes down what they returned. */
    private static List<String> run(Database db, Path dir, ClassLoader loader) throws Exception {
        Migrations.fromDirectory(dir.resolve("migrations")).migrate(db);
        db.exec("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000) INSERT INTO items"
                + " SELECT x, 'Code' || x, CASE WHEN x % 3 = 0 THEN 'done' ELSE 'new' END, date('2024-01-01', '+' ||"
                + " (x % 10) || ' days'), x * 0.5, (x % 4) * 1.25 FROM c");
        Class<?> queries = Class.forName(CaseTest.PACKAGE + ".ItemsQueries", true, loader);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Enum> status = (Class<Enum>) Class.forName(CaseTest.PACKAGE + ".ItemsStatus", true, loader);
        Object repository = queries.getConstructor(Database.class).newInstance(db);
        List<String> results = new ArrayList<>();
        for (int size : new int[] {0, 1, 150, 1500}) {
            List<Long> ids = LongStream.range(0, size)
                    .map(i -> 2000 - 2 * i + (i % 7 == 0 ? 5000 : 0))
                    .boxed()
                    .toList();
            List<String> codes = ids.stream().map(i -> "CODE" + i).toList(); // NOCASE: 'Code<i>'
            List<Object> statuses = size == 0 ? List.of() : List.of(Enum.valueOf(status, "DONE"));
            List<LocalDate> days = LongStream.range(0, Math.min(size, 4))
                    .mapToObj(i -> LocalDate.of(2024, 1, 1).plusDays(i * 3))
                    .toList();
            List<BigDecimal> amounts = size == 0 ? List.of() : List.of(new BigDecimal("0"), new BigDecimal("2.50"));
            results.add(size + " byCodes " + call(repository, "itemsByCodes", codes, 5L));
            results.add(size + " byStatus " + call(repository, "countByStatus", statuses));
            results.add(size + " dueOn " + call(repository, "dueOn", days, amounts));
            results.add(size + " reprice " + call(repository, "repricePair", 9.5, ids));
        }
        return results;
    }

    private static Object call(Object repository, String name, Object... args) throws Exception {
        Method method = Arrays.stream(repository.getClass().getMethods())
                .filter(m -> m.getName().equals(name) && !GeneratedCase.isListForm(m))
                .findFirst()
                .orElseThrow();
        return method.invoke(repository, args);
    }
}
