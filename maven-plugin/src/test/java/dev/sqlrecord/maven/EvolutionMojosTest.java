package dev.sqlrecord.maven;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.runtime.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The thin goals over schema evolution: status's gate, drift, pull and diff. */
class EvolutionMojosTest {
    @TempDir
    Path base;

    private <M extends AbstractMigrationsMojo> M configure(M mojo) {
        MavenProject project = new MavenProject();
        project.setFile(base.resolve("pom.xml").toFile());
        mojo.project = project;
        mojo.migrationsDirectory = base.resolve("migrations").toFile();
        return mojo;
    }

    @Test
    void pullThenDriftThenDiffThenStatusGate() throws Exception {
        String url = "jdbc:sqlite:" + base.resolve("app.db");
        try (Database db = Database.open(url)) {
            db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
        }
        PullMojo pull = configure(new PullMojo());
        pull.url = url;
        pull.out = base.toFile();
        pull.execute();
        assertTrue(Files.isRegularFile(base.resolve("migrations/0001_baseline.sql")));

        DriftMojo drift = configure(new DriftMojo());
        drift.url = url;
        drift.execute();

        Path schema = Files.writeString(
                base.resolve("schema.sql"),
                "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL, tag TEXT);");
        DiffMojo diff = configure(new DiffMojo());
        diff.schema = schema.toFile();
        diff.target = "sqlite";
        diff.write = true;
        diff.execute();
        assertTrue(Files.readString(base.resolve("migrations/0002_schema_diff.sql"))
                .contains("ADD COLUMN tag TEXT"));

        assertThrows(MojoFailureException.class, drift::execute);
        StatusMojo status = configure(new StatusMojo());
        status.url = url;
        status.execute();
        status.failOnPending = true;
        assertThrows(MojoFailureException.class, status::execute);
    }
}
