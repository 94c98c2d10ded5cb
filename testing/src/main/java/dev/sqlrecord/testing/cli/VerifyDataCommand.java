package dev.sqlrecord.testing.cli;

import dev.sqlrecord.checker.cli.Command;
import dev.sqlrecord.checker.cli.Main;
import dev.sqlrecord.checker.cli.Options;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.testing.properties.DataPreservation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;

/** {@code sqlrecord verify-data}: every migration keeps the rows of the tables it does not name. */
public final class VerifyDataCommand implements Command {
    @Override
    public String name() {
        return "verify-data";
    }

    @Override
    public String usage() {
        return "sqlrecord verify-data --migrations DIR [--target sqlite|d1]";
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) throws IOException {
        Path base = Path.of("").toAbsolutePath();
        Diagnostics diagnostics = new Diagnostics();
        try {
            DataPreservation.check(
                    base.resolve(options.required("--migrations")).normalize(),
                    p -> base.relativize(p.toAbsolutePath()).toString().replace('\\', '/'),
                    Main.target(options.value("--target", "sqlite")),
                    diagnostics);
        } catch (SQLException e) {
            throw new IOException("the scratch SQLite database failed: " + e.getMessage(), e);
        }
        out.print(diagnostics.report());
        out.println(diagnostics.hasErrors() ? "data preservation: failed" : "data preservation: ok");
        return diagnostics.hasErrors() ? 1 : 0;
    }
}
