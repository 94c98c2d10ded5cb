package dev.sqlrecord.checker.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.checker.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which source files the record scan parses: only those that can declare a record or an enum, and not again while unchanged. */
class RecordScanTest {
    @TempDir
    Path temp;

    private static boolean may(String source) {
        return RecordScanner.mayDeclareTypes(source.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theWordsRecordAndEnumAnywhereMakeAFileACandidate() {
        assertTrue(may("public record User(long id) {}"));
        assertTrue(may("enum Color { RED }"));
        assertTrue(may("class A {\n  record Inner(int x) {}\n}"));
        // in a comment or a string too: when in doubt, the file is parsed
        assertTrue(may("class A { String s = \"a record\"; }"));
        assertTrue(may("// enum\nclass A {}"));
        assertTrue(may("class A {}record B(){}"));
        assertTrue(may("class A { int café; } enum"));
    }

    @Test
    void aUnicodeEscapeMakesAFileACandidate() {
        assertTrue(may("\\u0072ecord R(int x) {}"));
    }

    @Test
    void otherWordsThatContainThemDoNot() {
        assertFalse(may("class Main { int records; int enumValue; void recordIt() {} int $enum; }"));
        assertFalse(may("final class Main {\n    public static void main(String[] a) {}\n}\n"));
        assertFalse(may(""));
    }

    @Test
    void filesThatCannotDeclareAreNotParsedSoTheirSyntaxIsLeftToTheCompiler() throws IOException {
        Files.writeString(temp.resolve("Broken.java"), "class Broken { void m( }\n");
        Files.writeString(temp.resolve("User.java"), "public record User(long id, String name) {}\n");
        Diagnostics diagnostics = new Diagnostics();
        RecordScanner scanner = new RecordScanner(p -> temp.relativize(p).toString(), diagnostics);

        List<RecordInfo> records = scanner.scan(List.of(temp));

        assertEquals(
                List.of("User"), records.stream().map(RecordInfo::simpleName).toList());
        assertFalse(diagnostics.hasErrors(), diagnostics.report());

        Files.writeString(temp.resolve("Broken.java"), "enum Broken { A B }\n");
        scanner.scan(List.of(temp));
        assertTrue(diagnostics.hasErrors(), "a file that can declare an enum is parsed, and its error reported");
    }

    @Test
    void aFileParsedBeforeWithTheSameNameAndContentIsTakenFromTheCache() throws IOException {
        Files.writeString(temp.resolve("User.java"), "public record User(long id) {}\n");
        Files.writeString(temp.resolve("Broken.java"), "public record Broken(long id {}\n");
        Map<String, SourceScan> kept = new HashMap<>();
        SourceScan.Cache cache = new SourceScan.Cache() {
            @Override
            public SourceScan findScan(String key) {
                return kept.get(key);
            }

            @Override
            public void keepScan(String key, SourceScan scan) {
                kept.put(key, scan);
            }
        };
        RecordScanner scanner = new RecordScanner(p -> temp.relativize(p).toString(), new Diagnostics());

        scanner.scan(List.of(temp), cache);
        // a file with errors is parsed again every time: only User's scan is kept
        assertEquals(1, kept.size());
        String key = kept.keySet().iterator().next();
        assertTrue(key.startsWith("User.java "), key);

        // what the cache holds for that name and content is what the scan gives: javac did not read it
        RecordInfo planted = new RecordInfo("Planted", "User.java", 1, List.of());
        kept.put(key, new SourceScan(List.of(planted), List.of()));
        List<String> names = scanner.scan(List.of(temp), cache).stream()
                .map(RecordInfo::simpleName)
                .toList();
        assertEquals(List.of("Broken", "Planted"), names);

        Files.writeString(temp.resolve("User.java"), "public record User(long id, String name) {}\n");
        names = scanner.scan(List.of(temp), cache).stream()
                .map(RecordInfo::simpleName)
                .toList();
        assertEquals(List.of("Broken", "User"), names);
    }
}
