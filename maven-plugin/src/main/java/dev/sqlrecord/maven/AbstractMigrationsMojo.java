package dev.sqlrecord.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal that reads the migrations shares: which folder holds them. Given explicitly, it
 * wins; otherwise a wrangler config in the project directory names it (so wrangler and sqlrecord
 * read the same files); otherwise {@code src/main/sql/migrations}.
 */
abstract class AbstractMigrationsMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** Folder of the migration files; default: from wrangler's config, else {@code src/main/sql/migrations}. */
    @Parameter(property = "sqlrecord.migrations")
    File migrationsDirectory;

    /** The {@code binding} of the D1 database in the wrangler config; default: its first one. */
    @Parameter(property = "sqlrecord.d1Binding")
    String d1Binding;

    Path migrations() throws MojoExecutionException {
        if (migrationsDirectory != null) {
            return migrationsDirectory.toPath();
        }
        Path base = project.getBasedir().toPath();
        Path config = WranglerConfig.find(base);
        if (config != null) {
            try {
                Path dir = WranglerConfig.migrationsDir(config, d1Binding);
                if (dir != null) {
                    getLog().info("sqlrecord: migrations from " + config.getFileName() + ": " + base.relativize(dir));
                    return dir;
                }
            } catch (IOException | RuntimeException e) {
                throw new MojoExecutionException("sqlrecord: cannot read " + config + ": " + e.getMessage(), e);
            }
        }
        return base.resolve("src/main/sql/migrations");
    }
}
