package dev.sqlrecord.testing.soundness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Severity;
import dev.sqlrecord.testing.generate.RowGenerator;
import dev.sqlrecord.testing.properties.SchemaProperty;
import dev.sqlrecord.testing.properties.SchemaUnderTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The property {@code round-trips}: every constant of every enum the generated code maps to a
 * column (a user enum, or one sqlrecord generates from the column's {@code CHECK (... IN (...))}),
 * written as the generated code binds it, is accepted by the column's constraints and reads back,
 * through the generated code's conversion, as the same constant; and every value of a CHECK IN list
 * read as text is accepted and reads back unchanged. Each value is written with an UPDATE to a
 * generated row of the table. A failure is reported at the enum constant in the user's source, or
 * at the column's declaration for a generated enum or a plain column.
 */
final class RoundTrips implements SchemaProperty {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An enum (null for text) mapped to a column. */
    private record Target(Class<?> type, String table, String column) {}

    private final QueryProperties shared;

    RoundTrips(QueryProperties shared) {
        this.shared = shared;
    }

    @Override
    public String name() {
        return "round-trips";
    }

    @Override
    public void check(SchemaUnderTest schema) throws SQLException, IOException {
        try {
            CheckedProject project = shared.project(schema);
            if (project != null) {
                run(schema, project);
            }
        } finally {
            shared.close();
        }
    }

    private void run(SchemaUnderTest schema, CheckedProject project) throws SQLException, IOException {
        JsonNode model = JSON.readTree(Files.readString(project.model(), StandardCharsets.UTF_8));
        Set<String> files = new LinkedHashSet<>();
        model.get("queries").forEach(q -> files.add(q.get("file").asText()));
        List<Class<?>> queryClasses = EnumCodec.queryClasses(project, List.copyOf(files));
        Path file = Files.createTempFile("sqlrecord-round-trips", ".db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
                for (Path migration : project.migrationFiles()) {
                    s.executeUpdate(Files.readString(migration, StandardCharsets.UTF_8));
                }
            }
            new RowGenerator(schema.seed()).fill(db, 1);
            for (Target target : targets(model, project)) {
                if (States.values(db, "SELECT count(*) FROM " + States.quoted(target.table()))
                                        .get(0)
                                instanceof Number n
                        && n.longValue() == 0) {
                    continue; // a table that holds no row: satisfiable reports it
                }
                if (target.type() == null) {
                    for (JsonNode value : enumValues(model, target)) {
                        check(schema, db, target, null, value.asText(), value.asText(), null);
                    }
                    continue;
                }
                EnumCodec codec = EnumCodec.of(target.type(), queryClasses);
                for (Object constant : target.type().getEnumConstants()) {
                    String text;
                    try {
                        text = codec.write((Enum<?>) constant);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        report(schema, target, (Enum<?>) constant, "cannot be written: " + e, "");
                        continue;
                    }
                    check(schema, db, target, (Enum<?>) constant, text, constant, codec);
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Writes {@code text} to the column of the table's row, reads it back, and compares. */
    private void check(
            SchemaUnderTest schema,
            Connection db,
            Target target,
            Enum<?> constant,
            String text,
            Object expected,
            EnumCodec codec)
            throws SQLException {
        String update = "UPDATE " + States.quoted(target.table()) + " SET " + States.quoted(target.column()) + " = ";
        String select = "SELECT " + States.quoted(target.column()) + " FROM " + States.quoted(target.table());
        String written = "written as '" + text + "'" + (codec == null ? "" : " (as the generated code binds it)");
        String reproduction = "-- seed " + schema.seed() + "; reproduce with sqlite3: apply the migrations, then\n"
                + States.dump(db, List.of(target.table())) + update + "'" + text.replace("'", "''") + "';\n"
                + select + ";\n";
        try (PreparedStatement s = db.prepareStatement(update + "?")) {
            s.setString(1, text);
            s.executeUpdate();
        } catch (SQLException refused) {
            report(
                    schema,
                    target,
                    constant,
                    written + ", is refused by " + target.table() + "." + target.column() + ": " + refused.getMessage(),
                    reproduction);
            return;
        }
        Object back = States.values(db, select).get(0);
        Object read;
        try {
            read = codec == null ? back : codec.read(back == null ? null : back.toString());
        } catch (ReflectiveOperationException | RuntimeException e) {
            report(
                    schema,
                    target,
                    constant,
                    written + ", reads back as '" + back + "', which the generated code" + " refuses: "
                            + e.getMessage(),
                    reproduction);
            return;
        }
        if (!expected.equals(read)) {
            report(
                    schema,
                    target,
                    constant,
                    written + ", reads back as '" + back + "'" + (codec == null ? "" : ", that is " + read),
                    reproduction);
        }
    }

    private static void report(
            SchemaUnderTest schema, Target target, Enum<?> constant, String problem, String reproduction)
            throws SQLException {
        String what = constant == null
                ? "The CHECK IN value of " + target.table() + "." + target.column()
                : target.type().getSimpleName() + "." + constant.name() + " of " + target.table() + "."
                        + target.column();
        String message = what + ", " + problem;
        Diagnostic at = constant == null ? null : atConstant(schema, target.type(), constant, message);
        schema.report(
                at != null ? at : schema.atColumn(target.table(), target.column(), "enum-round-trip", message),
                reproduction);
    }

    /** A diagnostic at the constant in the enum's source, when a source folder holds it; else null. */
    private static Diagnostic atConstant(SchemaUnderTest schema, Class<?> type, Enum<?> constant, String message) {
        String top = type.getName().replaceFirst("\\$.*", "");
        for (Path folder : schema.sources()) {
            Path file = folder.resolve(top.replace('.', '/') + ".java");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String[] lines = text.split("\n", -1);
                boolean inEnum = false;
                for (int i = 0; i < lines.length; i++) {
                    inEnum |= lines[i].matches(".*\\benum\\s+" + type.getSimpleName() + "\\b.*");
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + constant.name() + "\\b")
                            .matcher(lines[i]);
                    if (inEnum && m.find()) {
                        String shown = schema.request().display().apply(file);
                        schema.source(shown, text);
                        return new Diagnostic(
                                shown,
                                i + 1,
                                m.start() + 1,
                                constant.name().length(),
                                Severity.ERROR,
                                "enum-round-trip",
                                message);
                    }
                }
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    /** The enums the generated code maps to columns, then the CHECK IN columns no enum stands for. */
    private static List<Target> targets(JsonNode model, QueryProject project) {
        Map<String, Target> out = new LinkedHashMap<>();
        for (JsonNode e : model.get("enums")) {
            add(
                    out,
                    project,
                    e.get("javaType").asText(),
                    e.get("table").asText(),
                    e.get("column").asText());
        }
        Map<String, Set<String>> columns = new LinkedHashMap<>();
        for (JsonNode table : model.get("tables")) {
            Set<String> names = new LinkedHashSet<>();
            table.get("columns").forEach(c -> names.add(c.get("name").asText().toLowerCase(Locale.ROOT)));
            columns.put(table.get("name").asText().toLowerCase(Locale.ROOT), names);
        }
        for (JsonNode query : model.get("queries")) {
            for (JsonNode column : query.get("columns")) {
                if (!column.path("table").isNull() && !column.path("column").isNull()) {
                    add(
                            out,
                            project,
                            column.get("javaType").asText(),
                            column.path("table").asText(),
                            column.path("column").asText());
                }
            }
            QueryColumns placed = null;
            for (JsonNode param : query.get("params")) {
                String type = param.get("javaType").asText().replaceFirst("^java\\.util\\.List<(.*)>$", "$1");
                if (enumType(project, type) == null) {
                    continue;
                }
                if (placed == null) {
                    placed = placed(project, query, columns);
                }
                for (QueryColumns.Ref ref : placed == null
                        ? Set.<QueryColumns.Ref>of()
                        : placed.of(param.get("name").asText())) {
                    add(out, project, type, ref.table(), ref.column());
                }
            }
        }
        for (JsonNode table : model.get("tables")) {
            for (JsonNode column : table.get("columns")) {
                String name = table.get("name").asText();
                String col = column.get("name").asText();
                boolean covered = out.values().stream()
                        .anyMatch(t ->
                                t.table().equalsIgnoreCase(name) && t.column().equalsIgnoreCase(col));
                if (column.get("enumValues").isArray() && !covered) {
                    out.put(key(null, name, col), new Target(null, name, col));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private static QueryColumns placed(QueryProject project, JsonNode query, Map<String, Set<String>> columns) {
        try {
            List<String> lines =
                    Files.readAllLines(project.base().resolve(query.get("file").asText()));
            return new QueryColumns(
                    QueryColumns.statement(lines, query.get("line").asInt()), columns);
        } catch (IOException e) {
            return null;
        }
    }

    private static void add(
            Map<String, Target> out, QueryProject project, String javaType, String table, String column) {
        Class<?> type = enumType(project, javaType);
        if (type != null) {
            out.putIfAbsent(key(type.getName(), table, column), new Target(type, table, column));
        }
    }

    private static Class<?> enumType(QueryProject project, String javaType) {
        if (!javaType.contains(".") || javaType.startsWith("java.")) {
            return null;
        }
        try {
            Class<?> type = project.load(javaType);
            return type.isEnum() ? type : null;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static List<JsonNode> enumValues(JsonNode model, Target target) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode table : model.get("tables")) {
            if (table.get("name").asText().equalsIgnoreCase(target.table())) {
                for (JsonNode column : table.get("columns")) {
                    if (column.get("name").asText().equalsIgnoreCase(target.column())) {
                        column.get("enumValues").forEach(out::add);
                    }
                }
            }
        }
        return out;
    }

    private static String key(String type, String table, String column) {
        return type + " " + (table + "." + column).toLowerCase(Locale.ROOT);
    }
}
