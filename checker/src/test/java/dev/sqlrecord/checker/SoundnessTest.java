package dev.sqlrecord.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sqlrecord.checker.diag.Severity;
import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.checker.schema.MigrationFiles;
import dev.sqlrecord.checker.schema.SchemaReader;
import dev.sqlrecord.checker.soundness.Arguments;
import dev.sqlrecord.checker.soundness.DataGenerator;
import dev.sqlrecord.checker.soundness.RowCounter;
import dev.sqlrecord.runtime.ConstraintViolationException;
import dev.sqlrecord.runtime.Database;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4's proof of soundness: every passing case folder's schema is filled with many seeded
 * database states ({@link DataGenerator}), every query runs through its generated code with seeded
 * arguments, and a value inferred non-null that comes back NULL, or one its Java type cannot hold
 * (the runtime's getters refuse it), fails the test naming the case, query, seed and state.
 * {@code :one} queries run through a {@link RowCounter}: one the model marks {@code atMostOneRow}
 * fails the test if its statement returns a second row, which its generated code never reads; one
 * not proven may return several, which the runtime refuses, as it must. One the model marks
 * {@code exactlyOneRow} fails the test if its statement returns no row.
 */
@Tag("soundness")
class SoundnessTest {
    private static final long SEED = Long.getLong("soundness.seed", 20_241_124L);
    private static final int STATES = Integer.getInteger("soundness.states", 8);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyPassingCase() throws IOException {
        try (Stream<Path> dirs = Files.list(CaseTest.CASES)) {
            return dirs
                    .filter(d -> Files.isDirectory(d.resolve("expected").resolve("java")))
                    .filter(d -> !d.getFileName().toString().startsWith("lint_"))
                    .sorted()
                    .toList()
                    .stream()
                    .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> run(dir)));
        }
    }

    private void run(Path dir) throws Exception {
        Path work = temp.resolve(dir.getFileName());
        Path out = work.resolve("generated");
        Path modelFile = work.resolve("model.json");
        Path records = dir.resolve("records");
        CheckResult result = new Checker()
                .check(new CheckRequest(
                        dir,
                        Path.of("migrations"),
                        Path.of("queries"),
                        Files.isDirectory(records) ? List.of(Path.of("records")) : List.of(),
                        CaseTest.PACKAGE,
                        out,
                        modelFile,
                        Target.SQLITE,
                        CaseTest.lints(dir)));
        if (result.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            return; // a failing case: nothing was generated to run
        }
        List<Path> sources = new ArrayList<>(result.generatedFiles());
        if (Files.isDirectory(records)) {
            try (Stream<Path> walk = Files.walk(records)) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        Path classes = work.resolve("classes");
        Compilation.compile(sources, classes);
        JsonNode model = JSON.readTree(Files.readString(modelFile, StandardCharsets.UTF_8));
        Path dbFile = work.resolve("db.sqlite");
        List<String> failures = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(
                        new java.net.URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
                Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dbFile)) {
            migrate(connection, dir.resolve("migrations"));
            SchemaModel schema = new SchemaReader(connection).read();
            Map<String, Boolean> uuidColumns = uuidColumns(model);
            DataGenerator generator = new DataGenerator(
                    schema,
                    SEED ^ dir.getFileName().toString().hashCode(),
                    (table, column) -> uuidColumns.containsKey(table + "." + column)
                            ? UUID.randomUUID().toString()
                            : null);
            Arguments arguments = new Arguments(SEED, loader);
            RowCounter counter = new RowCounter(connection);
            try (Database database = Database.open("jdbc:sqlite:" + dbFile);
                    Database counted = Database.of(counter.dataSource())) {
                Map<String, Object> repositories = new HashMap<>();
                Map<String, Object> countedRepositories = new HashMap<>();
                for (int state = 0; state < STATES; state++) {
                    generator.fill(connection);
                    for (JsonNode query : model.get("queries")) {
                        String where = dir.getFileName() + " "
                                + query.get("name").asText() + " (seed " + SEED + ", state " + state + ")";
                        counter.forget();
                        if (!query.get("kind").asText().equals("one")) {
                            runQuery(query, repositories, database, loader, arguments, where, failures, counter);
                            continue;
                        }
                        runQuery(query, countedRepositories, counted, loader, arguments, where, failures, counter);
                        if (query.get("atMostOneRow").asBoolean() && counter.rows() > 1) {
                            failures.add(where + ": proven to return at most one row, returned " + counter.rows() + ": "
                                    + counter.sql());
                        }
                        if (query.path("exactlyOneRow").asBoolean() && counter.rows() == 0) {
                            failures.add(where + ": proven to return exactly one row, returned none: " + counter.sql());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), failures.stream().distinct().limit(5).toList(), "unsound inference");
    }

    private static void runQuery(
            JsonNode query,
            Map<String, Object> repositories,
            Database database,
            ClassLoader loader,
            Arguments arguments,
            String where,
            List<String> failures,
            RowCounter counter)
            throws Exception {
        for (JsonNode field : query.path("fields")) {
            if (!field.get("codec").isNull() && field.get("codec").asText().equals("json")) {
                return; // @Json content is the user's shape, which a generator of SQL values cannot know
            }
        }
        String file = query.get("file").asText();
        String stem = Path.of(file).getFileName().toString().replaceFirst("\\.sql$", "");
        String owner = CaseTest.PACKAGE + "." + dev.sqlrecord.checker.analyze.ResultMapping.pascal(stem) + "Queries";
        Object repository = repositories.computeIfAbsent(owner, name -> newRepository(name, loader, database));
        Method method = Arrays.stream(repository.getClass().getMethods())
                .filter(m -> m.getName().equals(query.get("name").asText()))
                .findFirst()
                .orElseThrow();
        List<Object> args = new ArrayList<>();
        for (JsonNode param : query.get("params")) {
            if (isRecord(param.get("javaType").asText(), loader)) {
                return; // a parameter a '-- json:' line types: the user's shape, as for @Json components
            }
            args.add(arguments.of(
                    param.get("javaType").asText(), param.get("nullable").asBoolean()));
        }
        Object result;
        try {
            result = method.invoke(repository, args.toArray());
        } catch (InvocationTargetException e) {
            if (!(e.getCause() instanceof ConstraintViolationException)
                    && !refusedSecondRow(e.getCause(), counter)
                    && !refusedNonJson(e.getCause())) {
                failures.add(where + ": " + e.getCause());
            }
            return;
        }
        String kind = query.get("kind").asText();
        List<Object> rows = result instanceof Optional<?> one
                ? one.stream().map(o -> (Object) o).toList()
                : result instanceof Collection<?> many && kind.equals("many")
                        ? new ArrayList<>(many)
                        : kind.equals("one") ? Arrays.asList(result) : List.of();
        JsonNode columns = query.get("columns");
        for (Object row : rows) {
            check(row, query, columns, where, failures);
        }
    }

    /** Generated text that is not JSON, refused by generated code before it reached a JSON column. */
    private static boolean refusedNonJson(Throwable failure) {
        return String.valueOf(failure.getMessage()).contains("is bound to a JSON column but");
    }

    /** An unproven {@code :one} whose statement returned several rows: the runtime's check at work. */
    private static boolean refusedSecondRow(Throwable failure, RowCounter counter) {
        return counter.rows() > 1
                && String.valueOf(failure.getMessage()).startsWith("the query returned more than one row");
    }

    private static void check(Object row, JsonNode query, JsonNode columns, String where, List<String> failures)
            throws ReflectiveOperationException {
        if (row == null || !row.getClass().isRecord()) {
            if (row == null && !columns.get(0).get("nullable").asBoolean()) {
                failures.add(where + ": NULL in column '"
                        + columns.get(0).get("name").asText() + "' inferred non-null");
            }
            return;
        }
        RecordComponent[] components = row.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            JsonNode fields = query.path("fields");
            int column =
                    fields.isMissingNode() ? i + 1 : fields.get(i).get("column").asInt();
            JsonNode info = columns.get(column - 1);
            Object value = components[i].getAccessor().invoke(row);
            boolean optional = components[i].getType() == Optional.class;
            if (value == null && (optional || !info.get("nullable").asBoolean())) {
                failures.add(where + ": NULL in column '" + info.get("name").asText() + "' inferred non-null");
            }
        }
    }

    private static boolean isRecord(String javaType, ClassLoader loader) {
        String element = javaType.replaceAll("^java\\.util\\.(List|Set)<(.*)>$", "$2");
        try {
            return !element.contains(".")
                    ? false
                    : Class.forName(element, false, loader).isRecord();
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static Object newRepository(String name, ClassLoader loader, Database database) {
        try {
            return Class.forName(name, true, loader)
                    .getConstructor(Database.class)
                    .newInstance(database);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot create " + name, e);
        }
    }

    /** TEXT columns a record reads as UUID: the generator writes UUIDs there, as the user's data would hold. */
    private static Map<String, Boolean> uuidColumns(JsonNode model) {
        Map<String, Boolean> out = new HashMap<>();
        for (JsonNode query : model.get("queries")) {
            for (JsonNode field : query.path("fields")) {
                JsonNode column = query.get("columns").get(field.get("column").asInt() - 1);
                if (field.get("javaType").asText().contains("java.util.UUID")
                        && !column.get("table").isNull()) {
                    out.put(
                            column.get("table").asText() + "."
                                    + column.get("column").asText(),
                            true);
                }
            }
        }
        return out;
    }

    private static void migrate(Connection connection, Path migrations) throws Exception {
        try (Statement statement = connection.createStatement()) {
            // In the order the checker applies them: layouts (Flyway, Drizzle) order files their own way.
            for (Path file : MigrationFiles.detect(migrations).files()) {
                statement.executeUpdate(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
    }
}
