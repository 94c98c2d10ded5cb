package dev.sqlrecord.checker.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.checker.CheckRequest;
import dev.sqlrecord.checker.CheckResult;
import dev.sqlrecord.checker.Checker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parameter typed by a record that another query file reads its column with: the file of the
 * parameter is kept, yet its generated unit follows the record (a query stands in its unit's inputs by
 * its place, and by its parameters too once retyped: docs/ARCHITECTURE.md §8).
 */
class RetypedParamsTest {
    private static final String BY_SERIAL = TestProject.OUTPUT + "/com/acme/db/BySerialQueries.java";

    @TempDir
    Path base;

    private void write(String file, String content) throws IOException {
        new TestProject(base).write(file, content);
    }

    private CheckRequest request() {
        return new TestProject(base).generate();
    }

    /** Checks incrementally, then fully, and holds the generated unit of the parameter to be the same. */
    private String check(String keptCounts) throws IOException {
        IncrementalCheck incremental = IncrementalCheck.open(request(), List.of());
        CheckResult result = incremental.check(new Checker());
        assertFalse(result.hasErrors(), result.report());
        assertEquals(keptCounts, incremental.keptCounts());
        String unit = Files.readString(base.resolve(BY_SERIAL));
        IncrementalCheck.open(request(), List.of()).checkFully(new Checker());
        assertEquals(Files.readString(base.resolve(BY_SERIAL)), unit);
        return unit;
    }

    @Test
    void theUnitOfAKeptFileFollowsTheRecordThatTypesItsParameter() throws IOException {
        write(
                "src/main/sql/migrations/0001_init.sql",
                "CREATE TABLE devices (id INTEGER PRIMARY KEY, serial TEXT NOT NULL);\n");
        write(
                "src/main/sql/queries/by_serial.sql",
                "-- name: bySerial :many\nSELECT id FROM devices WHERE serial = :serial ORDER BY id;\n");
        write(
                "src/main/sql/queries/devices.sql",
                "-- name: device :one -> Device\nSELECT id, serial FROM devices WHERE id = :id;\n");
        write(
                "src/main/java/com/example/app/Device.java",
                "package com.example.app;\n\npublic record Device(long id, String serial) {}\n");

        assertTrue(check("0 kept, 2 checked; schema built").contains("bySerial(String serial)"));

        // the record now reads serial as a UUID: only devices.sql names it, yet the parameter follows
        write(
                "src/main/java/com/example/app/Device.java",
                "package com.example.app;\n\npublic record Device(long id, java.util.UUID serial) {}\n");
        assertTrue(check("1 kept, 1 checked; schema restored").contains("bySerial(UUID serial)"));

        // and back
        write(
                "src/main/java/com/example/app/Device.java",
                "package com.example.app;\n\npublic record Device(long id, String serial) {}\n");
        assertTrue(check("1 kept, 1 checked; schema restored").contains("bySerial(String serial)"));
    }
}
