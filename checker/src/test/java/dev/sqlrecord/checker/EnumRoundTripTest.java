package dev.sqlrecord.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sqlrecord.checker.diag.Severity;
import dev.sqlrecord.checker.roundtrip.EnumColumnQueries;
import dev.sqlrecord.checker.roundtrip.EnumRoundTrip;
import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.LocalD1;
import dev.sqlrecord.runtime.Migrations;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every enum of every passing case folder, generated or the user's, survives generated code: each
 * constant is written, read back and filtered by (alone, in an {@code IN} list, in a batch) through
 * a repository generated for the case's own schema and records, on SQLite and on a real local D1,
 * and is stored as the text the column's CHECK allows for it.
 */
@ExtendWith(LocalD1.class)
class EnumRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyEnumOfEveryCase() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(CaseTest.CASES)) {
            for (Path dir : dirs.sorted().toList()) {
                Path model = dir.resolve("expected/model.json");
                if (!Files.isDirectory(dir.resolve("expected/java")) || Files.notExists(model)) {
                    continue;
                }
                EnumColumnQueries queries = EnumColumnQueries.of(JSON.readTree(Files.readString(model)));
                if (!queries.columns().isEmpty()) {
                    tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> run(dir, queries)));
                }
            }
        }
        assertFalse(tests.isEmpty(), "no case folder has a CHECK IN column");
        return tests.stream();
    }

    private void run(Path dir, EnumColumnQueries queries) throws Exception {
        Path work = temp.resolve(dir.getFileName());
        copy(dir, work);
        Files.writeString(work.resolve("queries/enum_round_trip.sql"), queries.sql(), StandardCharsets.UTF_8);
        Path out = work.resolve("generated");
        boolean records = Files.isDirectory(work.resolve("records"));
        CheckResult result = new Checker().check(new CheckRequest(work, Path.of("migrations"), Path.of("queries"),
                records ? List.of(Path.of("records")) : List.of(), CaseTest.PACKAGE, out, work.resolve("model.json"),
                Target.SQLITE, CaseTest.lints(dir)));
        assertEquals(List.of(), result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                .map(Object::toString).toList(), "the round-trip queries do not check:\n" + queries.sql());
        List<Path> sources = new ArrayList<>(result.generatedFiles());
        if (records) {
            try (Stream<Path> walk = Files.walk(work.resolve("records"))) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        Path classes = work.resolve("classes");
        Compilation.compile(sources, classes);
        List<String> failures = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Class<?> repository = Class.forName(CaseTest.PACKAGE + ".EnumRoundTripQueries", true, loader);
            try (Database sqlite = Database.open("jdbc:sqlite:" + work.resolve("db.sqlite"))) {
                failures.addAll(roundTrip(sqlite, work, repository, dir.getFileName() + " on SQLite", queries));
            }
            try (Database d1 = LocalD1.get().freshDatabase()) {
                failures.addAll(roundTrip(d1, work, repository, dir.getFileName() + " on D1", queries));
            }
        }
        assertEquals(List.of(), failures, "enum constants that do not survive generated code");
    }

    private static List<String> roundTrip(Database database, Path work, Class<?> repository, String where,
                                          EnumColumnQueries queries) throws ReflectiveOperationException {
        Migrations.fromDirectory(work.resolve("migrations")).migrate(database);
        return new EnumRoundTrip(database, repository, where).run(queries.columns());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(p -> !from.relativize(p).startsWith("expected")).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
