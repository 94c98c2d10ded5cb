package dev.sqlrecord.testing.cli;

import dev.sqlrecord.checker.cli.Command;
import dev.sqlrecord.checker.cli.MigrateCommands;
import dev.sqlrecord.checker.cli.Options;
import dev.sqlrecord.checker.cli.UsageException;
import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.migrations.Migrations;
import dev.sqlrecord.testing.generate.Seeder;
import java.io.IOException;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Map;

/**
 * {@code sqlrecord seed}: migrates a development database if needed and fills every table with
 * generated rows, foreign keys and CHECKs respected. The seed is printed first, so the same rows can
 * be had again.
 */
public final class SeedCommand implements Command {
    @Override
    public String name() {
        return "seed";
    }

    @Override
    public String usage() {
        return "sqlrecord seed (--url JDBC_URL | --d1) --migrations DIR --rows N [--seed S]";
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) throws IOException {
        Migrations migrations = Migrations.fromDirectory(options.required("--migrations"));
        long rows = number(options, "--rows", null);
        if (rows < 0 || rows > Integer.MAX_VALUE) {
            throw new UsageException("--rows must be a whole number from 0 to " + Integer.MAX_VALUE);
        }
        long seed = number(options, "--seed", new SecureRandom().nextLong());
        out.println("seed " + seed);
        try (Database db = MigrateCommands.open(options)) {
            Seeder.Report report = Seeder.seed(db, migrations, (int) rows, seed);
            report.applied().forEach(name -> out.println("applied " + name));
            report.filled().inserted().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> out.println(e.getKey() + ": " + e.getValue() + " rows"));
            report.filled()
                    .unfilled()
                    .forEach((table, why) -> err.println("error: no row could be written to " + table + ": " + why));
            out.println("seeded with seed " + seed + (report.filled().complete() ? "" : ", some tables empty"));
            return report.filled().complete() ? 0 : 1;
        } catch (SQLException e) {
            throw new IOException("the scratch SQLite copy of the database failed: " + e.getMessage(), e);
        }
    }

    private static long number(Options options, String name, Long fallback) {
        String value = options.value(name, null);
        if (value == null) {
            if (fallback == null) {
                throw new UsageException(name + " is required");
            }
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(name + " needs a whole number, not '" + value + "'");
        }
    }
}
