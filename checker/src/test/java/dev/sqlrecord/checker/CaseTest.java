package dev.sqlrecord.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.checker.lint.LintSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-to-end cases (docs/ARCHITECTURE.md §7, CONTRIBUTING.md): each folder under {@code src/test/resources/cases} holds
 * {@code migrations/}, {@code queries/}, optional {@code records/}, and {@code expected/}: the
 * generated Java (which must compile without warnings) and {@code model.json}, or
 * {@code diagnostics.txt} for a case that must fail. A passing case with warnings or info also has
 * its {@code diagnostics.txt}. Optional {@code target.txt} ({@code sqlite} or {@code d1}) and
 * {@code lints.properties} ({@code <code>=<level>} lines, {@code small-tables=a,b}) configure the
 * check. Folders named {@code lint_*} test lints only: their expectation is {@code diagnostics.txt}
 * alone, empty when the case must stay quiet. {@code -Dgolden.update=true} rewrites expectations;
 * {@code -Dcases=<prefix>} runs (and rewrites) only the cases whose names start with the prefix.
 */
public class CaseTest {
    /** The case folders, relative to the checker module (the testing module's tests resolve it from theirs). */
    public static final Path CASES = Path.of("src/test/resources/cases");

    public static final String PACKAGE = "com.example.db";
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final String ONLY = System.getProperty("cases", "");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs
                    .filter(Files::isDirectory)
                    .filter(d -> d.getFileName().toString().startsWith(ONLY))
                    .sorted()
                    .toList()
                    .stream()
                    .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> run(dir)));
        }
    }

    private void run(Path dir) throws IOException {
        boolean lintOnly = dir.getFileName().toString().startsWith("lint_");
        Path out = lintOnly ? null : temp.resolve(dir.getFileName()).resolve("generated");
        Path model = lintOnly ? null : temp.resolve(dir.getFileName()).resolve("model.json");
        Path records = dir.resolve("records");
        CheckResult result = new Checker()
                .check(new CheckRequest(
                        dir,
                        Path.of("migrations"),
                        Path.of("queries"),
                        Files.isDirectory(records) ? List.of(Path.of("records")) : List.of(),
                        PACKAGE,
                        out,
                        model,
                        target(dir),
                        lints(dir)));
        Path expected = dir.resolve("expected");
        if (lintOnly) {
            golden(expected.resolve("diagnostics.txt"), result.report());
            return;
        }
        if (result.hasErrors()) {
            golden(expected.resolve("diagnostics.txt"), result.report());
            assertTrue(
                    Files.notExists(expected.resolve("java")),
                    "case expects code but the check failed:\n" + result.report());
            return;
        }
        if (!result.report().isEmpty() || Files.exists(expected.resolve("diagnostics.txt"))) {
            if (UPDATE && result.report().isEmpty()) {
                Files.delete(expected.resolve("diagnostics.txt"));
            } else {
                golden(expected.resolve("diagnostics.txt"), result.report());
            }
        }
        golden(expected.resolve("model.json"), Files.readString(model, StandardCharsets.UTF_8));
        Map<String, String> generated = tree(out);
        if (UPDATE) {
            deleteTree(expected.resolve("java"));
        }
        for (Map.Entry<String, String> file : generated.entrySet()) {
            golden(expected.resolve("java").resolve(file.getKey()), file.getValue());
        }
        assertEquals(tree(expected.resolve("java")).keySet(), generated.keySet(), "generated files");
        List<Path> sources = new ArrayList<>();
        generated.keySet().forEach(k -> sources.add(out.resolve(k)));
        if (Files.isDirectory(records)) {
            try (Stream<Path> walk = Files.walk(records)) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        String warnings =
                Compilation.compile(sources, temp.resolve(dir.getFileName()).resolve("classes"));
        assertEquals("", warnings, "the generated code must compile without warnings");
    }

    private static Target target(Path dir) throws IOException {
        Path file = dir.resolve("target.txt");
        return Files.exists(file) ? Target.parse(Files.readString(file, StandardCharsets.UTF_8)) : Target.SQLITE;
    }

    public static LintSettings lints(Path dir) throws IOException {
        Path file = dir.resolve("lints.properties");
        if (Files.notExists(file)) {
            return LintSettings.DEFAULTS;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, String> levels = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> levels.put(k, properties.getProperty(k)));
        String small = levels.remove("small-tables");
        return LintSettings.of(levels, small == null ? List.of() : LintSettings.tableList(small));
    }

    private static void golden(Path file, String actual) throws IOException {
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(
                Files.exists(file),
                "missing " + file + "; run with -Dgolden.update=true to create it. Actual:\n" + actual);
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, file.toString());
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(
                        root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
