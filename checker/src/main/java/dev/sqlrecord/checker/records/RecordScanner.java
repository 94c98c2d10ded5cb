package dev.sqlrecord.checker.records;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.runtime.internal.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Finds the records of a project by parsing its Java sources with the JDK's compiler (parse only:
 * no classpath, no compilation, so it works before anything is built). A file the compiler cannot
 * parse is reported as what it is, at javac's line and with javac's message; its records are then
 * not held to queries, whose mismatches would only be echoes of that error.
 */
public final class RecordScanner {
    private final Function<Path, String> display;
    private final Diagnostics diagnostics;
    private final List<EnumInfo> enums = new ArrayList<>();
    private final Set<String> unparsable = new HashSet<>();

    public RecordScanner(Function<Path, String> display, Diagnostics diagnostics) {
        this.display = display;
        this.diagnostics = diagnostics;
    }

    /** The files (as diagnostics name them) that the last {@link #scan} found errors in. */
    public Set<String> unparsableFiles() {
        return Set.copyOf(unparsable);
    }

    /** The enums the last {@link #scan} found. */
    public List<EnumInfo> enums() {
        return List.copyOf(enums);
    }

    public List<RecordInfo> scan(List<Path> sourceRoots) throws IOException {
        return scan(sourceRoots, SourceScan.Cache.NONE);
    }

    /**
     * The records of the source files under {@code sourceRoots}, root by root, in path order; the
     * files' enums in {@link #enums()}. A file javac parsed without error before, by name and content,
     * is taken from {@code kept}; the others are parsed, and those that parse are kept there.
     */
    public List<RecordInfo> scan(List<Path> sourceRoots, SourceScan.Cache kept) throws IOException {
        enums.clear();
        unparsable.clear();
        // the files that can declare a record or an enum, in order, each with its scan (null: to parse)
        Map<String, SourceScan> scans = new LinkedHashMap<>();
        Map<String, String> keys = new HashMap<>();
        List<Path> toParse = new ArrayList<>();
        Set<String> parsed = new HashSet<>();
        for (Path file : sourceFiles(sourceRoots)) {
            byte[] content = Files.readAllBytes(file);
            if (mayDeclareTypes(content)) {
                String name = display.apply(file);
                String key = name + " " + Sha256.hex(content);
                keys.put(name, key);
                SourceScan scan = kept.findScan(key);
                scans.put(name, scan);
                if (scan == null) {
                    toParse.add(file);
                    parsed.add(name);
                }
            }
        }
        if (!toParse.isEmpty()) {
            parse(toParse, scans);
        }
        List<RecordInfo> records = new ArrayList<>();
        scans.forEach((name, scan) -> {
            if (scan != null) {
                records.addAll(scan.records());
                enums.addAll(scan.enums());
                if (parsed.contains(name) && !unparsable.contains(name)) {
                    kept.keepScan(keys.get(name), scan);
                }
            }
        });
        return records;
    }

