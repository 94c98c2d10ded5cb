package dev.sqlrecord.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The README's Quick start is the integration test {@code src/it/quick-start}, file for file: each
 * file of that project must stand, unchanged, in the first code block after the README names its
 * path. So the steps a newcomer copies are the ones every build runs.
 */
class ReadmeQuickStartTest {
    private static final Path PROJECT = Path.of("src/it/quick-start");
    private static final List<String> NOT_IN_README = List.of("invoker.properties", "verify.groovy");

    @TestFactory
    Stream<DynamicTest> everyFileOfTheProjectIsInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String quickStart = readme.substring(readme.indexOf("## Quick start"), readme.indexOf("\n## Reference"));
        try (Stream<Path> files = Files.walk(PROJECT)) {
            return files
                    .filter(Files::isRegularFile)
                    .map(file -> PROJECT.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> !NOT_IN_README.contains(name))
                    .sorted()
                    .toList()
                    .stream()
                    .map(name -> DynamicTest.dynamicTest(
                            name,
                            () -> assertEquals(
                                    Files.readString(PROJECT.resolve(name), StandardCharsets.UTF_8)
                                            .replace("@project.version@", System.getProperty("project.version"))
                                            .strip(),
                                    blockAfter(quickStart, "`" + name + "`"),
                                    name)));
        }
    }

    /** The content of the first fenced code block after {@code mention}. */
    private static String blockAfter(String text, String mention) {
        int at = text.indexOf(mention);
        assertTrue(at >= 0, "the Quick start does not name " + mention);
        int open = text.indexOf("```", at);
        int start = text.indexOf('\n', open) + 1;
        int end = text.indexOf("\n```", start);
        return text.substring(start, end).strip();
    }
}
