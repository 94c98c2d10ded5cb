package dev.sqlrecord.checker.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuilt jar or classes folder is a new build, even with the same name and version. */
class ToolBuildTest {
    /** What the tests load from a jar or folder of their own, as a plugin class is loaded from its jar. */
    static final class Marker {}

    private static final String MARKER = Marker.class.getName().replace('.', '/') + ".class";

    @TempDir
    Path temp;

    private static String identity(Path location) throws Exception {
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {location.toUri().toURL()}, null)) {
            Class<?> loaded = Class.forName(Marker.class.getName(), false, loader);
            Map<String, String> entries = new TreeMap<>();
            ToolBuild.putAll(entries, List.of(loaded));
            String value = entries.get("tool " + location);
            assertTrue(value != null, entries.toString());
            return value;
        }
    }

    private static byte[] markerBytes() throws IOException {
        try (InputStream in = ToolBuildTest.class.getClassLoader().getResourceAsStream(MARKER)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aJarIsKnownBySizeAndTime() throws Exception {
        Path jar = temp.resolve("plugin-1.0-SNAPSHOT.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry(MARKER));
            out.write(markerBytes());
        }
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        String built = identity(jar);

        assertEquals(built, identity(jar));
        assertEquals(Files.size(jar) + " bytes, modified 1000000000000 ns", built);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(2_000_000));
        assertNotEquals(built, identity(jar));
    }

    @Test
    void aClassesFolderIsKnownByItsNewestFile() throws Exception {
        Path classes = temp.resolve("classes");
        Path marker = classes.resolve(MARKER);
        Files.createDirectories(marker.getParent());
        Files.write(marker, markerBytes());
        Files.setLastModifiedTime(marker, FileTime.fromMillis(1_000_000));
        String built = identity(classes);

        assertEquals("1 files, newest modified 1000000", built);
        Files.setLastModifiedTime(marker, FileTime.fromMillis(2_000_000));
        assertNotEquals(built, identity(classes));
    }

    @Test
    void aClassLoaderTellsItsJarsWhereItCan() throws Exception {
        Path jar = temp.resolve("plugin.jar");
        try (URLClassLoader plugin = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertEquals(List.of(jar.toUri().toURL()), ToolBuild.classPath(plugin));
        }
        // the JVM's own loader: its class path, as a check worker's JVM is started with the checker's jars
        List<URL> jvm = ToolBuild.classPath(ClassLoader.getSystemClassLoader());
        assertEquals(ToolBuild.jvmClassPath(), jvm);
        assertEquals(System.getProperty("java.class.path").split(File.pathSeparator).length, jvm.size());
        // any other loader is asked class by class
        assertEquals(List.of(), ToolBuild.classPath(new ClassLoader(null) {}));
    }
}
