package dev.sqlrecord.checker.cli;

import dev.sqlrecord.checker.evolve.SchemaComparison;
import dev.sqlrecord.checker.evolve.SchemaQuery;
import dev.sqlrecord.checker.evolve.SchemaSnapshot;
import dev.sqlrecord.checker.evolve.ScratchSchema;
import dev.sqlrecord.checker.evolve.SnapshotReader;
import dev.sqlrecord.runtime.Database;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/** {@code sqlrecord drift}: the live database's schema against the schema its migrations build. */
final class DriftCommand {
    private DriftCommand() {}

    static int run(Options options, PrintStream out) throws IOException {
        SchemaSnapshot migrated = ScratchSchema.ofMigrations(options.required("--migrations"));
        SchemaSnapshot live;
        try (Database db = MigrateCommands.open(options)) {
            live = new SnapshotReader(SchemaQuery.of(db)).read();
        }
        List<String> differences = SchemaComparison.differences(migrated, "the migrations", live, "the database");
        differences.forEach(out::println);
        out.println(differences.isEmpty() ? "no drift" : differences.size() + " difference(s)");
        return differences.isEmpty() ? 0 : 1;
    }
}
