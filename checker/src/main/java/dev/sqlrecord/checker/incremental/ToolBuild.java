package dev.sqlrecord.checker.incremental;

import dev.sqlrecord.checker.Checker;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Which build of the code that checks: for a class of each part, the jar (or classes folder) it was
 * loaded from, by size and modification time. Versions alone would not do: a rebuilt SNAPSHOT keeps
 * its version but may check differently. Plus the JDK, whose compiler parses the records.
 */
public final class ToolBuild {
    /**
     * The libraries whose behaviour the outputs depend on, one class of each: the checker, the
     * grammar, the migration layout rules (runtime), SQLite itself, the code and JSON writers. By
     * name, and found as class files: loading them would initialise them (the SQLite driver, the JSON
     * mapper), which cost a skipped check more than everything else it does.
     */
    private static final List<String> CHECKER = List.of(
            Checker.class.getName(),
            "dev.sqlrecord.grammar.SqlSyntax",
            "dev.sqlrecord.runtime.migrations.MigrationLayout",
            "org.sqlite.JDBC",
            "com.palantir.javapoet.JavaFile",
            "com.fasterxml.jackson.databind.ObjectMapper");

    private ToolBuild() {}

    /** Adds the entries of the JDK, the checker and its libraries, and the {@code callers}' own jars. */
    static void putAll(Map<String, String> entries, List<Class<?>> callers) throws IOException {
        entries.put("tool java", Runtime.version().toString());
        put(entries, Checker.class.getClassLoader(), CHECKER);
        for (Class<?> caller : callers) {
            // A JDK class has no class loader: covered by the JDK's version.
            if (caller.getClassLoader() != null) {
                put(entries, caller.getClassLoader(), List.of(caller.getName()));
            }
        }
    }

    /**
     * The jars of {@code classNames}: those of the loader's class path ({@link #classPath}), each an
     * entry, which covers every class and costs a file's attributes each. Any other loader is asked
     * where each class file is, which opens jars.
     */
    private static void put(Map<String, String> entries, ClassLoader loader, List<String> classNames)
            throws IOException {
        List<URL> classPath = classPath(loader);
        if (!classPath.isEmpty()) {
            for (URL url : classPath) {
                put(entries, url, localFile(url));
            }
            return;
        }
        for (String name : classNames) {
            String resource = name.replace('.', '/') + ".class";
            URL url = loader.getResource(resource);
            if (url == null) {
                entries.put("tool " + name, "not found");
            } else {
                put(entries, url, container(url, resource));
            }
        }
    }

    /**
     * The jars and folders {@code loader} loads from, in its order, where it tells them: a plugin's
     * class loader (Maven's is a {@link URLClassLoader}); the JVM's own, whose class path a check
     * worker's JVM is started with (docs/ARCHITECTURE.md §8, "The check worker"). Empty for any
     * other loader. The check daemon is named by these jars too ({@code daemon.DaemonClient}).
     */
    public static List<URL> classPath(ClassLoader loader) throws IOException {
        if (loader instanceof URLClassLoader urls && urls.getURLs().length > 0) {
            return List.of(urls.getURLs());
        }
        return loader == ClassLoader.getSystemClassLoader() ? jvmClassPath() : List.of();
    }

    /** The entries of the JVM's class path, as URLs. */
    public static List<URL> jvmClassPath() throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                urls.add(Path.of(entry).toAbsolutePath().toUri().toURL());
            }
        }
        return urls;
    }

    /** The entry of the jar or folder at {@code url}: by its identity, or never trusted when it is no local file. */
    private static void put(Map<String, String> entries, URL url, Path location) throws IOException {
        if (location == null) {
            // a jar inside a jar, say: its build cannot be told, so never trust a match
            entries.put("tool " + url, "unknown build, seen " + System.nanoTime());
        } else {
            entries.put("tool " + location, identity(location));
        }
    }

    /** The jar or classes folder a class file's URL lies in; null when it is no local file. */
    private static Path container(URL url, String resource) {
        String text = url.toString();
        if (text.startsWith("jar:file:") && text.endsWith("!/" + resource)) {
            String jar = text.substring("jar:".length(), text.length() - resource.length() - 2);
            return jar.contains("!/") ? null : file(jar);
        }
        if (text.startsWith("file:") && text.endsWith("/" + resource)) {
            return file(text.substring(0, text.length() - resource.length()));
        }
        return null;
    }

    /** The local file or folder at {@code url}; null for anything else (a jar inside a jar, say). */
    public static Path localFile(URL url) {
        return url.getProtocol().equals("file") ? file(url.toString()) : null;
    }

    private static Path file(String uri) {
        try {
            return Path.of(new URI(uri));
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            return null;
        }
    }

    /**
     * A jar by size and time; a classes folder (tests, an IDE) by its file count and newest time.
     * The check daemon is named by these too ({@code daemon.DaemonClient}).
     */
    public static String identity(Path location) throws IOException {
        if (!Files.isDirectory(location)) {
            return FileEntries.stamp(location);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(location)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        long newest = 0;
        for (Path file : files) {
            newest = Math.max(newest, Files.getLastModifiedTime(file).toMillis());
        }
        return files.size() + " files, newest modified " + newest;
    }
}
