package dev.sqlrecord.opentelemetry;

import dev.sqlrecord.runtime.Database;

/** {@link OpenTelemetryBehaviour} on SQLite through sqlite-jdbc, in memory. */
class OpenTelemetryJdbcTest extends OpenTelemetryBehaviour {
    @Override
    Database open() {
        return Database.open("jdbc:sqlite::memory:");
    }

    @Override
    String backend() {
        return "sqlite";
    }
}
