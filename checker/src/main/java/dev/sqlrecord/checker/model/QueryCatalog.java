package dev.sqlrecord.checker.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sqlrecord.runtime.internal.Sha256;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The checked queries as other tools read them, written beside {@code model.json}:
 *
 * <ul>
 *   <li>{@code queries.json}: per query its name, file, line, the SQL exactly as generated code
 *       sends it (and its D1 form, {@code d1Sql}, when it has one), its kind, and the tables it reads and writes (as SQLite's own plan of the
 *       statement opens them: a table whose foreign key a write checks is read; a trigger's
 *       tables are not listed);
 *   <li>{@code statements.json}: the allow-list a D1 gateway accepts, the SHA-256 of each SQL
 *       (its UTF-8 bytes, without any query comment) with the query's name; a query with a D1 form
 *       (docs/D1-EXACT-INTEGERS.md) has a second entry, for that form, which is what D1 is sent.
 * </ul>
 */
public final class QueryCatalog {
    public static final String QUERIES_FILE = "queries.json";
    public static final String STATEMENTS_FILE = "statements.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The tables one query reads and writes. */
    public record Tables(List<String> read, List<String> written) {}

    private final List<QueryModel> queries;
    private final Map<QueryModel, Tables> tables;

    private QueryCatalog(List<QueryModel> queries, Map<QueryModel, Tables> tables) {
        this.queries = List.copyOf(queries);
        this.tables = tables;
    }

    /** The catalog of {@code queries}, their tables read from {@code db}, which holds the checked schema. */
    public static QueryCatalog of(Connection db, List<QueryModel> queries) throws SQLException {
        Map<Long, String> tableOfRootPage = rootPages(db);
        List<Tables> tables = new ArrayList<>();
        for (QueryModel query : queries) {
            tables.add(tables(db, query.sql(), tableOfRootPage));
        }
        return of(queries, tables);
    }

    /** The catalog of {@code queries} with the tables each uses, in the same order (kept by an incremental check). */
    public static QueryCatalog of(List<QueryModel> queries, List<Tables> tables) {
        // by identity: the catalog is asked for these very models, and hashing a model hashes all of it
        Map<QueryModel, Tables> byQuery = new IdentityHashMap<>();
        for (int i = 0; i < queries.size(); i++) {
            byQuery.put(queries.get(i), tables.get(i));
        }
        return new QueryCatalog(queries, byQuery);
    }

    /** The table of each root page of {@code db}'s schema, for {@link #tables}. */
    public static Map<Long, String> rootPages(Connection db) throws SQLException {
        Map<Long, String> tableOfRootPage = new HashMap<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT rootpage, tbl_name FROM sqlite_schema"
                                + " WHERE type IN ('table', 'index') AND rootpage > 0 AND tbl_name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
            while (rows.next()) {
                tableOfRootPage.put(rows.getLong(1), rows.getString(2));
            }
        }
        return tableOfRootPage;
    }

    /** The tables SQLite's program for {@code sql} opens for reading and for writing. */
    public static Tables tables(Connection db, String sql, Map<Long, String> tableOfRootPage) throws SQLException {
        TreeSet<String> read = new TreeSet<>();
        TreeSet<String> written = new TreeSet<>();
        try (Statement statement = db.createStatement();
                ResultSet program = statement.executeQuery("EXPLAIN " + sql)) {
            while (program.next()) {
                String opcode = program.getString("opcode");
                String table = tableOfRootPage.get(program.getLong("p2"));
                if (table == null) {
                    continue;
                }
                if (opcode.equals("OpenRead")) {
                    read.add(table);
                } else if (opcode.equals("OpenWrite")) {
                    written.add(table);
                }
            }
        }
        read.removeAll(written);
        return new Tables(List.copyOf(read), List.copyOf(written));
    }

    /** {@code queries.json}. */
    public String queriesJson() {
        ObjectNode root = MAPPER.createObjectNode().put("version", 1);
        ArrayNode list = root.putArray("queries");
        for (QueryModel query : queries) {
            ObjectNode node = list.addObject()
                    .put("name", query.name())
                    .put("file", query.file())
                    .put("line", query.line())
                    .put("kind", query.kind().label())
                    .put("sql", query.sql())
                    .put("sha256", Sha256.hex(query.sql()));
            String d1Sql = query.d1Sql();
            if (d1Sql != null) {
                // what the D1 executor sends instead (docs/D1-EXACT-INTEGERS.md)
                node.put("d1Sql", d1Sql).put("d1Sha256", Sha256.hex(d1Sql));
            }
            Tables used = tables.get(query);
            used.read().forEach(node.putArray("tablesRead")::add);
            used.written().forEach(node.putArray("tablesWritten")::add);
        }
        return write(root);
    }

    /** {@code statements.json}: {@code {"version":1,"statements":[{"sha256":…,"query":…}]}}. */
    public String statementsJson() {
        ObjectNode root = MAPPER.createObjectNode().put("version", 1);
        ArrayNode list = root.putArray("statements");
        for (QueryModel query : queries) {
            list.addObject().put("sha256", Sha256.hex(query.sql())).put("query", query.name());
            String d1Sql = query.d1Sql();
            if (d1Sql != null) {
                list.addObject().put("sha256", Sha256.hex(d1Sql)).put("query", query.name());
            }
        }
        return write(root);
    }

    private static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }
}
