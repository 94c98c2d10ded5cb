package dev.sqlrecord.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the migrations, queries and records, then generates one repository class per query file
 * and adds the generated sources to the compile. Fails the build once when anything is wrong.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractSqlRecordMojo {

    /** Where the generated sources go; added as a compile source root. */
    @Parameter(
            property = "sqlrecord.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/sqlrecord")
    File outputDirectory;

    @Override
    File outputDirectory() {
        return outputDirectory;
    }

    @Override
    File generatedSourcesDirectory() {
        return outputDirectory;
    }

    @Override
    void afterSuccess() {
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    }
}
