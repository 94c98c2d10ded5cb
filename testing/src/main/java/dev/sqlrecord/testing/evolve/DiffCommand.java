package dev.sqlrecord.testing.evolve;

import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.cli.Command;
import dev.sqlrecord.checker.cli.Main;
import dev.sqlrecord.checker.cli.Options;
import dev.sqlrecord.checker.cli.UsageException;
import dev.sqlrecord.checker.evolve.DesiredSchema;
import dev.sqlrecord.checker.evolve.MigrationPlanner;
import dev.sqlrecord.checker.evolve.SchemaSnapshot;
import dev.sqlrecord.checker.evolve.ScratchSchema;
import dev.sqlrecord.checker.migrate.NewMigration;
import dev.sqlrecord.checker.parse.ParsedMigration;
import dev.sqlrecord.runtime.migrations.Migration;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;

/**
 * {@code sqlrecord diff}: prints (or, with {@code --write}, adds) the next migration from the
 * migrated schema to a desired schema file, once {@link DiffVerifier} has proven it on generated
 * rows for the target. Exit 1 with the reason when no such migration is found.
 */
public final class DiffCommand implements Command {
    @Override
    public String name() {
        return "diff";
    }

    @Override
    public String usage() {
        return "sqlrecord diff --migrations DIR --schema FILE [--target sqlite|d1] [--write]";
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) throws IOException {
        Path dir = options.required("--migrations");
        Path schemaFile = options.required("--schema");
        Target target = Main.target(options.value("--target", "sqlite"));
        String sql = next(dir, schemaFile, target);
        if (sql.isEmpty()) {
            err.println("sqlrecord: the migrations already build " + ScratchSchema.display(schemaFile));
            return 0;
        }
        if (options.flag("--write")) {
            Path written = NewMigration.create(dir, "schema_diff", Clock.systemUTC());
            Files.writeString(written, sql, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            err.println("wrote " + ScratchSchema.display(written));
        }
        out.print(sql);
        return 0;
    }

    /** The proven migration's text, empty when the schemas are equal; an {@link IOException} says why there is none. */
    public static String next(Path dir, Path schemaFile, Target target) throws IOException {
        if (!Files.isRegularFile(schemaFile)) {
            throw new UsageException("--schema " + schemaFile + " is not a file");
        }
        List<ParsedMigration> migrations = ScratchSchema.parse(dir);
        SchemaSnapshot desired = ScratchSchema.ofFile(schemaFile);
        DesiredSchema renames;
        try {
            renames = DesiredSchema.read(Files.readString(schemaFile, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IOException(ScratchSchema.display(schemaFile) + ":" + e.getMessage(), e);
        }
        String body = MigrationPlanner.plan(migrations, desired, renames, target);
        if (body.isEmpty()) {
            return "";
        }
        String sql = "-- From the migrations to " + schemaFile.getFileName() + " (sqlrecord diff, target "
                + target.name().toLowerCase(java.util.Locale.ROOT) + "); kept every generated row when checked.\n"
                + body;
        List<String> problems =
                DiffVerifier.problems(migrations, new Migration("next.sql", sql), desired, renames, target);
        if (!problems.isEmpty()) {
            throw new IOException("the migration to " + ScratchSchema.display(schemaFile) + " would not be safe on "
                    + target.name().toLowerCase(java.util.Locale.ROOT) + ", so it is not printed:\n  "
                    + String.join("\n  ", problems) + "\n" + sql);
        }
        return sql;
    }
}
