package dev.sqlrecord.maven;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.migrations.MigrationStatus;
import dev.sqlrecord.runtime.migrations.Migrations;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/** Prints {@code <state> <file name>} per migration: applied, pending, changed or missing. */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends AbstractDatabaseMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        try (Database db = open()) {
            for (MigrationStatus status : Migrations.fromDirectory(migrations()).status(db)) {
                getLog().info(status.line());
            }
        } catch (SqlRecordException e) {
            throw new MojoFailureException("sqlrecord: " + e.getMessage(), e);
        }
    }
}
