package dev.sqlrecord.checker.evolve;

import dev.sqlrecord.checker.evolve.SchemaSnapshot.ColumnFacts;
import dev.sqlrecord.checker.evolve.SchemaSnapshot.Definition;
import dev.sqlrecord.checker.evolve.SchemaSnapshot.TableFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@link SchemaSnapshot} with queries only ({@code sqlite_schema} and the pragma functions
 * D1 allows), so one reader serves a scratch SQLite and a live SQLite or D1 database. Leaves out
 * SQLite's own objects ({@code sqlite_*}), D1's ({@code _cf_*}) and the migration runner's tracking
 * tables ({@code d1_migrations}, {@code sqlrecord_migrations}), and the D1 gateway's record of
 * idempotent writes ({@code _sqlrecord_requests}).
 */
public final class SnapshotReader {
    /** The condition on {@code name} that keeps only the user's objects. */
    static final String USER_OBJECTS =
            "name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\'"
                    + " AND name NOT IN ('d1_migrations', 'sqlrecord_migrations', '_sqlrecord_requests')";

    private final SchemaQuery query;

    public SnapshotReader(SchemaQuery query) {
        this.query = query;
    }

    public SchemaSnapshot read() {
        Map<String, TableFacts> tables = new LinkedHashMap<>();
        Map<String, Definition> indexes = new LinkedHashMap<>();
        Map<String, Definition> views = new LinkedHashMap<>();
        Map<String, Definition> triggers = new LinkedHashMap<>();
        List<String[]> objects = query.rows(
                "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE " + USER_OBJECTS
                        + " AND tbl_name NOT LIKE '\\_cf\\_%' ESCAPE '\\' ORDER BY rowid",
                4);
        for (String[] o : objects) {
            String key = o[1].toLowerCase(Locale.ROOT);
            switch (o[0]) {
                case "table" -> tables.put(key, table(o[1], o[3]));
                case "index" -> {
                    if (o[3] != null) {
                        indexes.put(key, new Definition(o[1], o[2], o[3]));
                    }
                }
                case "view" -> views.put(key, new Definition(o[1], o[2], o[3]));
                case "trigger" -> triggers.put(key, new Definition(o[1], o[2], o[3]));
                default -> {}
            }
        }
        return new SchemaSnapshot(tables, indexes, views, triggers);
    }

    private TableFacts table(String name, String sql) {
        CreateTableText parsed = CreateTableText.of(sql);
        List<ColumnFacts> columns = new ArrayList<>();
        for (String[] c : query.rows(
                "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_xinfo(?) ORDER BY cid", 5, name)) {
            String lower = c[0].toLowerCase(Locale.ROOT);
            columns.add(new ColumnFacts(
                    c[0],
                    c[1],
                    "1".equals(c[2]),
                    c[3] == null ? null : SqlText.normalize(c[3]),
                    Integer.parseInt(c[4]),
                    parsed.generated().get(lower),
                    parsed.collations().get(lower)));
        }
        List<String> uniques = new ArrayList<>();
        for (String[] index :
                query.rows("SELECT name FROM pragma_index_list(?) WHERE origin = 'u' ORDER BY name", 1, name)) {
            List<String> cols = query.rows("SELECT name FROM pragma_index_info(?) ORDER BY seqno", 1, index[0]).stream()
                    .map(r -> r[0] == null ? "<expr>" : r[0].toLowerCase(Locale.ROOT))
                    .toList();
            uniques.add("(" + String.join(", ", cols) + ")");
        }
        uniques.sort(null);
        return new TableFacts(
                name,
                sql,
                columns,
                uniques,
                foreignKeys(name),
                parsed.checks(),
                parsed.withoutRowid(),
                parsed.strict(),
                parsed.autoincrement());
    }

    private List<String> foreignKeys(String table) {
        Map<String, List<String[]>> byId = new LinkedHashMap<>();
        for (String[] r : query.rows(
                "SELECT id, \"table\", \"from\", \"to\", on_update, on_delete, \"match\""
                        + " FROM pragma_foreign_key_list(?) ORDER BY id, seq",
                7,
                table)) {
            byId.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r);
        }
        List<String> keys = new ArrayList<>();
        for (List<String[]> parts : byId.values()) {
            String[] first = parts.get(0);
            String from = String.join(
                    ", ", parts.stream().map(p -> p[2].toLowerCase(Locale.ROOT)).toList());
            String to = parts.stream().allMatch(p -> p[3] == null)
                    ? ""
                    : " ("
                            + String.join(
                                    ", ",
                                    parts.stream()
                                            .map(p -> String.valueOf(p[3]).toLowerCase(Locale.ROOT))
                                            .toList())
                            + ")";
            keys.add("(" + from + ") REFERENCES " + first[1].toLowerCase(Locale.ROOT) + to + " ON UPDATE " + first[4]
                    + " ON DELETE " + first[5] + ("NONE".equals(first[6]) ? "" : " MATCH " + first[6]));
        }
        keys.sort(null);
        return keys;
    }
}
