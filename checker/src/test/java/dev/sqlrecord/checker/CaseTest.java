package dev.sqlrecord.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-to-end cases of DESIGN §7: each folder under {@code src/test/resources/cases} holds
 * {@code migrations/}, {@code queries/}, optional {@code records/}, and {@code expected/}: the
 * generated Java (which must compile without warnings) and {@code model.json}, or
 * {@code diagnostics.txt} for a case that must fail. {@code -Dgolden.update=true} rewrites them.
 */
class CaseTest {
    static final Path CASES = Path.of("src/test/resources/cases");
    static final String PACKAGE = "com.example.db";
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream()
                    .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> run(dir)));
        }
    }

    private void run(Path dir) throws IOException {
        Path out = temp.resolve(dir.getFileName()).resolve("generated");
        Path model = temp.resolve(dir.getFileName()).resolve("model.json");
        Path records = dir.resolve("records");
        CheckResult result = new Checker().check(new CheckRequest(dir, Path.of("migrations"), Path.of("queries"),
                Files.isDirectory(records) ? List.of(Path.of("records")) : List.of(), PACKAGE, out, model, Target.SQLITE));
        Path expected = dir.resolve("expected");
        if (result.hasErrors()) {
            golden(expected.resolve("diagnostics.txt"), result.report());
            assertTrue(Files.notExists(expected.resolve("java")), "case expects code but the check failed:\n"
                    + result.report());
            return;
        }
        assertTrue(Files.notExists(expected.resolve("diagnostics.txt")),
                "case expects diagnostics but the check passed");
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
        String warnings = Compilation.compile(sources, temp.resolve(dir.getFileName()).resolve("classes"));
        assertEquals("", warnings, "the generated code must compile without warnings");
    }

    private static void golden(Path file, String actual) throws IOException {
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(file), "missing " + file + "; run with -Dgolden.update=true to create it. Actual:\n"
                + actual);
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, file.toString());
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
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
