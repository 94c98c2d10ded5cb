package dev.sqlrecord.checker.evolve;

import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.parse.ParsedMigration;
import dev.sqlrecord.checker.parse.SourceFile;
import dev.sqlrecord.checker.schema.MigrationFiles;
import dev.sqlrecord.checker.schema.ReplayObserver;
import dev.sqlrecord.checker.schema.SchemaBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema some SQL builds, applied statement by statement to an in-memory SQLite by the checker's
 * {@link SchemaBuilder} (so a failure points at its file, line and column) and read back as a
 * {@link SchemaSnapshot}. A failure is an {@link IOException} whose message is the diagnostics.
 */
public final class ScratchSchema {
    private ScratchSchema() {}

    /** The schema a migration folder builds (any layout the runner reads). */
    public static SchemaSnapshot ofMigrations(Path dir) throws IOException {
        return of(parse(dir));
    }

    /** The folder's migrations, parsed, in the order they are applied; a refused layout is an {@link IOException}. */
    public static List<ParsedMigration> parse(Path dir) throws IOException {
        MigrationFiles files = MigrationFiles.detect(dir);
        Diagnostics diagnostics = new Diagnostics();
        files.report(ScratchSchema::display, diagnostics);
        if (diagnostics.hasErrors()) {
            throw new IOException(diagnostics.report().strip());
        }
        List<ParsedMigration> parsed = new ArrayList<>();
        for (Path file : files.files()) {
            parsed.add(ParsedMigration.of(SourceFile.read(file, display(file))));
        }
        return parsed;
    }

    /** The schema one SQL file builds (a desired schema, a baseline). */
    public static SchemaSnapshot ofFile(Path file) throws IOException {
        return of(List.of(ParsedMigration.of(SourceFile.read(file, display(file)))));
    }

    public static SchemaSnapshot of(List<ParsedMigration> migrations) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            if (!new SchemaBuilder(db, diagnostics).apply(migrations, ReplayObserver.NONE)) {
                throw new IOException(diagnostics.report().strip());
            }
            return new SnapshotReader(SchemaQuery.of(db)).read();
        } catch (SQLException e) {
            throw new IOException("the scratch SQLite database failed: " + e.getMessage(), e);
        }
    }

    /** A path as the user gave it: relative to the working directory when it is under it. */
    public static String display(Path path) {
        Path base = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute)
                .toString()
                .replace('\\', '/');
    }
}
