package dev.sqlrecord.maven;

import dev.sqlrecord.checker.evolve.Pull;
import dev.sqlrecord.checker.evolve.SchemaQuery;
import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.SqlRecordException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Adopts an existing database: a baseline migration, starter queries and (with a package) records. */
@Mojo(name = "pull", threadSafe = true)
public class PullMojo extends AbstractDatabaseMojo {
    /** Where {@code migrations/}, {@code queries/} and {@code records/} are written. */
    @Parameter(property = "sqlrecord.out", required = true)
    File out;

    /** The package of the records; none are written without it. */
    @Parameter(property = "sqlrecord.package")
    String packageName;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        try (Database db = open()) {
            for (Path written : Pull.run(SchemaQuery.of(db), out.toPath(), packageName)) {
                getLog().info("sqlrecord: wrote " + written);
            }
        } catch (IOException | SqlRecordException e) {
            throw new MojoFailureException("sqlrecord: " + e.getMessage(), e);
        }
    }
}
