package dev.sqlrecord.runtime;

import java.util.Objects;

/**
 * One migration file.
 *
 * @param name the file name (e.g. {@code 0001_init.sql}), which is what {@code d1_migrations} records
 * @param sql  the file's text
 */
public record Migration(String name, String sql) {
    public Migration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
    }
}
