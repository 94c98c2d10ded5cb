package dev.sqlrecord.testing.soundness;

import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Severity;
import dev.sqlrecord.testing.properties.SchemaProperty;
import dev.sqlrecord.testing.properties.SchemaUnderTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code test-schema}'s properties about queries and generated code, {@code sound} and
 * {@code round-trips} (DESIGN §8), run when the project has queries. Both judge the project checked
 * and compiled once ({@link CheckedProject}); a project that does not check or compile is reported
 * once, by {@code sound}, with the checker's or the compiler's errors.
 */
public final class QueryProperties {
    /** States of the schema each query runs on, as in our own soundness test. */
    static final int STATES = 8;

    private final String packageName;
    private final List<Path> classPath;
    private final Consumer<Path> editModel;
    private Path work;
    private CheckedProject project;
    private boolean built;

    private QueryProperties(String packageName, List<Path> classPath, Consumer<Path> editModel) {
        this.packageName = packageName;
        this.classPath = List.copyOf(classPath);
        this.editModel = editModel;
    }

    /**
     * @param packageName the generated code's package (the records may import it)
     * @param classPath   what the generated code and the records compile against: the runtime and
     *                    the libraries the records use
     */
    public static List<SchemaProperty> of(String packageName, List<Path> classPath) {
        return of(packageName, classPath, model -> {});
    }

    /**
     * The properties judging a model that {@code editModel} changed after the check wrote it: how a
     * test plants an inference the data contradicts, which the checker itself would not write.
     */
    static List<SchemaProperty> of(String packageName, List<Path> classPath, Consumer<Path> editModel) {
        QueryProperties shared = new QueryProperties(packageName, classPath, editModel);
        return List.of(new Sound(shared), new RoundTrips(shared));
    }

    /** The checked and compiled project, built at the first call; null when it does not check or compile. */
    CheckedProject project(SchemaUnderTest schema) throws IOException {
        if (built) {
            return project;
        }
        built = true;
        work = Files.createTempDirectory("sqlrecord-test-schema");
        CheckedProject.Built result = CheckedProject.build(
                schema.request().migrations(),
                schema.queries(),
                schema.sources(),
                packageName,
                schema.target(),
                schema.request().lints(),
                classPath,
                work);
        Path base = schema.queries().toAbsolutePath().normalize().getParent();
        for (Diagnostic error : result.errors()) {
            Path file = base.resolve(error.file());
            String shown = schema.request().display().apply(file);
            if (Files.isRegularFile(file)) {
                schema.source(shown, Files.readString(file, StandardCharsets.UTF_8));
            }
            schema.report(
                    new Diagnostic(
                            shown,
                            error.line(),
                            error.column(),
                            error.length(),
                            Severity.ERROR,
                            error.code(),
                            "the queries do not check, so they cannot be run: " + error.message()),
                    "");
        }
        if (!result.compileErrors().isEmpty()) {
            schema.report(
                    new Diagnostic(
                            schema.request().display().apply(schema.queries()),
                            1,
                            1,
                            1,
                            Severity.ERROR,
                            "generated-code-compile",
                            "the generated code does not compile with the records of the source folders: "
                                    + result.compileErrors()),
                    "");
        }
        project = result.project();
        if (project != null) {
            editModel.accept(project.model());
        }
        return project;
    }

    /** Forgets the compiled project and its work folder. */
    void close() throws IOException {
        if (project != null) {
            project.close();
        }
        if (work != null) {
            try (Stream<Path> walk = Files.walk(work)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
