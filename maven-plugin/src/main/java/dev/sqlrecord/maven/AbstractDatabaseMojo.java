package dev.sqlrecord.maven;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.d1.D1Config;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** Goals that talk to a database: a JDBC URL, or D1 only when asked for by name (never by default). */
abstract class AbstractDatabaseMojo extends AbstractMigrationsMojo {

    /** The SQLite database, e.g. {@code jdbc:sqlite:app.db}. */
    @Parameter(property = "sqlrecord.url")
    String url;

    /** Use the remote D1 database named by CLOUDFLARE_ACCOUNT_ID, CLOUDFLARE_DATABASE_ID and CLOUDFLARE_D1_TOKEN. */
    @Parameter(property = "sqlrecord.d1", defaultValue = "false")
    boolean d1;

    Database open() throws MojoExecutionException {
        if ((url == null || url.isBlank()) == !d1) {
            throw new MojoExecutionException(
                    "sqlrecord: give exactly one of sqlrecord.url (a JDBC URL) and sqlrecord.d1");
        }
        try {
            return d1 ? Database.d1(D1Config.fromEnvironment()) : Database.open(url);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("sqlrecord: cannot open the database: " + e.getMessage(), e);
        }
    }
}
