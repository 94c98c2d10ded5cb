package dev.sqlrecord.maven;

import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.testing.properties.DataPreservation;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Applies each migration to a scratch database full of generated rows and fails if a table the
 * migration does not name loses rows, or foreign keys break (issue 6, item 5).
 */
@Mojo(name = "verify-data", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyDataMojo extends AbstractMigrationsMojo {
    /**
     * Where the migrations will run: {@code sqlite} or {@code d1}; default {@code d1} when the
     * wrangler config declares a D1 database, else {@code sqlite}. On D1 the runner cannot turn
     * foreign keys off, so a table rebuild loses the rows of cascading children there.
     */
    @Parameter(property = "sqlrecord.target")
    String target;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path base = project.getBasedir().toPath().toAbsolutePath();
        Diagnostics diagnostics = new Diagnostics();
        Target parsedTarget = Targets.resolve(target, base, getLog());
        try {
            DataPreservation.check(
                    migrations(),
                    p -> base.relativize(p.toAbsolutePath()).toString().replace('\\', '/'),
                    parsedTarget,
                    diagnostics);
        } catch (IOException | SQLException e) {
            throw new MojoExecutionException("sqlrecord: the data check could not run: " + e.getMessage(), e);
        }
        for (Diagnostic d : diagnostics.sorted()) {
            getLog().error(d.headline());
        }
        if (diagnostics.hasErrors()) {
            throw new MojoFailureException("sqlrecord: a migration loses or breaks data; each case is listed above");
        }
        getLog().info("sqlrecord: data preservation: ok");
    }
}
