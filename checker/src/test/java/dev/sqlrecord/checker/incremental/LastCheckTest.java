package dev.sqlrecord.checker.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sqlrecord.checker.diag.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastCheckTest {
    @TempDir
    Path temp;

    @Test
    void readsBackWhatItWroteTabsAndBackslashesIncluded() throws IOException {
        LastCheck written = new LastCheck(
                Map.of(
                        "query src/main/sql/queries/b.sql",
                        "ab12",
                        "option packageName",
                        "com.acme.db",
                        "source src/odd\tname\\x.java",
                        "cd34"),
                Map.of("model target/sqlrecord/model.json", "120 bytes, modified 2024-05-01T10:00:00Z"),
                "1 migration and 2 queries: 0 errors, 1 warning, 0 info",
                List.of(
                        new ReportLine(Severity.WARNING, "q.sql:2:3: warning: [full-scan] full scan of users"),
                        new ReportLine(Severity.WARNING, "    2 | SELECT\tid FROM users WHERE name = '\\n'")));
        Path file = temp.resolve("target/sqlrecord/model.last-generate.tsv");

        written.write(file);

        assertEquals(written, LastCheck.read(file));
        List<String> lines = Files.readAllLines(file);
        assertEquals("input\toption packageName\tcom.acme.db", lines.get(2), "sorted by name, one a line");
        assertEquals("input\tsource src/odd\\tname\\\\x.java\tcd34", lines.get(4));
    }

    @Test
    void aMissingOrForeignFileIsNoRecord() throws IOException {
        Path file = temp.resolve("model.last-generate.tsv");
        assertNull(LastCheck.read(file));

        Files.writeString(file, "sqlrecord last check, format 0\ncounts\tx\n");
        assertNull(LastCheck.read(file));

        Files.writeString(file, "sqlrecord last check, format 1\ninput\tonly a name\n");
        assertNull(LastCheck.read(file));
    }
}
