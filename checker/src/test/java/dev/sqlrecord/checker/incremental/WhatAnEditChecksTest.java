package dev.sqlrecord.checker.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.checker.CheckRequest;
import dev.sqlrecord.checker.CheckResult;
import dev.sqlrecord.checker.Checker;
import dev.sqlrecord.checker.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edit re-checks only the query files it touches (docs/ARCHITECTURE.md §8), on the project of
 * {@link EditedProject}: 6 query files; Item is named by t001 and t004, Tag by t004.
 */
class WhatAnEditChecksTest {
    @TempDir
    Path base;

    @BeforeEach
    void checkOnce() throws IOException {
        new EditedProject(base, new Random(1), 6).write();
        assertEquals("0 kept, 6 checked; schema built", check());
    }

    private CheckRequest request() {
        return new CheckRequest(
                base,
                base.resolve(EditedProject.MIGRATIONS),
                base.resolve(EditedProject.QUERIES),
                List.of(base.resolve("src/main/java")),
                "com.example.db",
                base.resolve("target/generated"),
                base.resolve("target/sqlrecord/model.json"),
                Target.SQLITE);
    }

    private String check() throws IOException {
        IncrementalCheck incremental = IncrementalCheck.open(request(), List.of());
        CheckResult result = incremental.check(new Checker());
        assertFalse(result.hasErrors(), result.report());
        return incremental.keptCounts();
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = base.resolve(file);
        String text = Files.readString(path);
        Files.writeString(path, text.replace(from, to));
    }

    @Test
    void aQueryFileEditChecksThatFile() throws IOException {
        edit(EditedProject.QUERIES + "/t002.sql", "ORDER BY c.id", "ORDER BY c.name");

        assertEquals("5 kept, 1 checked; schema restored", check());
    }

    @Test
    void aJavaFileThatDeclaresNoRecordOrEnumIsNoChangeAtAll() throws IOException {
        edit(EditedProject.JAVA + "/Main.java", "public static void main", "static void main");

        assertTrue(IncrementalCheck.open(request(), List.of()).unchanged().isPresent());
    }

    @Test
    void aJavaFileThatDeclaresNoRecordUsedChecksNothing() throws IOException {
        // the word makes it a file the record scan parses, but it declares no record
        edit(
                EditedProject.JAVA + "/Main.java",
                "public static void main",
                "/** Keeps a record of nothing. */\n    public static void main");

        assertEquals("6 kept, 0 checked; schema kept", check());
    }

    @Test
    void aRecordEditChecksTheFilesThatNameIt() throws IOException {
        edit(EditedProject.JAVA + "/Item.java", "public record Item", "// moved a line down\npublic record Item");

        assertEquals("4 kept, 2 checked; schema restored", check());
    }

    @Test
    void aNewMigrationChecksEveryFile() throws IOException {
        Files.writeString(
                base.resolve(EditedProject.MIGRATIONS + "/0002_more.sql"),
                "CREATE TABLE more (id INTEGER PRIMARY KEY);\n");

        assertEquals("0 kept, 6 checked; schema built", check());
    }

    @Test
    void nothingChangedButAnOutputKeepsEveryFile() throws IOException {
        Files.delete(base.resolve("target/sqlrecord/model.json"));

        assertEquals("6 kept, 0 checked; schema kept", check());
    }

    @Test
    void aKeptResultThatCannotBeReadBackIsCheckedAgain() throws IOException {
        Path folder = base.resolve("target/sqlrecord/model.results-generate");
        Path damaged;
        try (var files = Files.list(folder)) {
            damaged = files.sorted().findFirst().orElseThrow();
        }
        Files.writeString(damaged, "{ not json");
        edit(EditedProject.QUERIES + "/t002.sql", "ORDER BY c.id", "ORDER BY c.name");

        assertEquals("4 kept, 2 checked; schema restored", check());
    }

    @Test
    void aKeptResultDamagedWhenNothingElseChangedIsCheckedAgain() throws IOException {
        Path folder = base.resolve("target/sqlrecord/model.results-generate");
        try (var files = Files.list(folder)) {
            Files.writeString(files.sorted().findFirst().orElseThrow(), "{ not json");
        }
        Files.delete(base.resolve("target/sqlrecord/model.json")); // an output changed: the check runs

        assertEquals("5 kept, 1 checked; schema restored", check());
    }

    @Test
    void anEditedGeneratedFileIsGeneratedAgain() throws IOException {
        Path generated = base.resolve("target/generated/com/example/db/T002Queries.java");
        String text = Files.readString(generated);
        Files.writeString(generated, "// edited by hand\n");

        assertEquals("6 kept, 0 checked; schema kept", check());
        assertEquals(text, Files.readString(generated));
    }
}
