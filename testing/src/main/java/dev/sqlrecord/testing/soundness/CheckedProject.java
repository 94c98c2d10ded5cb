package dev.sqlrecord.testing.soundness;

import dev.sqlrecord.checker.CheckRequest;
import dev.sqlrecord.checker.CheckResult;
import dev.sqlrecord.checker.Checker;
import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Severity;
import dev.sqlrecord.checker.lint.LintSettings;
import dev.sqlrecord.checker.schema.MigrationFiles;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The user's project checked and compiled in a work folder, for the query properties of
 * {@code test-schema}: the checker run on the migrations, queries and source folders (writing
 * {@code model.json} and the generated code), the generated code compiled with the records and enums
 * it names (found on the source folders) against the given class path, and loaded. Either a
 * {@link QueryProject} or the reason there is none: the check's errors, or the compiler's.
 */
public final class CheckedProject implements QueryProject, AutoCloseable {
    /** What checking and compiling gave: the project, or what stopped it (then {@code project} is null). */
    public record Built(CheckedProject project, List<Diagnostic> errors, String compileErrors) {}

    private final Path base;
    private final Path work;
    private final List<Path> migrations;
    private final String packageName;
    private final URLClassLoader loader;

    private CheckedProject(Path base, Path work, List<Path> migrations, String packageName, URLClassLoader loader) {
        this.base = base;
        this.work = work;
        this.migrations = migrations;
        this.packageName = packageName;
        this.loader = loader;
    }

    /**
     * @param classPath what the generated code and the records compile against and load with: the
     *     runtime and the libraries the records use (the CLI's own class path, a build's compile class path)
     * @param work      an empty folder for the generated code, {@code model.json} and the classes
     */
    public static Built build(
            Path migrations,
            Path queries,
            List<Path> sources,
            String packageName,
            Target target,
            LintSettings lints,
            List<Path> classPath,
            Path work)
            throws IOException {
        Path base = queries.toAbsolutePath().normalize().getParent();
        CheckResult result = new Checker()
                .check(new CheckRequest(
                        base,
                        migrations.toAbsolutePath(),
                        queries.toAbsolutePath(),
                        sources.stream().map(Path::toAbsolutePath).toList(),
                        packageName,
                        work.resolve("generated"),
                        work.resolve("model.json"),
                        target,
                        lints));
        List<Diagnostic> errors = result.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .toList();
        if (!errors.isEmpty()) {
            return new Built(null, errors, "");
        }
        Path classes = work.resolve("classes");
        String problems = compile(result.generatedFiles(), sources, classPath, classes);
        if (problems != null) {
            return new Built(null, List.of(), problems);
        }
        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        for (Path entry : classPath) {
            urls.add(url(entry));
        }
        URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), CheckedProject.class.getClassLoader());
        return new Built(
                new CheckedProject(base, work, MigrationFiles.detect(migrations).files(), packageName, loader),
                List.of(),
                "");
    }

    /** Null when the generated code compiles; else the compiler's errors. */
    private static String compile(List<Path> generated, List<Path> sources, List<Path> classPath, Path classes)
            throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            return "no Java compiler in this Java runtime (" + System.getProperty("java.home") + "): run with a JDK";
        }
        Files.createDirectories(classes);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files =
                compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            // the records and enums the generated code names are compiled from the source folders as
            // needed (-implicit:class), not the whole project
            List<String> options = List.of(
                    "-proc:none",
                    "-nowarn",
                    "-implicit:class",
                    "-d",
                    classes.toString(),
                    "-classpath",
                    joined(classPath),
                    "-sourcepath",
                    joined(sources));
            boolean ok = compiler.getTask(
                            null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(generated))
                    .call();
            if (ok) {
                return null;
            }
            return diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                    .map(d -> (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
                            + d.getMessage(null))
                    .collect(Collectors.joining("\n"));
        }
    }

    private static String joined(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    private static URL url(Path entry) throws MalformedURLException {
        return entry.toAbsolutePath().toUri().toURL();
    }

    /** The class path of this JVM: what the CLI compiles the user's generated code against. */
    public static List<Path> ownClassPath() {
        List<Path> out = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                out.add(Path.of(entry));
            }
        }
        return out;
    }

    @Override
    public Path model() {
        return work.resolve("model.json");
    }

    @Override
    public Path base() {
        return base;
    }

    @Override
    public List<Path> migrationFiles() {
        return migrations;
    }

    @Override
    public Class<?> load(String name) throws ClassNotFoundException {
        return Class.forName(
                name.contains(".") || packageName.isEmpty() ? name : packageName + "." + name, true, loader);
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }
}
