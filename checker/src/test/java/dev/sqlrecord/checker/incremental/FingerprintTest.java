package dev.sqlrecord.checker.incremental;

import static dev.sqlrecord.checker.incremental.TestProject.MIGRATION;
import static dev.sqlrecord.checker.incremental.TestProject.QUERIES;
import static dev.sqlrecord.checker.incremental.TestProject.RECORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.checker.CheckRequest;
import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.lint.LintSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {
    @TempDir
    Path base;

    private TestProject project;

    private SortedMap<String, String> inputs(CheckRequest request) throws IOException {
        return Fingerprint.inputs(request, List.of());
    }

    /** The names of the entries that differ between two fingerprints. */
    private static Set<String> differing(Map<String, String> a, Map<String, String> b) {
        Set<String> names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        names.removeIf(name -> a.containsKey(name) && a.get(name).equals(b.get(name)));
        return names;
    }

    private interface Edit {
        void apply() throws IOException;
    }

    /** Applies {@code edit} to a fresh project and returns the entries it changed. */
    private Set<String> changedBy(Edit edit) throws IOException {
        project = new TestProject(Files.createTempDirectory(base, "p")).write();
        SortedMap<String, String> before = inputs(project.generate());
        edit.apply();
        return differing(before, inputs(project.generate()));
    }

    @Test
    void unchangedInputsGiveTheSameFingerprint() throws IOException {
        project = new TestProject(base).write();

        assertEquals(inputs(project.generate()), inputs(project.generate()));
    }

    @Test
    void eachInputFileIsAnEntryByContent() throws IOException {
        assertEquals(Set.of("migration " + MIGRATION), changedBy(() -> project.append(MIGRATION, "-- later\n")));
        assertEquals(Set.of("query " + QUERIES), changedBy(() -> project.append(QUERIES, "\n")));
        assertEquals(Set.of("source " + RECORD), changedBy(() -> project.append(RECORD, "// note\n")));
        assertEquals(
                Set.of("query src/main/sql/queries/admin/roles.sql"),
                changedBy(() -> project.write("src/main/sql/queries/admin/roles.sql", "")));
        // drizzle-kit's journal decides the order of the migrations
        assertEquals(
                Set.of("migration src/main/sql/migrations/meta/_journal.json"),
                changedBy(() -> project.write("src/main/sql/migrations/meta/_journal.json", "{\"entries\": []}")));
        assertEquals(Set.of("migration " + MIGRATION), changedBy(() -> Files.delete(project.base.resolve(MIGRATION))));
    }

    @Test
    void aSourceFileThatCannotDeclareARecordOrEnumCountsWithoutItsContent() throws IOException {
        String main = "src/main/java/com/acme/Main.java";
        project = new TestProject(base).write();
        project.write(main, "class Main {}\n");
        SortedMap<String, String> before = inputs(project.generate());

        project.write(main, "class Main { void broken( }\n");
        assertEquals(before, inputs(project.generate()));

        project.write(main, "class Main { enum Mode { A } }\n");
        assertEquals(Set.of("source " + main), differing(before, inputs(project.generate())));
    }

    /** A fingerprint that remembers its files' stamps, as a last check keeps it, taken at {@code taken}. */
    private LastCheck lastCheckAt(CheckRequest request, long taken) throws IOException {
        Map<String, String> stamps = new java.util.TreeMap<>();
        SortedMap<String, String> inputs = Fingerprint.inputs(request, List.of(), () -> null, stamps);
        return new LastCheck(inputs, new InputStamps(taken, stamps), Map.of(), "", List.of());
    }

    /** Rewrites {@code file} with other content of the same size and gives it back its modification time. */
    private void rewriteKeepingSizeAndTime(String file) throws IOException {
        Path path = project.base.resolve(file);
        FileTime time = Files.getLastModifiedTime(path);
        String text = Files.readString(path);
        project.write(file, text.replace("SELECT", "select"));
        Files.setLastModifiedTime(path, time);
        assertEquals(text.length(), Files.readString(path).length());
    }

    @Test
    void aFileAsTheLastFingerprintSawItLongBeforeIsNotReadAgain() throws IOException {
        project = new TestProject(base).write();
        CheckRequest request = project.generate();
        Path queries = base.resolve(QUERIES);
        Files.setLastModifiedTime(queries, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        LastCheck last = lastCheckAt(request, System.currentTimeMillis());

        rewriteKeepingSizeAndTime(QUERIES);

        // Same size, same time, modified long before the last fingerprint: its digest is taken from
        // there (docs/ARCHITECTURE.md §8); hashing every file would not have missed this rewrite.
        assertEquals(last.inputs(), Fingerprint.inputs(request, List.of(), () -> last, new java.util.TreeMap<>()));
        assertNotEquals(last.inputs(), inputs(request));
    }

    @Test
    void aFileModifiedJustBeforeTheLastFingerprintIsHashedAgain() throws IOException {
        project = new TestProject(base).write();
        CheckRequest request = project.generate();
        Path queries = base.resolve(QUERIES);
        long now = System.currentTimeMillis();
        Files.setLastModifiedTime(queries, FileTime.fromMillis(now - InputStamps.MARGIN_MILLIS / 2));
        LastCheck last = lastCheckAt(request, now);

        rewriteKeepingSizeAndTime(QUERIES);

        assertEquals(
                Set.of("query " + QUERIES),
                differing(
                        last.inputs(), Fingerprint.inputs(request, List.of(), () -> last, new java.util.TreeMap<>())));
    }

    @Test
    void anEditedFileIsHashedAgain() throws IOException {
        project = new TestProject(base).write();
        CheckRequest request = project.generate();
        Files.setLastModifiedTime(base.resolve(QUERIES), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        LastCheck last = lastCheckAt(request, System.currentTimeMillis());

        project.append(QUERIES, "-- one more line\n");

        assertEquals(
                Set.of("query " + QUERIES),
                differing(
                        last.inputs(), Fingerprint.inputs(request, List.of(), () -> last, new java.util.TreeMap<>())));
    }

    @Test
    void rewritingAFileWithTheSameContentIsNoChange() throws IOException {
        assertEquals(Set.of(), changedBy(() -> {
            project.write(QUERIES, Files.readString(project.base.resolve(QUERIES)));
            Files.setLastModifiedTime(project.base.resolve(QUERIES), FileTime.fromMillis(0));
        }));
    }

    @Test
    void filesTheCheckDoesNotReadAreNoInputs() throws IOException {
        assertEquals(Set.of(), changedBy(() -> {
            project.write("src/main/sql/migrations/README.md", "how we migrate");
            project.write("src/main/sql/queries/notes.txt", "not a query");
            project.write("src/main/java/com/acme/messages.properties", "a=b");
            project.write(TestProject.MODEL, "{}");
        }));
    }

    @Test
    void everyOptionIsAnEntry() throws IOException {
        project = new TestProject(base).write();
        CheckRequest g = project.generate();
        SortedMap<String, String> before = inputs(g);

        Map<String, CheckRequest> changed = Map.of(
                "option migrationsDir",
                        new CheckRequest(
                                base,
                                base.resolve("other"),
                                g.queriesDir(),
                                g.sourceRoots(),
                                g.packageName(),
                                g.outputDir(),
                                g.modelFile(),
                                g.target(),
                                g.lints()),
                "option queriesDir",
                        new CheckRequest(
                                base,
                                g.migrationsDir(),
                                base.resolve("other"),
                                g.sourceRoots(),
                                g.packageName(),
                                g.outputDir(),
                                g.modelFile(),
                                g.target(),
                                g.lints()),
                "option sourceRoots",
                        new CheckRequest(
                                base,
                                g.migrationsDir(),
                                g.queriesDir(),
                                List.of(),
                                g.packageName(),
                                g.outputDir(),
                                g.modelFile(),
                                g.target(),
                                g.lints()),
                "option packageName",
                        new CheckRequest(
                                base,
                                g.migrationsDir(),
                                g.queriesDir(),
                                g.sourceRoots(),
                                "com.other",
                                g.outputDir(),
                                g.modelFile(),
                                g.target(),
                                g.lints()),
                "option outputDir", project.checkOnly(),
                "option modelFile",
                        new CheckRequest(
                                base,
                                g.migrationsDir(),
                                g.queriesDir(),
                                g.sourceRoots(),
                                g.packageName(),
                                g.outputDir(),
                                base.resolve("model.json"),
                                g.target(),
                                g.lints()),
                "option target",
                        new CheckRequest(
                                base,
                                g.migrationsDir(),
                                g.queriesDir(),
                                g.sourceRoots(),
                                g.packageName(),
                                g.outputDir(),
                                g.modelFile(),
                                Target.D1,
                                g.lints()),
                "option lints", project.generate(LintSettings.of(Map.of("full-scan", "error"), List.of())));

        changed.forEach((entry, request) -> {
            try {
                Set<String> names = differing(before, inputs(request));
                assertTrue(names.contains(entry), entry + " not among " + names);
                names.removeIf(name -> name.startsWith("option "));
                // Moving a folder also moves the files in it, so they count too; nothing else does.
                names.removeIf(name ->
                        name.startsWith("migration ") || name.startsWith("query ") || name.startsWith("source "));
                assertEquals(Set.of(), names, entry);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        // A new option of CheckRequest must be added to the fingerprint, and to the cases above.
        Set<String> components = new TreeSet<>();
        Arrays.stream(CheckRequest.class.getRecordComponents()).forEach(c -> components.add("option " + c.getName()));
        components.remove("option baseDir");
        assertEquals(components, new TreeSet<>(changed.keySet()));
    }

    @Test
    void smallTablesAreAnOptionToo() throws IOException {
        project = new TestProject(base).write();
        CheckRequest g = project.generate();
        CheckRequest small = new CheckRequest(
                base,
                g.migrationsDir(),
                g.queriesDir(),
                g.sourceRoots(),
                g.packageName(),
                g.outputDir(),
                g.modelFile(),
                g.target(),
                LintSettings.of(Map.of(), List.of("users")));

        assertEquals(Set.of("option lints"), differing(inputs(g), inputs(small)));
    }

    @Test
    void theSameProjectElsewhereWrittenInAnotherOrderHasTheSameFingerprint() throws IOException {
        TestProject one = new TestProject(base.resolve("one")).write(List.of(MIGRATION, QUERIES, RECORD));
        TestProject two = new TestProject(base.resolve("elsewhere/two")).write(List.of(RECORD, QUERIES, MIGRATION));
        one.write("src/main/sql/queries/a.sql", "");
        one.write("src/main/sql/queries/z/b.sql", "");
        two.write("src/main/sql/queries/z/b.sql", "");
        two.write("src/main/sql/queries/a.sql", "");

        SortedMap<String, String> first = inputs(one.generate());
        assertEquals(first, inputs(two.generate()));
        assertEquals(List.copyOf(new TreeSet<>(first.keySet())), List.copyOf(first.keySet()));
    }

    @Test
    void theBuildOfTheCheckerAndOfItsCallerAreEntries() throws IOException {
        project = new TestProject(base).write();
        SortedMap<String, String> entries = Fingerprint.inputs(project.generate(), List.of(FingerprintTest.class));

        assertEquals(Runtime.version().toString(), entries.get("tool java"));
        Path testClasses = Path.of("target/test-classes").toAbsolutePath();
        assertTrue(entries.get("tool " + testClasses).matches("\\d+ files, newest modified \\d+"), entries.toString());
        assertTrue(
                entries.keySet().stream().anyMatch(k -> k.matches("tool .*sqlite-jdbc-[^/]*\\.jar")),
                entries.toString());
    }

    @Test
    void outputsAreEveryGeneratedFileAndTheModel() throws IOException {
        project = new TestProject(base).write();
        project.write(TestProject.OUTPUT + "/com/acme/db/UsersQueries.java", "class UsersQueries {}");
        project.write(TestProject.MODEL, "{}");

        SortedMap<String, String> outputs = Fingerprint.outputs(project.generate());

        String catalog = TestProject.MODEL.substring(0, TestProject.MODEL.lastIndexOf('/') + 1);
        Set<String> model = Set.of(
                "model " + TestProject.MODEL,
                "model " + catalog + "queries.json",
                "model " + catalog + "statements.json");
        Set<String> all = new HashSet<>(model);
        all.add("generated " + TestProject.OUTPUT + "/com/acme/db/UsersQueries.java");
        assertEquals(all, outputs.keySet());
        assertEquals(model, Fingerprint.outputs(project.checkOnly()).keySet());
        project.write(TestProject.MODEL, "{ }");
        assertNotEquals(outputs, Fingerprint.outputs(project.generate()));
        // a query catalog written, then deleted, is an output that changed: the next build checks again
        project.write(catalog + "queries.json", "{}");
        SortedMap<String, String> withCatalog = Fingerprint.outputs(project.generate());
        Files.delete(base.resolve(catalog + "queries.json"));
        assertNotEquals(withCatalog, Fingerprint.outputs(project.generate()));
    }
}
