package dev.sqlrecord.checker.schema;

import dev.sqlrecord.checker.parse.Names;
import dev.sqlrecord.checker.parse.ParsedMigration;
import dev.sqlrecord.checker.parse.ParsedStatement;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sqlite.SQLiteConnection;

/**
 * The schema's database after the migrations were replayed, as the bytes of its file: an incremental
 * check that analyses a few query files restores it instead of replaying every migration
 * (docs/ARCHITECTURE.md §8). Taken only when those bytes are all the replay left behind: no
 * migration changed the connection otherwise (a {@code PRAGMA} other than those stored in the file or
 * {@code foreign_keys}, whose value is restored; an {@code ATTACH}; a {@code TEMP} object), so that a
 * query analysed on the restored database is analysed as on the replayed one.
 */
public final class SchemaImage {
    /** PRAGMAs whose effect lives in the database file itself, so the bytes carry it. */
    private static final Set<String> STORED_PRAGMAS =
            Set.of("user_version", "application_id", "page_size", "auto_vacuum", "encoding", "journal_mode");

    private final byte[] bytes;
    private final boolean foreignKeys;

    private SchemaImage(byte[] bytes, boolean foreignKeys) {
        this.bytes = bytes;
        this.foreignKeys = foreignKeys;
    }

    /** The database the migrations were replayed on, or null when its bytes would not be all of it. */
    public static SchemaImage take(Connection db, List<ParsedMigration> migrations) throws SQLException {
        for (ParsedMigration migration : migrations) {
            for (ParsedStatement statement : migration.statements()) {
                if (changesConnection(statement)) {
                    return null;
                }
            }
        }
        try (Statement query = db.createStatement()) {
            try (ResultSet temp = query.executeQuery("SELECT count(*) FROM sqlite_temp_schema")) {
                if (temp.next() && temp.getLong(1) > 0) {
                    return null;
                }
            }
            boolean foreignKeys;
            try (ResultSet fk = query.executeQuery("PRAGMA foreign_keys")) {
                foreignKeys = fk.next() && fk.getLong(1) == 1;
            }
            return new SchemaImage(db.unwrap(SQLiteConnection.class).serialize("main"), foreignKeys);
        }
    }

    /** An image kept by {@link #bytes()} and {@link #foreignKeys()}. */
    public static SchemaImage of(byte[] bytes, boolean foreignKeys) {
        return new SchemaImage(bytes, foreignKeys);
    }

    public byte[] bytes() {
        return bytes;
    }

    public boolean foreignKeys() {
        return foreignKeys;
    }

    /** A new in-memory database that is the replayed one. */
    public Connection restore() throws SQLException {
        Connection db = DriverManager.getConnection("jdbc:sqlite::memory:");
        try {
            db.unwrap(SQLiteConnection.class).deserialize("main", bytes);
            try (Statement pragma = db.createStatement()) {
                pragma.execute("PRAGMA foreign_keys = " + (foreignKeys ? "ON" : "OFF"));
            }
            return db;
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static boolean changesConnection(ParsedStatement statement) {
        SQLiteParser.StatementContext tree = statement.tree();
        if (tree.attachStmt() != null || tree.detachStmt() != null) {
            return true;
        }
        if (tree.pragmaStmt() == null) {
            return false;
        }
        String name = Names.unquote(tree.pragmaStmt().qualifiedName().object.getText())
                .toLowerCase(Locale.ROOT);
        return !name.equals("foreign_keys") && !STORED_PRAGMAS.contains(name);
    }
}
