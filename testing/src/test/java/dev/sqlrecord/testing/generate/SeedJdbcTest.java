package dev.sqlrecord.testing.generate;

import dev.sqlrecord.runtime.Database;

/** {@link SeedBehaviour} on an SQLite file through the runtime's JDBC executor. */
class SeedJdbcTest extends SeedBehaviour {
    @Override
    Database open() {
        return Database.open("jdbc:sqlite:" + temp.resolve("seeded.db"));
    }
}
