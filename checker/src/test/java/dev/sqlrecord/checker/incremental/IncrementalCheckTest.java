package dev.sqlrecord.checker.incremental;

import static dev.sqlrecord.checker.incremental.TestProject.MODEL;
import static dev.sqlrecord.checker.incremental.TestProject.OUTPUT;
import static dev.sqlrecord.checker.incremental.TestProject.QUERIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.checker.CheckRequest;
import dev.sqlrecord.checker.CheckResult;
import dev.sqlrecord.checker.Checker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalCheckTest {
    @TempDir
    Path base;

    private TestProject project;

    @BeforeEach
    void writeProject() throws IOException {
        project = new TestProject(base).write();
    }

    private static IncrementalCheck open(CheckRequest request) throws IOException {
        return IncrementalCheck.open(request, List.of());
    }

    private static CheckResult check(CheckRequest request) throws IOException {
        return open(request).check(new Checker());
    }

    @Test
    void aCheckWithNothingChangedSinceIsSkippedWithItsReport() throws IOException {
        CheckResult result = check(project.generate());

        Optional<LastCheck> last = open(project.generate()).unchanged();

        assertTrue(last.isPresent());
        assertEquals(1, result.count(dev.sqlrecord.checker.diag.Severity.WARNING), result.report());
        assertEquals(ReportLine.of(result), last.get().report());
        assertEquals(
                "nothing changed since the last check (1 migration and 2 queries: 0 errors, 1 warning, 0 info); "
                        + "skipped",
                last.get().skippedSummary());
    }

    @Test
    void anEditedInputIsNamedAsTheChange() throws IOException {
        check(project.generate());
        project.append(QUERIES, "\n-- name: countUsers :one\nSELECT count(*) FROM users;\n");

        IncrementalCheck next = open(project.generate());

        assertFalse(next.unchanged().isPresent());
        assertEquals(List.of("query " + QUERIES), next.changes());
        assertEquals("query " + QUERIES, next.describeChanges());
        assertEquals(3, next.check(new Checker()).queries());
        assertTrue(open(project.generate()).unchanged().isPresent());
    }

    @Test
    void aDeletedOrEditedOutputIsAChange() throws IOException {
        check(project.generate());
        Path generated = base.resolve(OUTPUT + "/com/acme/db/UsersQueries.java");
        Files.delete(generated);

        assertEquals(
                List.of("generated " + OUTPUT + "/com/acme/db/UsersQueries.java"),
                open(project.generate()).changes());
        check(project.generate());
        assertTrue(Files.isRegularFile(generated), "the check writes it again");

        Files.writeString(base.resolve(MODEL), "{}");
        assertEquals(List.of("model " + MODEL), open(project.generate()).changes());
    }

    @Test
    void aCheckWithErrorsKeepsNoRecordSoTheNextBuildChecksAgain() throws IOException {
        check(project.generate());
        Path state = IncrementalCheck.stateFile(project.generate());
        assertTrue(Files.isRegularFile(state));
        String fine = Files.readString(base.resolve(QUERIES));
        project.append(QUERIES, "\n-- name: broken :many\nSELECT nmae FROM users;\n");

        assertTrue(check(project.generate()).hasErrors());

        assertFalse(Files.exists(state));
        project.write(QUERIES, fine);
        IncrementalCheck reverted = open(project.generate());
        assertFalse(reverted.unchanged().isPresent());
        assertNull(reverted.describeChanges(), "no last check to compare with");
    }

    @Test
    void checkingAndGeneratingKeepTheirOwnRecords() throws IOException {
        check(project.checkOnly());
        check(project.generate());

        assertEquals(
                base.resolve("target/sqlrecord/model.last-check.tsv"), IncrementalCheck.stateFile(project.checkOnly()));
        assertEquals(
                base.resolve("target/sqlrecord/model.last-generate.tsv"),
                IncrementalCheck.stateFile(project.generate()));
        assertTrue(open(project.checkOnly()).unchanged().isPresent());
        assertTrue(open(project.generate()).unchanged().isPresent());
    }

    @Test
    void anUnreadableRecordCountsAsNone() throws IOException {
        check(project.generate());
        Files.writeString(
                IncrementalCheck.stateFile(project.generate()), "sqlrecord last check, format 1\ninput\tbroken\n");

        assertFalse(open(project.generate()).unchanged().isPresent());
    }

    @Test
    void theRecordOfTheSameProjectElsewhereIsTheSameFile() throws IOException {
        TestProject other = new TestProject(base.resolve("elsewhere"))
                .write(List.of(TestProject.RECORD, QUERIES, TestProject.MIGRATION));
        check(project.generate());
        check(other.generate());

        // All but the times, which differ: the outputs' and the input files' stamps, and when the
        // fingerprint was taken (the two checks ran at different moments).
        assertEquals(
                withoutOutputs(IncrementalCheck.stateFile(project.generate())),
                withoutOutputs(IncrementalCheck.stateFile(other.generate())));
    }

    private static List<String> withoutOutputs(Path stateFile) throws IOException {
        return Files.readAllLines(stateFile).stream()
                .filter(line ->
                        !line.startsWith("output\t") && !line.startsWith("stamp\t") && !line.startsWith("taken\t"))
                .toList();
    }
}
