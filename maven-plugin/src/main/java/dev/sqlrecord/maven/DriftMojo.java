package dev.sqlrecord.maven;

import dev.sqlrecord.checker.evolve.SchemaComparison;
import dev.sqlrecord.checker.evolve.SchemaQuery;
import dev.sqlrecord.checker.evolve.SchemaSnapshot;
import dev.sqlrecord.checker.evolve.ScratchSchema;
import dev.sqlrecord.checker.evolve.SnapshotReader;
import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.SqlRecordException;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/** Fails when the database's schema is not the schema its migrations build, listing each difference. */
@Mojo(name = "drift", threadSafe = true)
public class DriftMojo extends AbstractDatabaseMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        SchemaSnapshot migrated;
        try {
            migrated = ScratchSchema.ofMigrations(migrations());
        } catch (IOException e) {
            throw new MojoFailureException("sqlrecord: " + e.getMessage(), e);
        }
        List<String> differences;
        try (Database db = open()) {
            differences = SchemaComparison.differences(
                    migrated, "the migrations", new SnapshotReader(SchemaQuery.of(db)).read(), "the database");
        } catch (SqlRecordException e) {
            throw new MojoFailureException("sqlrecord: " + e.getMessage(), e);
        }
        differences.forEach(line -> getLog().error(line));
        if (!differences.isEmpty()) {
            throw new MojoFailureException(
                    "sqlrecord: the database has drifted from its migrations; each difference is listed above");
        }
        getLog().info("sqlrecord: no drift");
    }
}
