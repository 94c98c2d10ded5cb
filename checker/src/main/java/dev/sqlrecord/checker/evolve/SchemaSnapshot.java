package dev.sqlrecord.checker.evolve;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A schema as comparable facts: each table's columns (from {@code PRAGMA table_xinfo}), keys,
 * foreign keys (from {@code PRAGMA foreign_key_list}), CHECKs and options (from its CREATE TABLE),
 * and each index, view and trigger by its normalized definition. Maps are keyed by lower-cased
 * name, in the order SQLite created the objects. Read by {@link SnapshotReader}.
 */
public record SchemaSnapshot(
        Map<String, TableFacts> tables,
        Map<String, Definition> indexes,
        Map<String, Definition> views,
        Map<String, Definition> triggers) {

    public Optional<TableFacts> table(String name) {
        return Optional.ofNullable(tables.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * @param sql the CREATE TABLE statement as SQLite stores it
     * @param uniques each UNIQUE constraint's columns, written {@code (a, b)}
     * @param foreignKeys each foreign key written out in one canonical form
     * @param checks each CHECK's expression, normalized
     */
    public record TableFacts(
            String name,
            String sql,
            List<ColumnFacts> columns,
            List<String> uniques,
            List<String> foreignKeys,
            List<String> checks,
            boolean withoutRowid,
            boolean strict,
            boolean autoincrement) {

        public Optional<ColumnFacts> column(String name) {
            return columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
        }
    }

    /**
     * @param primaryKey the column's position in the primary key, 0 when it is not in it
     * @param generated the normalized expression of a generated column, with {@code stored}/{@code virtual}; or null
     * @param collation the declared collation, lower-cased, or null
     */
    public record ColumnFacts(
            String name,
            String type,
            boolean notNull,
            String defaultSql,
            int primaryKey,
            String generated,
            String collation) {}

    /**
     * An index, view or trigger.
     *
     * @param table the table it is on (for a view, its own name)
     * @param sql its definition as SQLite stores it, or null for an index SQLite made for a constraint
     */
    public record Definition(String name, String table, String sql) {
        public String normalized() {
            return SqlText.normalize(sql);
        }
    }
}
