package dev.sqlrecord.testing.soundness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sqlrecord.runtime.Database;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The soundness run of a checked project ({@link QueryProject}): its migrations applied to an
 * in-memory SQLite, then for each of many states ({@link States}) every query run through its
 * generated method ({@link QueryRun}), reads before writes, with arguments drawn from the state.
 * Our own soundness test runs it on the checker's case folders; {@code test-schema}'s {@code sound}
 * property on the user's project.
 */
public final class QuerySoundness {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What the run found.
     *
     * @param failures     every failure, in the order found
     * @param rowQueries   the row-returning queries, by name
     * @param returnedRows those that returned a row in some state
     * @param writes       the other queries (INSERT, UPDATE, DELETE without RETURNING)
     */
    public record Outcome(
            List<Failure> failures, Set<String> rowQueries, Set<String> returnedRows, Set<String> writes) {
        /** The failures that show unsound types, leaving out queries the states did not exercise. */
        public List<Failure> unsound() {
            return failures.stream()
                    .filter(f -> f.kind() == Failure.Kind.UNSOUND)
                    .toList();
        }
    }

    /**
     * One failure of a query.
     *
     * @param query        the query's name
     * @param kind         what failed
     * @param message      query, seed, state and arguments, and what went wrong
     * @param reproduction the state's rows as INSERTs and the statement with its arguments; empty when
     *                     the failure is about no single state
     */
    public record Failure(String query, Kind kind, String message, String reproduction) {
        /** What a failure shows. */
        public enum Kind {
            /** A value against its inferred type or nullability, a broken row-count proof, a NOT NULL refusal. */
            UNSOUND,
            /** A query no state exercised: never returned a row, or never succeeded. */
            UNEXERCISED
        }
    }

    private QuerySoundness() {}

    /**
     * Runs every query of the project on {@code stateCount} states.
     *
     * @param noRows queries known to return no row in any state (a finding, reported elsewhere): the
     *               run fails if one of them returns a row
     */
    public static Outcome check(QueryProject generated, long seed, int stateCount, Set<String> noRows)
            throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            JsonNode model = JSON.readTree(Files.readString(generated.model(), StandardCharsets.UTF_8));
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
                // in the order the checker applies them: layouts (Flyway, Drizzle) order files their own way
                for (Path file : generated.migrationFiles()) {
                    s.executeUpdate(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
            Random random = new Random(seed);
            JsonShapes shapes = new JsonShapes(random);
            Map<String, Set<String>> jsonColumns = jsonColumns(model);
            States states = new States(db, seed, contents(model, generated, shapes, jsonColumns));
            Map<String, Set<String>> schema = states.schema();
            RowCounter counter = new RowCounter(db);
            TimeLimit limit = TimeLimit.on(db);
            List<JsonNode> queries = new ArrayList<>();
            model.get("queries").forEach(q -> {
                if (rowReturning(q)) {
                    queries.add(q);
                }
            });
            model.get("queries").forEach(q -> {
                if (!rowReturning(q)) {
                    queries.add(q);
                }
            });
            List<Failure> failures = new ArrayList<>();
            Set<String> returned = new LinkedHashSet<>();
            Set<String> succeeded = new LinkedHashSet<>();
            Map<String, String> lastRefusal = new HashMap<>();
            try (Database database = Database.of(counter.dataSource())) {
                Arguments arguments = new Arguments(random, states, jsonColumns);
                Map<String, QueryRun> runs = new LinkedHashMap<>();
                List<String> statements = new ArrayList<>();
                for (Object view : states.values("SELECT sql FROM sqlite_master WHERE type = 'view'")) {
                    statements.add((String) view);
                }
                for (JsonNode query : queries) {
                    String sql = QueryColumns.statement(
                            Files.readAllLines(
                                    generated.base().resolve(query.get("file").asText())),
                            query.get("line").asInt());
                    statements.add(sql);
                    runs.put(
                            query.get("name").asText(),
                            new QueryRun(
                                    query,
                                    new QueryColumns(sql, schema),
                                    generated,
                                    database,
                                    counter,
                                    arguments,
                                    limit));
                }
                states.align(new Partners(statements, schema));
                for (int state = 0; state < stateCount; state++) {
                    States.Shape shape = states.build(state);
                    arguments.newState();
                    String where = "(seed " + seed + ", state " + state + ", " + shape + ")";
                    for (QueryRun run : runs.values()) {
                        QueryRun.Result result = run.run(where, failures, states::dump);
                        limit.stop();
                        if (result.rows()) {
                            returned.add(run.name());
                        }
                        if (result.succeeded()) {
                            succeeded.add(run.name());
                        }
                        if (result.refusal() != null) {
                            lastRefusal.put(run.name(), result.refusal());
                        }
                    }
                }
                Set<String> rowQueries = new LinkedHashSet<>();
                Set<String> writes = new LinkedHashSet<>();
                for (QueryRun run : runs.values()) {
                    if (run.rowReturning()) {
                        rowQueries.add(run.name());
                        if (noRows.contains(run.name()) == returned.contains(run.name())) {
                            failures.add(unexercised(
                                    run.name(),
                                    noRows.contains(run.name())
                                            ? run.name() + " is listed as never returning a row, and returned one"
                                            : run.name() + " returned no row in any of " + stateCount + " states"
                                                    + (lastRefusal.containsKey(run.name())
                                                            ? ", last refused: " + lastRefusal.get(run.name())
                                                            : "")));
                        }
                    } else {
                        writes.add(run.name());
                        if (!succeeded.contains(run.name())) {
                            failures.add(unexercised(
                                    run.name(),
                                    run.name() + " succeeded in none of " + stateCount + " states, last refused: "
                                            + lastRefusal.get(run.name())));
                        }
                    }
                }
                return new Outcome(failures, rowQueries, returned, writes);
            }
        }
    }

