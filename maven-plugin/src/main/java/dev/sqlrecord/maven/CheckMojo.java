package dev.sqlrecord.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the migrations, queries and records without generating code: a fast gate for CI or a
 * pre-commit hook. Fails the build once when anything is wrong.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractSqlRecordMojo {

    /** The folder the generate goal writes to; excluded from the record search. */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/sqlrecord", readonly = true)
    File generatedSourcesDirectory;

    @Override
    File outputDirectory() {
        return null;
    }

    @Override
    File generatedSourcesDirectory() {
        return generatedSourcesDirectory;
    }
}
