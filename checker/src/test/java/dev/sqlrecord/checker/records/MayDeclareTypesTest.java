package dev.sqlrecord.checker.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.checker.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which source files the record scan parses: only those that can declare a record or an enum. */
class MayDeclareTypesTest {
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
}
