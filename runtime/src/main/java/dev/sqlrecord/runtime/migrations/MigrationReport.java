package dev.sqlrecord.runtime.migrations;

import java.util.List;

/**
 * What {@link Migrations#migrate} did.
 *
 * @param applied names of the migrations applied by this run, in the order they were applied
 */
public record MigrationReport(List<String> applied) {
    public MigrationReport {
        applied = List.copyOf(applied);
    }
}
