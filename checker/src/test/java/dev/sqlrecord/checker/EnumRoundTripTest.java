package dev.sqlrecord.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sqlrecord.checker.roundtrip.EnumColumnQueries;
import dev.sqlrecord.checker.roundtrip.EnumRoundTrip;
import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.LocalD1;
import dev.sqlrecord.runtime.migrations.Migrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every enum of every passing case folder, generated or the user's, survives generated code: each
 * constant is written, read back and filtered by (alone, in an {@code IN} list, in a batch) through
 * a repository generated for the case's own schema and records, on SQLite and on a real local D1,
 * and is stored as the text the column's CHECK allows for it.
 */
@Tag("d1")
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
        List<String> failures = new ArrayList<>();
        try (GeneratedCase generated =
                GeneratedCase.of(dir, temp.resolve(dir.getFileName()), Map.of("enum_round_trip.sql", queries.sql()))) {
            Class<?> repository = generated.load("EnumRoundTripQueries");
            try (Database sqlite = Database.open("jdbc:sqlite:" + temp.resolve(dir.getFileName() + ".sqlite"))) {
                failures.addAll(roundTrip(sqlite, generated, repository, dir.getFileName() + " on SQLite", queries));
            }
            try (Database d1 = LocalD1.get().freshDatabase()) {
                failures.addAll(roundTrip(d1, generated, repository, dir.getFileName() + " on D1", queries));
            }
        }
        assertEquals(List.of(), failures, "enum constants that do not survive generated code");
    }

    private static List<String> roundTrip(
            Database database, GeneratedCase generated, Class<?> repository, String where, EnumColumnQueries queries)
            throws ReflectiveOperationException {
        Migrations.fromDirectory(generated.migrations()).migrate(database);
        return new EnumRoundTrip(database, repository, where).run(queries.columns(), queries.seeds());
    }
}
