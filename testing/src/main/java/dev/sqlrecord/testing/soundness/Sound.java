package dev.sqlrecord.testing.soundness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Severity;
import dev.sqlrecord.testing.properties.SchemaProperty;
import dev.sqlrecord.testing.properties.SchemaUnderTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The property {@code sound}: every query run through its generated code on generated states
 * ({@link QuerySoundness}) returns only what its inferred types say: no NULL in a column inferred
 * non-null, no value its Java type cannot hold, no second row of a query proven to return at most
 * one, no NOT NULL refusal of a write the parameter types let through. One diagnostic per query, at
 * its {@code -- name:} line, with the state and the call that reproduce the first failure. A query
 * the states never got a row from is not a failure here (our own soundness test fails on it).
 */
final class Sound implements SchemaProperty {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final QueryProperties shared;

    Sound(QueryProperties shared) {
        this.shared = shared;
    }

    @Override
    public String name() {
        return "sound";
    }

    @Override
    public void check(SchemaUnderTest schema) throws SQLException, IOException {
        CheckedProject project = shared.project(schema);
        if (project == null) {
            return;
        }
        QuerySoundness.Outcome outcome;
        try {
            outcome = QuerySoundness.check(project, schema.seed(), QueryProperties.STATES, Set.of());
        } catch (IOException | SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("the queries could not be run: " + e, e);
        }
        Map<String, List<QuerySoundness.Failure>> byQuery = new LinkedHashMap<>();
        for (QuerySoundness.Failure failure : outcome.unsound()) {
            byQuery.computeIfAbsent(failure.query(), q -> new java.util.ArrayList<>())
                    .add(failure);
        }
        JsonNode model = JSON.readTree(Files.readString(project.model(), StandardCharsets.UTF_8));
        for (Map.Entry<String, List<QuerySoundness.Failure>> entry : byQuery.entrySet()) {
            QuerySoundness.Failure first = entry.getValue().get(0);
            int more = entry.getValue().size() - 1;
            schema.report(
                    at(
                            schema,
                            project,
                            model,
                            entry.getKey(),
                            first.message()
                                    + (more > 0
                                            ? " (and " + more + " more failure" + (more > 1 ? "s" : "") + " of it)"
                                            : "")),
                    "-- seed " + schema.seed() + "; reproduce with sqlite3: apply the migrations, then\n"
                            + first.reproduction());
        }
    }

    /** A diagnostic at the query's {@code -- name:} line. */
    private static Diagnostic at(
            SchemaUnderTest schema, CheckedProject project, JsonNode model, String query, String message)
            throws IOException {
        for (JsonNode q : model.get("queries")) {
            if (q.get("name").asText().equals(query)) {
                Path file = project.base().resolve(q.get("file").asText());
                String shown = schema.request().display().apply(file);
                String text = Files.readString(file, StandardCharsets.UTF_8);
                schema.source(shown, text);
                int line = q.get("line").asInt();
                String[] lines = text.split("\n", -1);
                int length = line <= lines.length
                        ? Math.max(1, lines[line - 1].stripTrailing().length())
                        : 1;
                return new Diagnostic(shown, line, 1, length, Severity.ERROR, "unsound-query", message);
            }
        }
        throw new IllegalStateException("model.json has no query " + query);
    }
}
