package dev.sqlrecord.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlrecord.checker.diag.Severity;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A case folder checked afresh in a work folder (with extra query files when asked), its generated
 * code and records compiled and loaded: for tests that run generated code on real databases.
 */
public final class GeneratedCase implements AutoCloseable {
    private final Path work;
    private final URLClassLoader loader;

    private GeneratedCase(Path work, URLClassLoader loader) {
        this.work = work;
        this.loader = loader;
    }

    /** @param extraQueries query files to add, by file name ({@code enum_round_trip.sql}) */
    public static GeneratedCase of(Path dir, Path work, Map<String, String> extraQueries) throws IOException {
        copy(dir, work);
        for (Map.Entry<String, String> file : extraQueries.entrySet()) {
            Files.writeString(work.resolve("queries").resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        boolean records = Files.isDirectory(work.resolve("records"));
        CheckResult result = new Checker()
                .check(new CheckRequest(
                        work,
                        Path.of("migrations"),
                        Path.of("queries"),
                        records ? List.of(Path.of("records")) : List.of(),
                        CaseTest.PACKAGE,
                        work.resolve("generated"),
                        work.resolve("model.json"),
                        Target.SQLITE,
                        CaseTest.lints(dir)));
        assertEquals(
                List.of(),
                result.diagnostics().stream()
                        .filter(d -> d.severity() == Severity.ERROR)
                        .map(Object::toString)
                        .toList(),
                dir + " does not check");
        List<Path> sources = new ArrayList<>(result.generatedFiles());
        if (records) {
            try (Stream<Path> walk = Files.walk(work.resolve("records"))) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        Path classes = work.resolve("classes");
        Compilation.compile(sources, classes);
        return new GeneratedCase(
                work,
                new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()}, GeneratedCase.class.getClassLoader()));
    }

    /**
     * Whether {@code method} is a query's list form ({@code insertPost(List<InsertPostParams>)}) or
     * record form ({@code insertPost(InsertPostParams)}), the overloads beside its positional
     * method: tests that find a method by name skip them.
     */
    public static boolean isListForm(java.lang.reflect.Method method) {
        if (method.getParameterCount() != 1) {
            return false;
        }
        // the record form takes the query's nested parameter record itself
        if (method.getParameterTypes()[0].getDeclaringClass() == method.getDeclaringClass()) {
            return true;
        }
        return method.getGenericParameterTypes()[0] instanceof java.lang.reflect.ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element
                && element.getDeclaringClass() == method.getDeclaringClass();
    }

    /** A file the check wrote in the work folder, such as {@code queries.json} beside {@code model.json}. */
    Path output(String name) {
        return work.resolve(name);
    }

    public Path migrations() {
        return work.resolve("migrations");
    }

    /** A class of the case: generated ({@code ProfilesQueries}, in the cases' package) or a record by full name. */
    public Class<?> load(String name) throws ClassNotFoundException {
        return Class.forName(name.contains(".") ? name : CaseTest.PACKAGE + "." + name, true, loader);
    }

    /** The folder of the case's queries, as checked (the case's own and the extra ones). */
    public Path queries() {
        return work.resolve("queries");
    }

    /** The model.json the check wrote. */
    public Path model() {
        return work.resolve("model.json");
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p :
                    walk.filter(p -> !from.relativize(p).startsWith("expected")).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
