package dev.sqlrecord.runtime.migrations;

import dev.sqlrecord.runtime.internal.Sha256;
import dev.sqlrecord.runtime.internal.StatementSplitter;
import java.util.Objects;

/**
 * One migration file.
 *
 * @param name the file name (e.g. {@code 0001_init.sql}), which is what {@code d1_migrations} records
 * @param sql  the file's text
 */
public record Migration(String name, String sql) {
    public Migration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
    }

    /**
     * Whether a statement of the file turns foreign keys off ({@code PRAGMA foreign_keys = OFF}), in
     * which case the runner applies it with foreign keys off on SQLite and checks them before the
     * commit. D1 ignores the pragma: there the file runs with foreign keys on.
     */
    public boolean turnsForeignKeysOff() {
        return ForeignKeyPragma.turnsOff(StatementSplitter.splitMigration(sql));
    }

    /**
     * This file as D1 runs it, for tools that emulate D1 on SQLite: D1 ignores {@code PRAGMA
     * foreign_keys = OFF}, so here each one becomes a mere read of the setting (line numbers stay).
     * Same name; the text, and so the checksum, differ.
     */
    public Migration asRunOnD1() {
        return new Migration(name, ForeignKeyPragma.withoutTurningOff(sql));
    }

    /**
     * SHA-256 (hex) of the text with CRLF read as LF, so a checkout with other line endings
     * (git autocrlf) is not taken for an edit.
     */
    public String sha256() {
        return Sha256.hex(sql.replace("\r\n", "\n"));
    }
}
