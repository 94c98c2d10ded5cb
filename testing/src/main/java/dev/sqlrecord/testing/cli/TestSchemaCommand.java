package dev.sqlrecord.testing.cli;

import dev.sqlrecord.checker.cli.Command;
import dev.sqlrecord.checker.cli.Main;
import dev.sqlrecord.checker.cli.Options;
import dev.sqlrecord.checker.cli.UsageException;
import dev.sqlrecord.checker.lint.LintSettings;
import dev.sqlrecord.runtime.d1.D1Config;
import dev.sqlrecord.testing.properties.SchemaProperty;
import dev.sqlrecord.testing.properties.SchemaTests;
import dev.sqlrecord.testing.properties.TestSchemaRequest;
import dev.sqlrecord.testing.soundness.CheckedProject;
import dev.sqlrecord.testing.soundness.QueryProperties;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * {@code sqlrecord test-schema}: the schema's properties over generated rows, and with
 * {@code --queries} the properties of the queries ({@code sound}, {@code round-trips}), whose
 * generated code is compiled against this program's own class path; exit 1 when one fails. With
 * {@code --d1} the scenarios run on the D1 of the environment (credentials as for {@code seed --d1}).
 */
public final class TestSchemaCommand implements Command {
    @Override
    public String name() {
        return "test-schema";
    }

    @Override
    public String usage() {
        return "sqlrecord test-schema --migrations DIR [--queries DIR [--sources DIR]... [--package NAME]]\n"
                + "                      [--target sqlite|d1] [--d1] [--seed N] [--examples N]"
                + " [--lint CODE=off|info|warning|error]...";
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) throws IOException {
        Path base = Path.of("").toAbsolutePath();
        boolean onD1 = options.flag("--d1");
        if (onD1 && options.value("--target", "d1").equals("sqlite")) {
            throw new UsageException("--d1 runs the properties on D1: it goes with --target d1, not sqlite");
        }
        Path queries = options.path("--queries");
        TestSchemaRequest request = new TestSchemaRequest(
                base.resolve(options.required("--migrations")).normalize(),
                p -> base.relativize(p.toAbsolutePath()).toString().replace('\\', '/'),
                Main.target(options.value("--target", onD1 ? "d1" : "sqlite")),
                number(options, "--seed", SchemaTests.DEFAULT_SEED, Long.MIN_VALUE),
                (int) number(options, "--examples", SchemaTests.DEFAULT_EXAMPLES, 1),
                queries == null ? null : base.resolve(queries).normalize(),
                options.paths("--sources").stream()
                        .map(p -> base.resolve(p).normalize())
                        .toList(),
                lints(options));
        SchemaTests tests = SchemaTests.standard();
        if (queries != null) {
            for (SchemaProperty property :
                    QueryProperties.of(options.value("--package", "generated"), CheckedProject.ownClassPath())) {
                tests = tests.with(property);
            }
        }
        SchemaTests.Result result;
        // --d1: the D1 of the environment, as for seed --d1 and migrate --d1 (an empty database: the
        // migrations are applied to it, every scenario is a batch D1 rolls back, the tables are dropped)
        try {
            result = onD1 ? tests.runOnD1(request, D1Config.fromEnvironment()) : tests.run(request);
        } catch (SQLException e) {
            throw new IOException("the scratch SQLite database failed: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        out.print(result.report());
        return result.passed() ? 0 : 1;
    }

    private static LintSettings lints(Options options) {
        try {
            return LintSettings.parse(options.values("--lint"), java.util.List.of());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static long number(Options options, String name, long fallback, long least) {
        String text = options.value(name, null);
        if (text == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.trim());
            if (value < least || value > Integer.MAX_VALUE && least > 0) {
                throw new UsageException(name + " must be at least " + least + ": " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " takes a whole number: " + text);
        }
    }
}