    private static Failure unexercised(String query, String message) {
        return new Failure(query, Failure.Kind.UNEXERCISED, message, "");
    }

    /**
     * A date as SQLite's date functions write it, or now and then as unix-epoch seconds, the two
     * forms the runtime reads; the generator's numbers would be compared with date arguments, which
     * are bound as text, and never meet.
     */
    private static Object dateTime(Random random, boolean withTime) {
        long seconds = 946_684_800L + random.nextInt(30 * 365) * 86_400L + (withTime ? random.nextInt(86_400) : 0);
        if (random.nextInt(4) == 0) {
            return seconds;
        }
        String text = java.time.LocalDateTime.ofEpochSecond(seconds, 0, java.time.ZoneOffset.UTC)
                .toString()
                .replace('T', ' ');
        return withTime ? (text.length() == 16 ? text + ":00" : text) : text.substring(0, 10);
    }

    static boolean rowReturning(JsonNode query) {
        String kind = query.get("kind").asText();
        return kind.equals("one") || kind.equals("many");
    }

    /** Columns declared JSON, by lower-cased table name. */
    private static Map<String, Set<String>> jsonColumns(JsonNode model) {
        Map<String, Set<String>> out = new HashMap<>();
        for (JsonNode table : model.get("tables")) {
            for (JsonNode column : table.get("columns")) {
                if (column.get("declaredType").asText().toUpperCase(Locale.ROOT).contains("JSON")) {
                    out.computeIfAbsent(table.get("name").asText().toLowerCase(Locale.ROOT), t -> new LinkedHashSet<>())
                            .add(column.get("name").asText().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /**
     * Value makers for the columns whose content the user's types decide: JSON of the record
     * component's type where a query reads the column with {@code @Json}, generic JSON in other
     * columns declared JSON, UUID text where a record reads the column as UUID.
     */
    private static Map<String, Supplier<Object>> contents(
            JsonNode model, QueryProject generated, JsonShapes shapes, Map<String, Set<String>> jsonColumns)
            throws ClassNotFoundException {
        Map<String, Supplier<Object>> out = new LinkedHashMap<>();
        for (JsonNode query : model.get("queries")) {
            JsonNode fields = query.path("fields");
            if (fields.isMissingNode() || fields.isEmpty()) {
                continue;
            }
            Class<?> record = generated.load(query.get("resultType").asText());
            RecordComponent[] components = record.getRecordComponents();
            for (int i = 0; i < fields.size(); i++) {
                JsonNode field = fields.get(i);
                JsonNode column = query.get("columns").get(field.get("column").asInt() - 1);
                if (column.get("table").isNull() || column.get("column").isNull()) {
                    continue;
                }
                String key = column.get("table").asText().toLowerCase(Locale.ROOT) + "."
                        + column.get("column").asText().toLowerCase(Locale.ROOT);
                if ("json".equals(field.get("codec").asText(null))) {
                    java.lang.reflect.Type type = components[i].getGenericType();
                    out.putIfAbsent(key, () -> shapes.of(type).toString());
                } else if (field.get("javaType").asText().contains("java.util.UUID")) {
                    Random random = new Random(key.hashCode());
                    out.putIfAbsent(key, () -> new UUID(random.nextLong(), random.nextLong()).toString());
                }
            }
        }
        jsonColumns.forEach((table, columns) -> columns.forEach(column ->
                out.putIfAbsent(table + "." + column, () -> shapes.any().toString())));
        Random random = new Random(model.get("tables").size());
        for (JsonNode table : model.get("tables")) {
            for (JsonNode column : table.get("columns")) {
                String key = table.get("name").asText().toLowerCase(Locale.ROOT) + "."
                        + column.get("name").asText().toLowerCase(Locale.ROOT);
                String declared = column.get("declaredType").asText().toUpperCase(Locale.ROOT);
                if (declared.startsWith("BOOL")) {
                    out.putIfAbsent(key, () -> (long) random.nextInt(2));
                } else if (declared.contains("DATE") || declared.contains("TIME")) {
                    boolean withTime = !declared.equals("DATE");
                    out.putIfAbsent(key, () -> dateTime(random, withTime));
                }
            }
        }
        return out;
    }
}