    /** Parses {@code files} with javac, putting each one's scan into {@code scans}; reports the errors. */
    private void parse(List<Path> files, Map<String, SourceScan> scans) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IOException("no Java compiler available: run sqlrecord on a JDK, not a JRE");
        }
        // The file manager reports bytes that are not UTF-8 (to stderr unless it has a listener).
        DiagnosticCollector<JavaFileObject> errors = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager =
                compiler.getStandardFileManager(errors, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
            JavacTask task =
                    (JavacTask) compiler.getTask(null, fileManager, errors, List.of("-proc:none"), null, units);
            SourcePositions positions = Trees.instance(task).getSourcePositions();
            for (CompilationUnitTree unit : task.parse()) {
                String file = display.apply(Path.of(unit.getSourceFile().toUri()));
                scans.put(file, collect(unit, file, positions));
            }
            for (Diagnostic<? extends JavaFileObject> error : errors.getDiagnostics()) {
                if (error.getKind() == Diagnostic.Kind.ERROR && error.getSource() != null) {
                    report(error);
                }
            }
        }
    }

    private void report(Diagnostic<? extends JavaFileObject> error) throws IOException {
        String file = display.apply(Path.of(error.getSource().toUri()));
        if (unparsable.add(file)) {
            diagnostics.source(file, error.getSource().getCharContent(true).toString());
        }
        // javac's own words; its code tells a byte that is not UTF-8 from a syntax error.
        boolean encoding = String.valueOf(error.getCode()).contains("encoding");
        diagnostics.error(
                file,
                (int) error.getLineNumber(),
                (int) error.getColumnNumber(),
                1,
                encoding ? "invalid-encoding" : "java-syntax-error",
                error.getMessage(Locale.ROOT));
    }

    /**
     * Whether a source file can declare a record or an enum: when the word {@code record} or
     * {@code enum} appears in it (in code, a comment or a string alike), or a Unicode escape, which
     * could spell one. Only such files are parsed (docs/ARCHITECTURE.md §8): the others cannot add a
     * record or an enum, so their syntax is left to the compiler, and an edit of one changes nothing
     * the check reads (the fingerprint leaves their content out).
     */
    public static boolean mayDeclareTypes(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        return text.contains("\\u") || containsWord(text, "record") || containsWord(text, "enum");
    }

    private static boolean containsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !identifierPart(text.charAt(at - 1)))
                    && (end == text.length() || !identifierPart(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * ASCII letters, digits, {@code _} and {@code $}. A non-ASCII neighbour does not hide the word:
     * when in doubt, the file is parsed.
     */
    private static boolean identifierPart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
    }

    /** The {@code .java} files a scan reads: every one under each root, root by root, in path order. */
    public static List<Path> sourceFiles(List<Path> sourceRoots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : sourceRoots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
                }
            }
        }
        return files;
    }

    /**
     * The string argument of the annotation named {@code simpleName} on {@code v} (empty when it has
     * none), or null when it is absent. Matched by simple name: without a classpath we cannot tell
     * whose it is, and the runtime's are the only ones a component would carry with these names.
     */
    private static String annotation(VariableTree v, String simpleName) {
        for (AnnotationTree a : v.getModifiers().getAnnotations()) {
            String type = a.getAnnotationType().toString();
            if (!type.equals(simpleName) && !type.endsWith("." + simpleName)) {
                continue;
            }
            for (ExpressionTree argument : a.getArguments()) {
                ExpressionTree value = argument instanceof AssignmentTree assign ? assign.getExpression() : argument;
                if (value instanceof LiteralTree literal && literal.getValue() instanceof String text) {
                    return text;
                }
            }
            return "";
        }
        return null;
    }

    private static SourceScan collect(CompilationUnitTree unit, String file, SourcePositions positions) {
        List<RecordInfo> out = new ArrayList<>();
        List<EnumInfo> enums = new ArrayList<>();
        String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
        TypeNames names = new TypeNames(
                pkg,
                unit.getImports().stream()
                        .filter(i -> !i.isStatic())
                        .map(ImportTree::getQualifiedIdentifier)
                        .map(Object::toString)
                        .toList());
        new TreeScanner<Void, String>() {
            @Override
            public Void visitClass(ClassTree node, String outer) {
                String name = outer.isEmpty() ? node.getSimpleName().toString() : outer + "." + node.getSimpleName();
                if (node.getKind() == Tree.Kind.RECORD) {
                    List<RecordInfo.Component> components = new ArrayList<>();
                    for (Tree member : node.getMembers()) {
                        // A record's only instance fields are its components.
                        if (member instanceof VariableTree v
                                && !v.getModifiers().getFlags().contains(Modifier.STATIC)) {
                            components.add(new RecordInfo.Component(
                                    v.getName().toString(),
                                    names.resolve(v.getType().toString()),
                                    annotation(v, "Column"),
                                    annotation(v, "Json") != null,
                                    annotation(v, "EpochMillis") != null));
                        }
                    }
                    out.add(new RecordInfo(qualified(name), file, line(node), components));
                } else if (node.getKind() == Tree.Kind.ENUM) {
                    List<EnumInfo.Constant> constants = new ArrayList<>();
                    for (Tree member : node.getMembers()) {
                        // Parsed, not attributed: a constant is a field of the enum's own type made by 'new'.
                        if (member instanceof VariableTree v
                                && v.getInitializer() instanceof NewClassTree
                                && v.getType()
                                        .toString()
                                        .equals(node.getSimpleName().toString())) {
                            constants.add(new EnumInfo.Constant(v.getName().toString(), annotation(v, "SqlValue")));
                        }
                    }
                    enums.add(new EnumInfo(qualified(name), file, line(node), constants));
                }
                return super.visitClass(node, name);
            }

            private String qualified(String name) {
                return pkg.isEmpty() ? name : pkg + "." + name;
            }

            private int line(ClassTree node) {
                return (int) unit.getLineMap().getLineNumber(positions.getStartPosition(unit, node));
            }
        }.scan(unit, "");
        return new SourceScan(out, enums);
    }
}
