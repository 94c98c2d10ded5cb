package dev.sqlrecord.runtime.migrations;

import dev.sqlrecord.runtime.SqlRecordException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads migration files: the {@code *.sql} files directly in a folder (wrangler's default pattern),
 * from the file system or from the classpath, where the folder may be a directory
 * ({@code target/classes}) or a jar.
 */
final class MigrationSources {
    private MigrationSources() {}

    /** The files of one folder, and drizzle-kit's journal text if the folder has one. */
    record Folder(List<Migration> files, String journal) {}

    static Folder folderFromDirectory(Path dir) {
        List<Migration> files = fromDirectory(dir);
        Path journal = dir.resolve(MigrationLayout.JOURNAL);
        try {
            return new Folder(files, Files.isRegularFile(journal) ? text(Files.readAllBytes(journal)) : null);
        } catch (IOException e) {
            throw new SqlRecordException("could not read " + journal + ": " + e.getMessage(), e);
        }
    }

    static Folder folderFromClasspath(String folder, ClassLoader loader) {
        List<Migration> files = fromClasspath(folder, loader);
        try (InputStream in = loader.getResourceAsStream(trimSlashes(folder) + "/" + MigrationLayout.JOURNAL)) {
            return new Folder(files, in == null ? null : text(in.readAllBytes()));
        } catch (IOException e) {
            throw new SqlRecordException(
                    "could not read " + MigrationLayout.JOURNAL + " in " + folder + ": " + e.getMessage(), e);
        }
    }

    static List<Migration> fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new SqlRecordException("migrations directory not found: " + dir);
        }
        List<Migration> migrations = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(".sql") && Files.isRegularFile(file)) {
                    migrations.add(new Migration(name, text(Files.readAllBytes(file))));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new SqlRecordException("could not read migrations from " + dir + ": " + e.getMessage(), e);
        }
        return migrations;
    }

    static List<Migration> fromClasspath(String folder, ClassLoader loader) {
        String path = trimSlashes(folder);
        Map<String, Migration> byName = new HashMap<>();
        try {
            Enumeration<URL> roots = loader.getResources(path);
            if (!roots.hasMoreElements()) {
                throw new SqlRecordException("migrations folder not found on the classpath: " + path);
            }
            for (URL root : Collections.list(roots)) {
                for (Migration migration : fromRoot(root)) {
                    if (byName.putIfAbsent(migration.name(), migration) != null) {
                        throw new SqlRecordException(
                                "migration " + migration.name() + " is on the classpath twice (folder " + path + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new SqlRecordException(
                    "could not read migrations folder " + path + " from the classpath: " + e.getMessage(), e);
        }
        return new ArrayList<>(byName.values());
    }

    private static List<Migration> fromRoot(URL root) throws IOException {
        switch (root.getProtocol()) {
            case "file":
                try {
                    return fromDirectory(Path.of(root.toURI()));
                } catch (URISyntaxException e) {
                    throw new IOException("bad file URL " + root, e);
                }
            case "jar":
                return fromJar(root);
            default:
                throw new SqlRecordException(
                        "cannot list migrations at " + root + " (only file: and jar: classpath entries are supported)");
        }
    }

    /** Lists a folder inside a jar: entries {@code folder/<name>.sql}, not in subfolders. */
    private static List<Migration> fromJar(URL root) throws IOException {
        URLConnection connection = root.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
            throw new SqlRecordException("cannot list migrations at " + root);
        }
        // a cached JarFile is shared with the class loader; an uncached one is ours to close
        jarConnection.setUseCaches(false);
        String prefix = trimSlashes(jarConnection.getEntryName()) + "/";
        List<Migration> migrations = new ArrayList<>();
        try (JarFile jar = jarConnection.getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String entryName = entry.getName();
                if (entry.isDirectory() || !entryName.startsWith(prefix) || !entryName.endsWith(".sql")) {
                    continue;
                }
                String name = entryName.substring(prefix.length());
                if (name.indexOf('/') < 0) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        migrations.add(new Migration(name, text(in.readAllBytes())));
                    }
                }
            }
        }
        return migrations;
    }

    /** UTF-8, without the byte-order mark some editors write (SQLite would reject it as a token). */
    private static String text(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String trimSlashes(String path) {
        int from = 0;
        int to = path.length();
        while (from < to && path.charAt(from) == '/') {
            from++;
        }
        while (to > from && path.charAt(to - 1) == '/') {
            to--;
        }
        return path.substring(from, to);
    }
}
