package dev.sqlrecord.maven;

import dev.sqlrecord.checker.migrate.NewMigration;
import java.io.IOException;
import java.time.Clock;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Creates the next numbered migration file, like {@code wrangler d1 migrations create}. */
@Mojo(name = "new-migration", threadSafe = true)
public class NewMigrationMojo extends AbstractMigrationsMojo {

    /** What the migration does, e.g. {@code add_tags}; spaces become underscores. */
    @Parameter(property = "sqlrecord.name", required = true)
    String name;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        try {
            getLog().info("sqlrecord: created " + NewMigration.create(migrations(), name, Clock.systemUTC()));
        } catch (IllegalArgumentException | IOException e) {
            throw new MojoFailureException("sqlrecord: " + e.getMessage(), e);
        }
    }
}
