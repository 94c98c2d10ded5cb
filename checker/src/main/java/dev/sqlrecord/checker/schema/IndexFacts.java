package dev.sqlrecord.checker.schema;

import dev.sqlrecord.checker.model.SchemaModel;
import java.util.List;

/**
 * What SQLite reports of one index ({@code pragma_index_list}, {@code pragma_index_xinfo}), read once
 * for both the model's index list and the table's unique keys ({@link UniqueKeys}).
 *
 * @param primaryKey the index SQLite made for the PRIMARY KEY (origin {@code pk})
 */
record IndexFacts(String name, boolean unique, boolean partial, boolean primaryKey, List<KeyColumn> keyColumns) {

    /** A key column: {@code cid} -1 for the rowid, -2 for an expression (which has no name). */
    record KeyColumn(int cid, String name, String collation) {}

    SchemaModel.Index toModel() {
        return new SchemaModel.Index(
                name,
                keyColumns.stream()
                        .map(c -> c.name() == null ? "<expression>" : c.name())
                        .toList(),
                unique);
    }
}
