package dev.sqlrecord.maven;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.migrations.MigrationStatus;
import dev.sqlrecord.runtime.migrations.Migrations;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Prints {@code <state> <file name>} per migration: applied, pending, changed or missing. */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends AbstractDatabaseMojo {
    /** Fail when a migration is pending, changed or missing: a gate before a deploy. */
    @Parameter(property = "sqlrecord.failOnPending", defaultValue = "false")
    boolean failOnPending;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        boolean settled = true;
        try (Database db = open()) {
            for (MigrationStatus status : Migrations.fromDirectory(migrations()).status(db)) {
                getLog().info(status.line());
                settled &= status.state() == MigrationStatus.State.APPLIED;
            }
        } catch (SqlRecordException e) {
            throw new MojoFailureException("sqlrecord: " + e.getMessage(), e);
        }
        if (failOnPending && !settled) {
            throw new MojoFailureException("sqlrecord: migrations are not all applied as written (see above)");
        }
    }
}
