package dev.sqlrecord.maven;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.migrations.MigrationReport;
import dev.sqlrecord.runtime.migrations.Migrations;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/** Applies the pending migrations, as {@code wrangler d1 migrations apply} would. */
@Mojo(name = "migrate", threadSafe = true)
public class MigrateMojo extends AbstractDatabaseMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        try (Database db = open()) {
            MigrationReport report = Migrations.fromDirectory(migrations()).migrate(db);
            report.applied().forEach(name -> getLog().info("sqlrecord: applied " + name));
            getLog().info("sqlrecord: "
                    + (report.applied().isEmpty()
                            ? "nothing to apply"
                            : report.applied().size() + " applied"));
        } catch (SqlRecordException e) {
            throw new MojoFailureException("sqlrecord: " + e.getMessage(), e);
        }
    }
}
