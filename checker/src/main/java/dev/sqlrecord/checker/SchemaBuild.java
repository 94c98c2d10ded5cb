package dev.sqlrecord.checker;

import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.evolve.BranchConflicts;
import dev.sqlrecord.checker.lint.LintSettings;
import dev.sqlrecord.checker.lint.Linter;
import dev.sqlrecord.checker.migrate.MigrationHazards;
import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.checker.parse.ParsedMigration;
import dev.sqlrecord.checker.parse.SourceFile;
import dev.sqlrecord.checker.schema.SchemaBuilder;
import dev.sqlrecord.checker.schema.SchemaImage;
import dev.sqlrecord.checker.schema.SchemaReader;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The schema as the migrations make it, replayed on an in-memory SQLite database: each migration
 * parsed once and applied once, the hazards observing that replay, the migration lints run and the
 * database's image taken. It needs neither the records nor the query files, so it is built on a
 * thread of its own while the check scans the records and parses the query files
 * (docs/ARCHITECTURE.md §8, "A cold check"). Its diagnostics are its own until the check takes them.
 */
final class SchemaBuild implements AutoCloseable {
    /**
     * The replayed schema: {@code db} holds it; {@code ok} when every migration applied; {@code image}
     * is the database's, taken when {@code ok}; {@code diagnostics} what the migrations gave.
     */
    record Built(Connection db, boolean ok, SchemaModel schema, SchemaImage image, Diagnostics diagnostics) {}

    private final FutureTask<Built> task;
    private Built taken;

    private SchemaBuild(FutureTask<Built> task) {
        this.task = task;
    }

    /**
     * Starts replaying {@code migrations} on a thread of its own; {@code layoutOk} and
     * {@code allReadable} say whether the schema can be whole at all.
     */
    static SchemaBuild start(
            Target target, LintSettings lints, List<SourceFile> migrations, boolean layoutOk, boolean allReadable) {
        SchemaBuild build =
                new SchemaBuild(new FutureTask<>(() -> build(target, lints, migrations, layoutOk, allReadable)));
        Thread thread = new Thread(build.task, "sqlrecord-schema");
        thread.setDaemon(true);
        thread.start();
        return build;
    }

    /** Whether the schema is built (or failed): the check stops its own early work then. */
    boolean isDone() {
        return task.isDone();
    }

    /** The schema, once built; the caller then owns its database. */
    Built take() throws IOException {
        taken = Awaited.get(task, "building the schema");
        return taken;
    }

    /** Closes the database of a schema the check did not take (it failed before it needed it). */
    @Override
    public void close() throws IOException {
        if (taken != null) {
            return;
        }
        try {
            task.get().db().close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | SQLException e) {
            // it failed itself, or its database would not close: nothing of it is used
        }
    }

    private static Built build(
            Target target, LintSettings lints, List<SourceFile> migrations, boolean layoutOk, boolean allReadable)
            throws SQLException, IOException {
        Diagnostics diagnostics = new Diagnostics();
        // In a fresh JVM, opening the first connection is mostly loading SQLite's native library:
        // done on another thread while the migrations are parsed.
        FutureTask<Connection> opening = new FutureTask<>(() -> DriverManager.getConnection("jdbc:sqlite::memory:"));
        Thread opener = new Thread(opening, "sqlrecord-sqlite");
        opener.setDaemon(true);
        opener.start();
        List<ParsedMigration> parsed;
        try {
            parsed = ParsedMigration.of(migrations);
        } catch (RuntimeException e) {
            Awaited.get(opening, "opening the schema's database").close();
            throw e;
        }
        MigrationHazards hazards = new MigrationHazards(target);
        Connection db = Awaited.get(opening, "opening the schema's database");
        try {
            boolean ok = layoutOk && new SchemaBuilder(db, diagnostics).apply(parsed, hazards) && allReadable;
            SchemaModel schema = new SchemaReader(db, parsed).read();
            Linter linter = new Linter(db, schema, target, lints, diagnostics);
            if (layoutOk && allReadable && !ok) {
                BranchConflicts.failedAfterAnother(parsed, linter);
            }
            SchemaImage image = null;
            if (ok) {
                linter.migrations(parsed);
                hazards.report(linter);
                image = SchemaImage.take(db, parsed);
            }
            return new Built(db, ok, schema, image, diagnostics);
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
    }
}
