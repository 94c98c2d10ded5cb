package dev.sqlrecord.checker.schema;

import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.checker.model.SchemaModel.Column;
import dev.sqlrecord.checker.model.SchemaModel.ForeignKey;
import dev.sqlrecord.checker.model.SchemaModel.Table;
import dev.sqlrecord.checker.parse.ParsedMigration;
import dev.sqlrecord.checker.parse.ParsedStatement;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the schema back from SQLite (https://www.sqlite.org/pragma.html#pragfunc): SQLite, not
 * our reading of the DDL, is the authority on what the migrations built.
 */
public final class SchemaReader {
    /** How SQLite stores a table's statement: these words, then the statement from the table's name on. */
    private static final String STORED_CREATE = "CREATE TABLE ";

    private final Connection connection;
    /** The migrations' CREATE TABLE statements, by their text from the table's name to their end. */
    private final Map<String, SQLiteParser.CreateTableStmtContext> created;

    public SchemaReader(Connection connection) {
        this(connection, List.of());
    }

    /**
     * A reader that takes a table's statement from {@code migrations}, as parsed there, when SQLite
     * stored it as the migration wrote it (no ALTER TABLE changed it since), instead of parsing it again.
     */
    public SchemaReader(Connection connection, List<ParsedMigration> migrations) {
        this.connection = connection;
        this.created = new HashMap<>();
        for (ParsedMigration migration : migrations) {
            for (ParsedStatement statement : migration.statements()) {
                SQLiteParser.CreateTableStmtContext create = statement.tree().createTableStmt();
                if (create != null && create.qualifiedName() != null && create.getStop() != null) {
                    int from = create.qualifiedName().object.getStart().getStartIndex();
                    int to = create.getStop().getStopIndex() + 1;
                    created.put(migration.file().text().substring(from, to), create);
                }
            }
        }
    }

    /** The CREATE TABLE statement SQLite stored as {@code ddl}, parsed. */
    SQLiteParser.CreateTableStmtContext createTable(String ddl) {
        SQLiteParser.CreateTableStmtContext known = ddl != null && ddl.startsWith(STORED_CREATE)
                ? created.get(ddl.substring(STORED_CREATE.length()))
                : null;
        return known != null ? known : CheckConstraints.createTable(ddl);
    }

    public SchemaModel read() throws SQLException {
        List<Table> tables = new ArrayList<>();
        String sql = "SELECT name, type, sql FROM sqlite_schema WHERE type IN ('table', 'view')"
                + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> 'd1_migrations' ORDER BY rowid";
        try (PreparedStatement list = connection.prepareStatement(sql);
                ResultSet rs = list.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                boolean view = rs.getString(2).equals("view");
                String ddl = rs.getString(3);
                SQLiteParser.CreateTableStmtContext create = view ? null : createTable(ddl);
                Map<String, List<String>> enums = view ? Map.of() : CheckConstraints.enumValues(create);
                boolean withoutRowid = CheckConstraints.withoutRowid(create);
                Set<String> descending = view ? Set.of() : CheckConstraints.descendingKeyColumns(create);
                List<Column> columns = columns(name, enums, descending, withoutRowid);
                // A virtual table's module, not SQLite, decides what its keys and rowid mean.
                boolean enforced = !view
                        && ddl != null
                        && !ddl.stripLeading().toUpperCase(Locale.ROOT).matches("(?s)CREATE\\s+VIRTUAL\\s.*");
                List<String> primaryKey = columns.stream()
                        .filter(Column::primaryKey)
                        .map(Column::name)
                        .toList();
                List<IndexFacts> indexes = indexes(name);
                List<List<String>> uniqueKeys = enforced
                        ? UniqueKeys.of(indexes, !withoutRowid, CheckConstraints.collations(create), primaryKey)
                        : List.of();
                tables.add(new Table(
                        name,
                        view,
                        columns,
                        foreignKeys(name),
                        indexes.stream().map(IndexFacts::toModel).toList(),
                        uniqueKeys,
                        enforced && !withoutRowid));
            }
        }
        return new SchemaModel(tables);
    }

    private List<Column> columns(
            String table, Map<String, List<String>> enums, Set<String> descending, boolean withoutRowid)
            throws SQLException {
        record Raw(String name, String type, boolean notNull, int pk, String dflt, int hidden) {}
        List<Raw> raws = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT name, type, \"notnull\", pk, dflt_value, hidden FROM pragma_table_xinfo(?) ORDER BY cid")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    raws.add(new Raw(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getInt(3) != 0,
                            rs.getInt(4),
                            rs.getString(5),
                            rs.getInt(6)));
                }
            }
        }
        long keyColumns = raws.stream().filter(r -> r.pk() > 0).count();
        List<Column> columns = new ArrayList<>();
        for (Raw r : raws) {
            // An INTEGER PRIMARY KEY is the rowid and can never be NULL; other key columns of a
            // rowid table can (https://www.sqlite.org/lang_createtable.html#the_primary_key).
            boolean rowidAlias = !withoutRowid
                    && keyColumns == 1
                    && r.pk() == 1
                    && r.type().equalsIgnoreCase("INTEGER")
                    && !descending.contains(r.name().toLowerCase(Locale.ROOT));
            boolean notNull = r.notNull() || rowidAlias || (withoutRowid && r.pk() > 0);
            List<String> values = enums.get(r.name().toLowerCase(Locale.ROOT));
            // hidden: 1 = virtual-table hidden, 2 = generated virtual, 3 = generated stored; only 1 is left out of *.
            columns.add(
                    new Column(r.name(), r.type(), notNull, r.pk() > 0, r.dflt(), values, r.hidden() == 1, rowidAlias));
        }
        return columns;
    }

    private List<ForeignKey> foreignKeys(String table) throws SQLException {
        Map<Integer, List<String[]>> byId = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(?)"
                        + " ORDER BY id, seq")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byId.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new String[] {
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)
                    });
                }
            }
        }
        List<ForeignKey> keys = new ArrayList<>();
        for (List<String[]> parts : byId.values()) {
            String[] first = parts.get(0);
            keys.add(new ForeignKey(
                    parts.stream().map(p -> p[1]).toList(),
                    first[0],
                    parts.stream().map(p -> p[2]).toList(),
                    first[4],
                    first[3]));
        }
        return keys;
    }

    private List<IndexFacts> indexes(String table) throws SQLException {
        List<IndexFacts> indexes = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT name, \"unique\", origin, partial FROM pragma_index_list(?) ORDER BY seq DESC")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    indexes.add(new IndexFacts(
                            name,
                            rs.getInt(2) != 0,
                            rs.getInt(4) != 0,
                            rs.getString(3).equals("pk"),
                            keyColumns(name)));
                }
            }
        }
        return indexes;
    }

    private List<IndexFacts.KeyColumn> keyColumns(String index) throws SQLException {
        List<IndexFacts.KeyColumn> columns = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT cid, name, coll FROM pragma_index_xinfo(?) WHERE key ORDER BY seqno")) {
            ps.setString(1, index);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(new IndexFacts.KeyColumn(rs.getInt(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return columns;
    }
}
