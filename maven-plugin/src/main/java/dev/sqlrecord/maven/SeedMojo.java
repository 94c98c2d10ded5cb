package dev.sqlrecord.maven;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.migrations.Migrations;
import dev.sqlrecord.testing.generate.Seeder;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Migrates a development database if needed and fills every table with generated rows, foreign keys
 * and CHECKs respected; the seed is logged so that the same rows can be had again.
 */
@Mojo(name = "seed", threadSafe = true)
public class SeedMojo extends AbstractDatabaseMojo {
    /** Rows to write to each table. */
    @Parameter(property = "sqlrecord.rows", defaultValue = "10")
    int rows;

    /** The generator's seed; a random one (logged) when not given. */
    @Parameter(property = "sqlrecord.seed")
    Long seed;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (rows < 0) {
            throw new MojoExecutionException("sqlrecord: sqlrecord.rows must not be negative, not " + rows);
        }
        long chosen = seed != null ? seed : new SecureRandom().nextLong();
        getLog().info("sqlrecord: seed " + chosen);
        try (Database db = open()) {
            Seeder.Report report = Seeder.seed(db, Migrations.fromDirectory(migrations()), rows, chosen);
            report.applied().forEach(name -> getLog().info("sqlrecord: applied " + name));
            report.filled().inserted().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> getLog().info("sqlrecord: " + e.getKey() + ": " + e.getValue() + " rows"));
            report.filled()
                    .unfilled()
                    .forEach((table, why) ->
                            getLog().error("sqlrecord: no row could be written to " + table + ": " + why));
            if (!report.filled().complete()) {
                throw new MojoFailureException("sqlrecord: some tables could not be seeded; each is listed above");
            }
        } catch (SqlRecordException e) {
            throw new MojoFailureException("sqlrecord: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new MojoExecutionException("sqlrecord: the scratch SQLite copy failed: " + e.getMessage(), e);
        }
    }
}
