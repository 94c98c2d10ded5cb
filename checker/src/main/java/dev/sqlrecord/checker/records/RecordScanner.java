package dev.sqlrecord.checker.records;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Finds the records of a project by parsing its Java sources with the JDK's compiler (parse only:
 * no classpath, no compilation, so it works before anything is built).
 */
public final class RecordScanner {
    private final Function<Path, String> display;

    public RecordScanner(Function<Path, String> display) {
        this.display = display;
    }

    public List<RecordInfo> scan(List<Path> sourceRoots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : sourceRoots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
                }
            }
        }
        if (files.isEmpty()) {
            return List.of();
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IOException("no Java compiler available: run sqlrecord on a JDK, not a JRE");
        }
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
            // Syntax errors in the user's Java are the compiler's to report, later; ignore them here.
            JavacTask task = (JavacTask) compiler.getTask(null, fileManager, d -> { }, List.of("-proc:none"), null, units);
            List<RecordInfo> records = new ArrayList<>();
            SourcePositions positions = Trees.instance(task).getSourcePositions();
            for (CompilationUnitTree unit : task.parse()) {
                collect(unit, positions, records);
            }
            return records;
        }
    }

    private void collect(CompilationUnitTree unit, SourcePositions positions, List<RecordInfo> out) {
        String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
        TypeNames names = new TypeNames(pkg, unit.getImports().stream()
                .filter(i -> !i.isStatic())
                .map(ImportTree::getQualifiedIdentifier)
                .map(Object::toString)
                .toList());
        String file = display.apply(Path.of(unit.getSourceFile().toUri()));
        new TreeScanner<Void, String>() {
            @Override
            public Void visitClass(ClassTree node, String outer) {
                String name = outer.isEmpty() ? node.getSimpleName().toString() : outer + "." + node.getSimpleName();
                if (node.getKind() == Tree.Kind.RECORD) {
                    List<RecordInfo.Component> components = new ArrayList<>();
                    for (Tree member : node.getMembers()) {
                        // A record's only instance fields are its components.
                        if (member instanceof VariableTree v && !v.getModifiers().getFlags().contains(Modifier.STATIC)) {
                            components.add(new RecordInfo.Component(v.getName().toString(),
                                    names.resolve(v.getType().toString())));
                        }
                    }
                    long start = positions.getStartPosition(unit, node);
                    int line = (int) unit.getLineMap().getLineNumber(start);
                    String qualified = pkg.isEmpty() ? name : pkg + "." + name;
                    out.add(new RecordInfo(qualified, file, line, components));
                }
                return super.visitClass(node, name);
            }
        }.scan(unit, "");
    }
}
