package dev.sqlrecord.testing.properties;

import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.testing.generate.FillResult;
import dev.sqlrecord.testing.generate.RowGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows the properties build their scenarios from: the generator's rows of every table (on a copy of
 * the migrated database), apart from the rows the migrations themselves inserted, which every
 * scenario starts with anyway. Also what the properties need to know of each table that the model
 * leaves out: insertable columns with their defaults, unique keys and the stored DDL.
 */
final class SampleRows {
    record Col(String name, String type, boolean notNull, int pk, String defaultSql) {}

    /** A unique key: its index ({@code null} for a rowid alias), its columns, whether it is the primary key. */
    record Key(String index, List<String> columns, boolean primary) {}

    private static final int RETRIES = 4;

    private final Map<String, List<Col>> columns = new HashMap<>();
    private final Map<String, List<Map<String, Object>>> sample = new HashMap<>();
    private final Map<String, List<Map<String, Object>>> background = new HashMap<>();
    private final Map<String, List<Key>> keys = new HashMap<>();
    private final Map<String, List<String>> ddl = new LinkedHashMap<>();
    private final SchemaModel model;
    private FillResult filled;

    private SampleRows(SchemaModel model) {
        this.model = model;
    }

    static SampleRows generate(
            Path template, Path copy, SchemaModel model, long seed, int examples, Scenarios scenarios)
            throws SQLException, java.io.IOException {
        SampleRows rows = new SampleRows(model);
        Files.deleteIfExists(copy);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + template)) {
            exec(db, "VACUUM INTO " + Step.literal(copy.toString()));
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
            exec(db, "PRAGMA foreign_keys = ON");
            rows.readShapes(db);
            for (String table : rows.columns.keySet()) {
                rows.background.put(table, rows.read(db, table));
            }
            rows.filled = new RowGenerator(seed).fill(db, examples);
            // a search that missed a table's rows (say, NULL the one value a CHECK leaves) may find
            // them from another seed: derived ones, so the run stays reproducible from the seed
            for (int round = 1; round <= RETRIES && !rows.filled.complete(); round++) {
                rows.filled = new RowGenerator(seed * 31 + round).fill(db, examples);
            }
            for (int round = 0; round < 2 && !rows.filled.complete(); round++) {
                for (SchemaModel.Table table : model.tables()) {
                    if (rows.filled.unfilled().containsKey(table.name()) && rows.columns(table.name()) != null) {
                        FallbackRows.fill(
                                db,
                                scenarios,
                                table,
                                rows.columns(table.name()),
                                rows.ddl(table.name()).get(0),
                                examples);
                    }
                }
                // the tables that need the ones just filled get their rows now; a reason stays the first one found
                FillResult before = rows.filled;
                FillResult again = new RowGenerator(seed * 31 + RETRIES + round + 1).fill(db, examples);
                Map<String, String> unfilled = new HashMap<>();
                again.unfilled()
                        .forEach((t, why) -> unfilled.put(t, before.unfilled().getOrDefault(t, why)));
                rows.filled = new FillResult(again.inserted(), unfilled);
            }
            for (String table : rows.columns.keySet()) {
                Set<String> before = new HashSet<>();
                rows.background.get(table).forEach(r -> before.add(r.toString()));
                List<Map<String, Object>> made = new ArrayList<>();
                for (Map<String, Object> row : rows.read(db, table)) {
                    if (!before.contains(row.toString())) {
                        made.add(row);
                    }
                }
                rows.sample.put(table, made);
            }
        }
        return rows;
    }

    private void readShapes(Connection db) throws SQLException {
        for (List<Object> t : query(
                db,
                "SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table'"
                        + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\'"
                        + " AND name NOT IN ('d1_migrations', 'sqlrecord_migrations')")) {
            String table = (String) t.get(0);
            String key = SchemaUnderTest.lower(table);
            List<Col> cols = new ArrayList<>();
            for (List<Object> c : query(
                    db,
                    "SELECT name, type, \"notnull\", pk, dflt_value FROM pragma_table_xinfo(" + Step.literal(table)
                            + ") WHERE hidden = 0 ORDER BY cid")) {
                cols.add(new Col(
                        (String) c.get(0),
                        (String) c.get(1),
                        ((Number) c.get(2)).intValue() == 1,
                        ((Number) c.get(3)).intValue(),
                        (String) c.get(4)));
            }
            columns.put(key, cols);
            List<Key> unique = new ArrayList<>();
            model.table(table)
                    .flatMap(m -> m.columns().stream()
                            .filter(SchemaModel.Column::rowidAlias)
                            .findFirst())
                    .ifPresent(alias -> unique.add(new Key(null, List.of(alias.name()), true)));
            for (List<Object> index : query(
                    db,
                    "SELECT name, origin FROM pragma_index_list(" + Step.literal(table)
                            + ") WHERE \"unique\" = 1 AND partial = 0 ORDER BY seq DESC")) {
                List<List<Object>> parts = query(
                        db, "SELECT cid, name FROM pragma_index_info(" + Step.literal((String) index.get(0)) + ")");
                if (parts.stream().noneMatch(p -> ((Number) p.get(0)).intValue() < 0)) {
                    unique.add(new Key(
                            (String) index.get(0),
                            parts.stream().map(p -> (String) p.get(1)).toList(),
                            "pk".equals(index.get(1))));
                }
            }
            keys.put(key, unique);
            List<String> statements = new ArrayList<>();
            for (List<Object> s : query(
                    db,
                    "SELECT sql FROM sqlite_schema WHERE tbl_name = " + Step.literal(table)
                            + " AND sql IS NOT NULL ORDER BY type <> 'table', rowid")) {
                statements.add((String) s.get(0));
            }
            ddl.put(key, statements);
        }
    }

    SchemaModel model() {
        return model;
    }

    /** Insertable columns (generated ones left out); null for a table the properties do not judge. */
    List<Col> columns(String table) {
        return columns.get(SchemaUnderTest.lower(table));
    }

    List<Map<String, Object>> sample(String table) {
        return sample.getOrDefault(SchemaUnderTest.lower(table), List.of());
    }

    List<Map<String, Object>> background(String table) {
        return background.getOrDefault(SchemaUnderTest.lower(table), List.of());
    }

    List<Key> keys(String table) {
        return keys.getOrDefault(SchemaUnderTest.lower(table), List.of());
    }

    /** The table's CREATE TABLE, then its indexes and triggers, as SQLite stores them. */
    List<String> ddl(String table) {
        return ddl.getOrDefault(SchemaUnderTest.lower(table), List.of());
    }

    /** Why the generator could put no row into the table; null when it could. */
    String unfilled(String table) {
        return filled.unfilled().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(table))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    /** The INSERTs of the generated rows that {@code row}'s foreign keys point at, parents first. */
    List<Step> parentsOf(String table, Map<String, Object> row) {
        List<Step> out = new ArrayList<>();
        addParents(table, row, out, new HashSet<>());
        return out;
    }

    private void addParents(String table, Map<String, Object> row, List<Step> out, Set<String> seen) {
        SchemaModel.Table t = model.table(table).orElse(null);
        if (t == null || !seen.add(table + row)) {
            return;
        }
        for (SchemaModel.ForeignKey key : t.foreignKeys()) {
            Map<String, Object> wanted = new LinkedHashMap<>();
            for (int i = 0; i < key.columns().size(); i++) {
                wanted.put(parentColumn(key, i), row.get(key.columns().get(i)));
            }
            if (wanted.containsValue(null) || wanted.containsKey(null)) {
                continue;
            }
            if (find(background(key.table()), wanted) != null) {
                continue;
            }
            Map<String, Object> parent = find(sample(key.table()), wanted);
            if (parent != null && parent != row) {
                addParents(key.table(), parent, out, seen);
                Step insert = Step.insert(key.table(), parent);
                if (!out.contains(insert)) {
                    out.add(insert);
                }
            }
        }
    }

    /** The referenced column of a key's {@code i}th column: named, or the parent's primary key's. */
    String parentColumn(SchemaModel.ForeignKey key, int i) {
        if (i < key.referencedColumns().size() && key.referencedColumns().get(i) != null) {
            return key.referencedColumns().get(i);
        }
        List<String> pk = model.table(key.table())
                .map(p -> p.columns().stream()
                        .filter(SchemaModel.Column::primaryKey)
                        .map(SchemaModel.Column::name)
                        .toList())
                .orElse(List.of());
        return i < pk.size() ? pk.get(i) : null;
    }

    /** The first row whose columns equal {@code wanted} (ignoring the case of column names). */
    static Map<String, Object> find(List<Map<String, Object>> rows, Map<String, Object> wanted) {
        for (Map<String, Object> row : rows) {
            boolean all = true;
            for (var w : wanted.entrySet()) {
                Object value = Scenario.value(row, w.getKey());
                all &= value != null && Scenarios.sameValue(value, w.getValue());
            }
            if (all) {
                return row;
            }
        }
        return null;
    }

    private List<Map<String, Object>> read(Connection db, String table) throws SQLException {
        List<Col> cols = columns.get(table);
        List<Map<String, Object>> out = new ArrayList<>();
        String select =
                String.join(", ", cols.stream().map(c -> Step.quoted(c.name())).toList());
        if (cols.isEmpty()) {
            return out;
        }
        for (List<Object> values : query(db, "SELECT " + select + " FROM " + Step.quoted(table))) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < cols.size(); i++) {
                row.put(cols.get(i).name(), values.get(i));
            }
            out.add(row);
        }
        return out;
    }

    static List<List<Object>> query(Connection db, String sql) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object value = rs.getObject(i);
                    row.add(value instanceof Integer small ? (Object) small.longValue() : value);
                }
                out.add(row);
            }
        }
        return out;
    }

    private static void exec(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }
}
