package dev.sqlrecord.maven;

import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.migrate.NewMigration;
import dev.sqlrecord.testing.evolve.DiffCommand;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Logs (or, with {@code sqlrecord.write}, adds) the next migration from the migrated schema to a
 * desired schema file, proven on generated rows for the target first; fails with the reason when
 * no migration reaches it without losing rows or values.
 */
@Mojo(name = "diff", threadSafe = true)
public class DiffMojo extends AbstractMigrationsMojo {
    /** The desired schema: plain CREATE statements. */
    @Parameter(property = "sqlrecord.schema", required = true)
    File schema;

    /** {@code sqlite} or {@code d1}; default {@code d1} when the wrangler config declares a D1 database. */
    @Parameter(property = "sqlrecord.target")
    String target;

    /** Add the migration as the next numbered file instead of only logging it. */
    @Parameter(property = "sqlrecord.write", defaultValue = "false")
    boolean write;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path base = project.getBasedir().toPath().toAbsolutePath();
        Target parsedTarget = Targets.resolve(target, base, getLog());
        Path dir = migrations();
        try {
            String sql = DiffCommand.next(dir, schema.toPath(), parsedTarget);
            if (sql.isEmpty()) {
                getLog().info("sqlrecord: the migrations already build " + schema);
                return;
            }
            if (write) {
                Path written = NewMigration.create(dir, "schema_diff", Clock.systemUTC());
                Files.writeString(written, sql, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                getLog().info("sqlrecord: wrote " + written);
            }
            sql.lines().forEach(line -> getLog().info(line));
        } catch (IOException e) {
            throw new MojoFailureException("sqlrecord: " + e.getMessage(), e);
        }
    }
}
