package dev.sqlrecord.maven;

import dev.sqlrecord.checker.Target;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/** Which target a goal checks for, shared by every goal that has a {@code target} parameter. */
final class Targets {
    private Targets() {}

    /**
     * The target the user set, else {@code d1} for a project whose wrangler config declares a D1
     * database (its SQL is held to what D1 accepts, not to the newer SQLite the check runs on), else
     * {@code sqlite}. The default is logged, since it changes what fails.
     */
    static Target resolve(String explicit, Path basedir, Log log) throws MojoExecutionException {
        if (explicit != null) {
            try {
                return Target.parse(explicit);
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("sqlrecord: " + e.getMessage(), e);
            }
        }
        Path config = WranglerConfig.find(basedir);
        if (config == null) {
            return Target.SQLITE;
        }
        boolean d1;
        try {
            d1 = WranglerConfig.declaresD1(config);
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("sqlrecord: cannot read " + config + ": " + e.getMessage(), e);
        }
        if (d1) {
            log.info("sqlrecord: target d1, as " + config.getFileName() + " declares d1_databases"
                    + " (<target>sqlite</target> checks for SQLite instead)");
        }
        return d1 ? Target.D1 : Target.SQLITE;
    }
}
