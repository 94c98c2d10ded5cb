package dev.sqlrecord.checker.cli;

import dev.sqlrecord.checker.evolve.Pull;
import dev.sqlrecord.checker.evolve.SchemaQuery;
import dev.sqlrecord.checker.evolve.ScratchSchema;
import dev.sqlrecord.runtime.Database;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** {@code sqlrecord pull}: an existing database as a baseline migration, starter queries and records. */
final class PullCommand {
    private PullCommand() {}

    static int run(Options options, PrintStream out) throws IOException {
        Path dir = options.required("--out");
        try (Database db = MigrateCommands.open(options)) {
            for (Path written : Pull.run(SchemaQuery.of(db), dir, options.value("--package", null))) {
                out.println("wrote " + ScratchSchema.display(written));
            }
        }
        return 0;
    }
}
