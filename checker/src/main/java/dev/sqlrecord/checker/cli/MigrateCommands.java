package dev.sqlrecord.checker.cli;

import dev.sqlrecord.checker.migrate.NewMigration;
import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.d1.D1Config;
import dev.sqlrecord.runtime.migrations.MigrationReport;
import dev.sqlrecord.runtime.migrations.MigrationStatus;
import dev.sqlrecord.runtime.migrations.Migrations;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;

/**
 * {@code migrate}, {@code status} and {@code new-migration} (README.md, CLI). The database is a JDBC URL,
 * or D1 only when {@code --d1} is given (credentials from the environment): a remote database is
 * never the default.
 */
public final class MigrateCommands {
    private MigrateCommands() {}

    static int migrate(Options options, PrintStream out, PrintStream err) {
        Migrations migrations = Migrations.fromDirectory(options.required("--migrations"));
        try (Database db = open(options)) {
            MigrationReport report = migrations.migrate(db);
            report.applied().forEach(name -> out.println("applied " + name));
            out.println(
                    report.applied().isEmpty()
                            ? "nothing to apply"
                            : report.applied().size() + " applied");
            return 0;
        }
    }

    static int status(Options options, PrintStream out) {
        Migrations migrations = Migrations.fromDirectory(options.required("--migrations"));
        try (Database db = open(options)) {
            boolean settled = true;
            for (MigrationStatus status : migrations.status(db)) {
                out.println(status.line());
                settled &= status.state() == MigrationStatus.State.APPLIED;
            }
            // --fail-on-pending gates a deploy: anything not applied as it is now written fails it
            return settled || !options.flag("--fail-on-pending") ? 0 : 1;
        }
    }

    static int newMigration(Options options, PrintStream out, Clock clock) throws IOException {
        String name = options.value("--name", null);
        if (name == null) {
            throw new UsageException("--name is required");
        }
        try {
            out.println(NewMigration.create(options.required("--migrations"), name, clock));
            return 0;
        } catch (IllegalArgumentException | SqlRecordException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The database of {@code --url JDBC_URL} or {@code --d1}: exactly one of them. */
    public static Database open(Options options) {
        String url = options.value("--url", null);
        boolean d1 = options.flag("--d1");
        if ((url == null) == !d1) {
            throw new UsageException("give exactly one of --url JDBC_URL and --d1");
        }
        return d1 ? Database.d1(D1Config.fromEnvironment()) : Database.open(url);
    }
}
