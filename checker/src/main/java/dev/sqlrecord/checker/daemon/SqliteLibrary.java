package dev.sqlrecord.checker.daemon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library for the check workers, kept beside the daemon's files in the folder
 * {@code <key>.sqlite} (docs/ARCHITECTURE.md §8, "The check worker"). Without it, each JVM's first
 * connection copies the library out of sqlite-jdbc's jar into the temporary folder, after asking the
 * system for its name by running a process ({@code uname}): a tenth of a second of a worker's cold
 * check. The first worker of a build of the checker writes it as it ends; the later ones load it
 * from there. The folder is the user's alone, so no one else can put a library there. One that does
 * not load is logged by sqlite-jdbc, which then copies its own (the file has the name of the one in
 * its jar, which it looks for on failure), and the worker writes it again as it ends.
 */
final class SqliteLibrary {
    /** The system property that tells a worker the folder where the library is kept. */
    static final String KEEP_PROPERTY = "sqlrecord.worker.sqliteLibrary";

    private SqliteLibrary() {}

    /** The folder, in the daemon's folder. */
    static Path folder(DaemonClient names) {
        return names.file(".sqlite");
    }

    /**
     * The JVM options of the next worker: to load the library kept, when there is one; and to keep
     * it as the worker ends.
     */
    static List<String> options(DaemonClient names) {
        Path folder = folder(names);
        String keep = "-D" + KEEP_PROPERTY + "=" + folder;
        if (Files.isRegularFile(folder.resolve(LibraryLoaderUtil.getNativeLibName()))) {
            return List.of("-Dorg.sqlite.lib.path=" + folder, keep);
        }
        return List.of(keep);
    }

    /**
     * In a worker that ends: makes the kept library the one sqlite-jdbc would copy out of its jar,
     * when it is missing or differs (damaged: it did not load, and sqlite-jdbc copied its own), whole
     * or not at all (workers of a parallel build may each write it). The build is over by then.
     */
    static void keep() {
        String kept = System.getProperty(KEEP_PROPERTY);
        if (kept == null) {
            return;
        }
        Path library = Path.of(kept, LibraryLoaderUtil.getNativeLibName());
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return; // no library in the jar for this system: sqlite-jdbc looks for one of the system's
            }
            byte[] bundled = in.readAllBytes();
            if (Files.isRegularFile(library) && Arrays.equals(bundled, Files.readAllBytes(library))) {
                return;
            }
            if (!Files.isDirectory(library.getParent().getParent())) {
                return; // the daemon's folder is gone (deleted while this worker ran): nothing to keep it in
            }
            if (!Files.isDirectory(library.getParent())) {
                Files.createDirectory(library.getParent());
            }
            Path part = Files.createTempFile(
                    library.getParent(), library.getFileName().toString(), ".part");
            try {
                Files.write(part, bundled);
                Files.move(part, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("sqlrecord check worker: SQLite's library was not kept (" + e + ")");
        }
    }
}
