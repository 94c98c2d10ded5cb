package dev.sqlrecord.checker.evolve;

import dev.sqlrecord.checker.parse.Names;
import dev.sqlrecord.grammar.ParsedSql;
import dev.sqlrecord.grammar.SqlSyntax;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The renames a desired schema file states: {@code -- sqlrecord:renamed-from <old>} on the line of
 * a CREATE TABLE names the table's old name, on the line of a column definition the column's. A
 * diff cannot tell a rename from a drop and an add, so only these are renames.
 *
 * @param tables old table name to new, lower-cased
 * @param columns per new table name (lower-cased), old column name to new (lower-cased)
 */
public record DesiredSchema(Map<String, String> tables, Map<String, Map<String, String>> columns) {
    private static final Pattern MARKER =
            Pattern.compile("--\\s*sqlrecord:renamed-from\\s+(\"[^\"]+\"|`[^`]+`|\\[[^]]+]|[^\\s]+)");

    /** Reads the markers of a desired schema file; a marker on no table or column line is an error. */
    public static DesiredSchema read(String text) {
        Map<Integer, String> markers = new HashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MARKER.matcher(lines[i]);
            if (m.find()) {
                markers.put(i + 1, Names.unquote(m.group(1)).toLowerCase(Locale.ROOT));
            }
        }
        Map<String, String> tables = new LinkedHashMap<>();
        Map<String, Map<String, String>> columns = new LinkedHashMap<>();
        if (markers.isEmpty()) {
            return new DesiredSchema(tables, columns);
        }
        // on a line where several definitions start, the marker names the last one: the one it follows
        Map<Integer, Integer> lastStart = new HashMap<>();
        Map<Integer, String[]> target = new HashMap<>();
        ParsedSql parsed = SqlSyntax.parse(text);
        for (SQLiteParser.StatementContext statement :
                parsed.tree().statementList().statement()) {
            SQLiteParser.CreateTableStmtContext create = statement.createTableStmt();
            if (create == null) {
                continue;
            }
            String table =
                    Names.unquote(create.qualifiedName().object.getText()).toLowerCase(Locale.ROOT);
            candidate(lastStart, target, create.getStart(), new String[] {table});
            candidate(lastStart, target, create.qualifiedName().getStart(), new String[] {table});
            for (SQLiteParser.ColumnDefinitionContext column : create.columnDefinition()) {
                candidate(lastStart, target, column.getStart(), new String[] {
                    table, Names.unquote(column.name().getText()).toLowerCase(Locale.ROOT)
                });
            }
        }
        for (var found : target.entrySet()) {
            String old = markers.remove(found.getKey());
            if (old == null) {
                continue;
            }
            String[] what = found.getValue();
            if (what.length == 1) {
                tables.put(old, what[0]);
            } else {
                columns.computeIfAbsent(what[0], k -> new LinkedHashMap<>()).put(old, what[1]);
            }
        }
        if (!markers.isEmpty()) {
            int line = markers.keySet().stream().sorted().findFirst().orElseThrow();
            throw new IllegalArgumentException("line " + line + ": sqlrecord:renamed-from must be on the line of a"
                    + " CREATE TABLE or of a column definition");
        }
        return new DesiredSchema(tables, columns);
    }

    private static void candidate(
            Map<Integer, Integer> lastStart,
            Map<Integer, String[]> target,
            org.antlr.v4.runtime.Token at,
            String[] what) {
        int line = at.getLine();
        if (lastStart.getOrDefault(line, -1) < at.getCharPositionInLine()) {
            lastStart.put(line, at.getCharPositionInLine());
            target.put(line, what);
        }
    }

    /** A table's column renames, old to new; none when it has none. */
    public Map<String, String> columnsOf(String table) {
        return columns.getOrDefault(table.toLowerCase(Locale.ROOT), Map.of());
    }

    /** Each column definition of a CREATE TABLE, as written, by lower-cased name. */
    static Map<String, String> columnDefinitions(String createTable) {
        Map<String, String> out = new LinkedHashMap<>();
        SQLiteParser.CreateTableStmtContext create =
                dev.sqlrecord.checker.schema.CheckConstraints.createTable(createTable);
        if (create != null) {
            for (SQLiteParser.ColumnDefinitionContext column : create.columnDefinition()) {
                out.put(Names.unquote(column.name().getText()).toLowerCase(Locale.ROOT), CreateTableText.text(column));
            }
        }
        return out;
    }

    /** The CREATE TABLE with its name replaced (the copy a rebuild fills). */
    static String renamed(String createTable, String newName) {
        SQLiteParser.CreateTableStmtContext create =
                dev.sqlrecord.checker.schema.CheckConstraints.createTable(createTable);
        var name = create.qualifiedName();
        return createTable.substring(0, name.getStart().getStartIndex())
                + SqlText.quote(newName)
                + createTable.substring(name.getStop().getStopIndex() + 1);
    }
}
