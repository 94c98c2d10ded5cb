package dev.sqlrecord.checker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated code against the runtime on the test classpath, with every lint on. */
public final class Compilation {
    private Compilation() {}

    /** Compiles {@code sources}; fails on errors, returns the warnings (empty when there are none). */
    public static String compile(List<Path> sources, Path classes) throws IOException {
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files =
                compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "-Xlint:all",
                    "-Xdoclint:all,-missing",
                    "-proc:none",
                    "--release",
                    "17",
                    "-d",
                    classes.toString(),
                    "-classpath",
                    System.getProperty("java.class.path"));
            boolean ok = compiler.getTask(
                            null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
                    .call();
            String report = diagnostics.getDiagnostics().stream()
                    .map(d -> d.getKind() + " "
                            + (d.getSource() == null ? "" : d.getSource().getName()) + ":" + d.getLineNumber() + ": "
                            + d.getMessage(null))
                    .collect(Collectors.joining("\n"));
            if (!ok) {
                throw new AssertionError("generated code does not compile:\n" + report);
            }
            return diagnostics.getDiagnostics().stream().anyMatch(d -> d.getKind() != Diagnostic.Kind.NOTE)
                    ? report
                    : "";
        }
    }
}
