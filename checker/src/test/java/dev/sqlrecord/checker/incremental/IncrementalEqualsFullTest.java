package dev.sqlrecord.checker.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.checker.CheckRequest;
import dev.sqlrecord.checker.CheckResult;
import dev.sqlrecord.checker.Checker;
import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.lint.LintSettings;
import dev.sqlrecord.checker.model.QueryCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The incremental check can never give what a full check would not (docs/ARCHITECTURE.md §8): over
 * a random sequence of edits to a project (query files edited, added and removed, records and enums
 * edited, an unrelated Java file edited or broken, migrations added, options changed), after every
 * edit the incremental check's diagnostics, report, model files and generated sources are those of a
 * full check of the same project. Seeded: a failure names its seed and the edits that led to it;
 * {@code -Dincremental.seed=N} replays one.
 */
class IncrementalEqualsFullTest {
    private static final int EDITS = 12;

    @TempDir
    Path base;

    private Target target = Target.SQLITE;
    private LintSettings lints = LintSettings.DEFAULTS;

    @ParameterizedTest
    @ValueSource(longs = {20L, 21L, 5L})
    void everyIncrementalCheckEqualsAFullCheck(long defaultSeed) throws IOException {
        long seed = Long.getLong("incremental.seed", defaultSeed);
        Random random = new Random(seed);
        EditedProject project = new EditedProject(base, random, 6).write();
        List<String> edits = new ArrayList<>();
        int kept = 0;
        for (int step = 0; step <= EDITS; step++) {
            if (step > 0) {
                edits.add(random.nextInt(8) == 0 ? changeOptions(random) : project.edit());
            }
            String context = "seed " + seed + ", edits " + edits;
            IncrementalCheck incremental = IncrementalCheck.open(request("inc"), List.of());
            CheckResult result = incremental.check(new Checker());
            CheckResult full = new Checker().check(request("full"));
            assertEquals(full.diagnostics(), result.diagnostics(), context);
            assertEquals(full.report(), result.report(), context);
            assertEquals(full.queries(), result.queries(), context);
            assertEquals(outputs(project, "full"), outputs(project, "inc"), context);
            kept += Integer.parseInt(incremental.keptCounts().split(" ")[0]);
        }
        // The property holds trivially if nothing is ever kept: most files must have been.
        assertTrue(kept > EDITS * 2, "only " + kept + " results kept over " + EDITS + " edits (seed " + seed + ")");
    }

    /**
     * Query files checked on several threads give what one thread gives: the incremental check on
     * four threads (each on its own copy of the schema's database) against a full check on one,
     * over a project large enough to be shared out, through edits that re-check many files.
     */
    @ParameterizedTest
    @ValueSource(longs = {7L})
    void checksOnSeveralThreadsEqualOneThread(long seed) throws IOException {
        Random random = new Random(seed);
        EditedProject project = new EditedProject(base, random, 70).write();
        List<String> edits = new ArrayList<>();
        for (int step = 0; step <= 4; step++) {
            if (step > 0) {
                edits.add(project.edit());
            }
            String context = "seed " + seed + ", edits " + edits;
            CheckResult many = withThreads(
                    4, () -> IncrementalCheck.open(request("inc"), List.of()).check(new Checker()));
            CheckResult one = withThreads(1, () -> new Checker().check(request("full")));
            assertEquals(one.diagnostics(), many.diagnostics(), context);
            assertEquals(one.report(), many.report(), context);
            assertEquals(outputs(project, "full"), outputs(project, "inc"), context);
        }
    }

    private interface Check {
        CheckResult run() throws IOException;
    }

    private static CheckResult withThreads(int threads, Check check) throws IOException {
        System.setProperty("sqlrecord.threads", Integer.toString(threads));
        try {
            return check.run();
        } finally {
            System.clearProperty("sqlrecord.threads");
        }
    }

    /** The options every result depends on: the target, and a lint's level. */
    private String changeOptions(Random random) {
        if (random.nextBoolean()) {
            target = target == Target.SQLITE ? Target.D1 : Target.SQLITE;
            return "target " + target;
        }
        lints = lints == LintSettings.DEFAULTS
                ? LintSettings.of(Map.of("full-scan", "error"), List.of())
                : LintSettings.DEFAULTS;
        return "lints " + lints.levels().size();
    }

    private CheckRequest request(String side) {
        return new CheckRequest(
                base,
                base.resolve(EditedProject.MIGRATIONS),
                base.resolve(EditedProject.QUERIES),
                List.of(base.resolve("src/main/java")),
                "com.example.db",
                base.resolve("target/" + side + "/generated"),
                base.resolve("target/" + side + "/sqlrecord/model.json"),
                target,
                lints);
    }

    /** Every output file of one side, by its path within that side, with its content. */
    private Map<String, String> outputs(EditedProject project, String side) throws IOException {
        Path root = base.resolve("target/" + side);
        Map<String, String> files = new java.util.TreeMap<>();
        for (Path file : project.generatedFiles(root.resolve("generated"))) {
            files.put(root.relativize(file).toString(), Files.readString(file));
        }
        for (String model : List.of("model.json", QueryCatalog.QUERIES_FILE, QueryCatalog.STATEMENTS_FILE)) {
            Path file = root.resolve("sqlrecord").resolve(model);
            files.put(model, Files.exists(file) ? Files.readString(file) : "(none)");
        }
        return files;
    }
}
