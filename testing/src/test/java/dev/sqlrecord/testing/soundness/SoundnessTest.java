package dev.sqlrecord.testing.soundness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlrecord.checker.CaseTest;
import dev.sqlrecord.checker.GeneratedCase;
import dev.sqlrecord.checker.schema.MigrationFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soundness of inference, shown on data: every passing case folder of the checker is filled
 * with many seeded states by the schema's row generator, and every query runs through its generated
 * code with arguments drawn from each state ({@link QuerySoundness}, which {@code test-schema}'s
 * {@code sound} property runs on the user's project). A value
 * inferred non-null that comes back NULL, one its Java type cannot hold, a second row of a query
 * proven to return at most one, a NOT NULL refusal of a generated write, a row-returning query that
 * never returns a row and a write that never succeeds all fail the case, naming query, seed and
 * state. The coverage (queries that returned rows, writes that succeeded) is printed at the end.
 * {@code -Dsoundness.seed} and {@code -Dsoundness.states} vary the run, {@code -Dsoundness.cases}
 * (prefixes, comma-separated) narrows it to some case folders.
 */
@Tag("soundness")
class SoundnessTest {
    private static final Path CASES = Path.of("..", "checker").resolve(CaseTest.CASES);
    private static final long SEED = Long.getLong("soundness.seed", 20_241_124L);
    private static final int STATES = Integer.getInteger("soundness.states", 8);
    /** Comma-separated prefixes of the case folders to run (all when empty): the mutation run's subset. */
    private static final List<String> ONLY =
            List.of(System.getProperty("soundness.cases", "").split(","));

    private static final AtomicInteger ROW_QUERIES = new AtomicInteger();
    private static final AtomicInteger WITH_ROWS = new AtomicInteger();
    private static final AtomicInteger WRITES = new AtomicInteger();
    private static final AtomicInteger CASE_COUNT = new AtomicInteger();

    /**
     * Queries no state can give a row, by case and name: each is a finding for the checker or the
     * generator rather than a weakness of the states or arguments, and the run fails if one starts
     * returning rows, so the list stays true.
     */
    private static final Map<String, Set<String>> NO_ROWS = Map.of(
            // LIMIT 0: the checker could say so (a query that never returns a row)
            "exactly_one_row_proofs", Set.of("countLimitedToNone"),
            // needs JSON objects holding the keys theme and kind with the argument's values; the
            // generator writes generic JSON into a JSON column
            "accepted_statements", Set.of("byTheme"),
            // the row generator leaves tables named _cf_* (D1's internal names) empty
            "migration_reserved_name_off", Set.of("setting"),
            // the row generator leaves virtual tables (here FTS5) empty; byMeta as byTheme above
            "params_fts_json_collate", Set.of("search", "byFtsTitle", "byColumnMatch", "byMeta"));

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyPassingCase() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs
                    .filter(d -> Files.isDirectory(d.resolve("expected").resolve("java")))
                    .filter(d -> !d.getFileName().toString().startsWith("lint_"))
                    .filter(d -> ONLY.stream().anyMatch(d.getFileName().toString()::startsWith))
                    .sorted()
                    .toList()
                    .stream()
                    .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> run(dir)));
        }
    }

    private void run(Path dir) throws Exception {
        String name = dir.getFileName().toString();
        QuerySoundness.Outcome outcome;
        try (GeneratedCase generated = GeneratedCase.of(dir, temp.resolve(name), Map.of())) {
            outcome = QuerySoundness.check(
                    project(generated), SEED ^ name.hashCode(), STATES, NO_ROWS.getOrDefault(name, Set.of()));
        }
        CASE_COUNT.incrementAndGet();
        ROW_QUERIES.addAndGet(outcome.rowQueries().size());
        WITH_ROWS.addAndGet(outcome.returnedRows().size());
        WRITES.addAndGet(outcome.writes().size());
        assertEquals(
                List.of(),
                outcome.failures().stream()
                        .map(QuerySoundness.Failure::message)
                        .distinct()
                        .limit(8)
                        .toList(),
                name + ": unsound inference or queries the generated states never exercise");
    }

    /** The case as the soundness run sees a project: its model, migrations and compiled classes. */
    private static QueryProject project(GeneratedCase generated) throws IOException {
        List<Path> migrations = MigrationFiles.detect(generated.migrations()).files();
        return new QueryProject() {
            @Override
            public Path model() {
                return generated.model();
            }

            @Override
            public Path base() {
                return generated.queries().getParent();
            }

            @Override
            public List<Path> migrationFiles() {
                return migrations;
            }

            @Override
            public Class<?> load(String name) throws ClassNotFoundException {
                return generated.load(name);
            }
        };
    }

    @AfterAll
    static void coverage() {
        System.out.printf(
                "soundness coverage: %d of %d row-returning queries returned rows, %d writes run, in %d cases"
                        + " (seed %d, %d states each)%n",
                WITH_ROWS.get(), ROW_QUERIES.get(), WRITES.get(), CASE_COUNT.get(), SEED, STATES);
    }
}
