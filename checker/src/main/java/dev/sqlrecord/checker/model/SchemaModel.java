package dev.sqlrecord.checker.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The schema the migrations built, as SQLite reports it. Table and column names match ignoring case, as in SQLite. */
public record SchemaModel(List<Table> tables) {
    private static final Set<String> ROWID_NAMES = Set.of("rowid", "oid", "_rowid_");

    /** Whether {@code name} is one of the names SQLite gives the rowid where no column takes it. */
    public static boolean isRowidName(String name) {
        return ROWID_NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    public SchemaModel {
        tables = List.copyOf(tables);
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * @param uniqueKeys the column sets no two rows share a value of, as {@code =} compares them: an
     *     equality on each column of one finds at most one row (see the schema package's UniqueKeys)
     * @param rowidKey true for a plain rowid table, whose rowid ({@code rowid}, {@code oid},
     *     {@code _rowid_} where no column has that name) is unique; false for views, virtual tables
     *     (their module decides what a rowid is) and WITHOUT ROWID tables
     */
    public record Table(
            String name,
            boolean view,
            List<Column> columns,
            List<ForeignKey> foreignKeys,
            List<Index> indexes,
            List<List<String>> uniqueKeys,
            boolean rowidKey) {

        public Table {
            columns = List.copyOf(columns);
            foreignKeys = List.copyOf(foreignKeys);
            indexes = List.copyOf(indexes);
            uniqueKeys = uniqueKeys.stream().map(List::copyOf).toList();
        }

        public Optional<Column> column(String columnName) {
            String wanted = columnName.toLowerCase(Locale.ROOT);
            return columns.stream()
                    .filter(c -> c.name().toLowerCase(Locale.ROOT).equals(wanted))
                    .findFirst();
        }

        /**
         * Whether {@code column} names this table's rowid: its rowid alias (see {@link Column#rowidAlias}),
         * or a name of the rowid that no column takes. The one statement of the rule; SQLite refuses
         * the rowid's names on a WITHOUT ROWID table, so a query that got this far has a rowid there.
         */
        public boolean isRowid(String column) {
            return column(column).map(Column::rowidAlias).orElse(!view && isRowidName(column));
        }
    }

    /**
     * @param notNull true where SQLite can never hold NULL: NOT NULL, a rowid alias, or a WITHOUT ROWID key
     * @param enumValues the allowed values of a {@code CHECK (col IN (...))}, or null
     * @param hidden true for generated virtual columns and other columns {@code *} does not return
     * @param rowidAlias true for the INTEGER PRIMARY KEY of a rowid table (not declared DESC, the one
     *     exception): another name of the rowid, never NULL
     *     (https://www.sqlite.org/lang_createtable.html#rowid)
     */
    public record Column(
            String name,
            String declaredType,
            boolean notNull,
            boolean primaryKey,
            String defaultSql,
            List<String> enumValues,
            boolean hidden,
            boolean rowidAlias) {}

    public record ForeignKey(
            List<String> columns, String table, List<String> referencedColumns, String onDelete, String onUpdate) {}

    public record Index(String name, List<String> columns, boolean unique) {}
}
