package dev.sqlrecord.runtime.migrations;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.SqlRecordException;
import dev.sqlrecord.runtime.Statement;
import dev.sqlrecord.runtime.UniqueViolationException;
import dev.sqlrecord.runtime.internal.RuntimeAccess;
import dev.sqlrecord.runtime.internal.SqlStatement;
import dev.sqlrecord.runtime.internal.StatementSplitter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Applies migration files the way {@code wrangler d1 migrations apply} does, and records them in
 * wrangler's own {@code d1_migrations} table, so both tools agree on what is applied (docs/ARCHITECTURE.md §4).
 *
 * <ul>
 * <li>Pending = every file whose name is not in {@code d1_migrations.name} (a set difference: an
 *     older file that was never applied is applied too).</li>
 * <li>Each file's statements and its tracking row run in one transaction; the first failing file
 *     stops the run with a {@link MigrationException}, and nothing of that file stays applied.</li>
 * <li>On SQLite, a file that says {@code PRAGMA foreign_keys = OFF} runs with foreign keys off,
 *     then must pass {@code PRAGMA foreign_key_check} before it commits ({@link ForeignKeyPragma}).
 *     D1 ignores that pragma, so there the file runs with foreign keys on.</li>
 * <li>Files contain no transaction control: a {@code BEGIN TRANSACTION}/{@code COMMIT} wrapper is
 *     stripped (as wrangler does); any other is an error, since D1 rejects it.</li>
 * </ul>
 */
public final class Migrations {
    static final String CREATE_TRACKING_TABLE = """
            CREATE TABLE IF NOT EXISTS d1_migrations(
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              name TEXT UNIQUE,
              applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)""";
    /**
     * Our side table: the checksum of each applied file, so an edit after applying is caught.
     * Wrangler's table stays exactly as wrangler makes it, so both tools keep agreeing.
     */
    static final String CREATE_CHECKSUM_TABLE = """
            CREATE TABLE IF NOT EXISTS sqlrecord_migrations(
              name TEXT PRIMARY KEY,
              sha256 TEXT NOT NULL)""";

    private static final String RECORD_CHECKSUM =
            "INSERT OR REPLACE INTO sqlrecord_migrations (name, sha256) VALUES (?, ?)";
    private static final Set<String> TRANSACTION_CONTROL =
            Set.of("BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE");

    private final List<Migration> migrations;

    private final MigrationLayout layout;

    /** @throws MigrationLayoutException if the folder mixes layouts or its order is ambiguous */
    private Migrations(List<Migration> migrations, String journal) {
        Map<String, Migration> byName = new LinkedHashMap<>();
        migrations.forEach(m -> byName.put(m.name(), m));
        MigrationLayout.Ordered ordered = MigrationLayout.detect(List.copyOf(byName.keySet()), journal);
        this.layout = ordered.layout();
        this.migrations = ordered.names().stream().map(byName::get).toList();
    }

    /** The {@code *.sql} files directly in {@code dir}, read now. */
    public static Migrations fromDirectory(Path dir) {
        MigrationSources.Folder folder = MigrationSources.folderFromDirectory(Objects.requireNonNull(dir, "dir"));
        return new Migrations(folder.files(), folder.journal());
    }

    /**
     * The {@code *.sql} files directly in a classpath folder such as {@code "migrations"}, read now
     * through the thread's context class loader; works for directories and jars.
     */
    public static Migrations fromClasspath(String folder) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return fromClasspath(folder, loader != null ? loader : Migrations.class.getClassLoader());
    }

    /** {@link #fromClasspath(String)} with an explicit class loader. */
    public static Migrations fromClasspath(String folder, ClassLoader loader) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(loader, "loader");
        MigrationSources.Folder found = MigrationSources.folderFromClasspath(folder, loader);
        return new Migrations(found.files(), found.journal());
    }

    /** Migrations given directly, e.g. by a tool that found them elsewhere. */
    public static Migrations of(List<Migration> migrations) {
        return new Migrations(Objects.requireNonNull(migrations, "migrations"), null);
    }

    /** How the folder names and orders its files. */
    public MigrationLayout layout() {
        return layout;
    }

    /** All migrations, in the order they are applied. */
    public List<Migration> list() {
        return migrations;
    }

    /** Applies the pending migrations, in order, and returns what it applied. */
    public MigrationReport migrate(Database db) {
        Objects.requireNonNull(db, "db");
        RuntimeAccess.executeOnce(db, CREATE_TRACKING_TABLE);
        RuntimeAccess.executeOnce(db, CREATE_CHECKSUM_TABLE);
        Set<String> applied = new HashSet<>(db.many("SELECT name FROM d1_migrations", row -> row.getString(1)));
        Map<String, String> sums = checksums(db);
        for (Migration migration : migrations) {
            String sum = sums.get(migration.name());
            if (applied.contains(migration.name()) && sum != null && !sum.equals(migration.sha256())) {
                throw new MigrationException(
                        migration.name(),
                        0,
                        "the file changed after it was applied (sha256 "
                                + sum + " then, " + migration.sha256() + " now); restore it and put the change in a new"
                                + " migration",
                        null);
            }
            if (applied.contains(migration.name()) && sum == null) {
                // applied by wrangler (or before checksums): adopt the file as it is now
                db.exec(
                        "INSERT OR IGNORE INTO sqlrecord_migrations (name, sha256) VALUES (?, ?)",
                        migration.name(),
                        migration.sha256());
            }
        }
        List<String> done = new ArrayList<>();
        String wayBack = null;
        for (Migration migration : migrations) {
            if (applied.contains(migration.name())) {
                continue;
            }
            if (wayBack == null) {
                // before the first change of this run, where the backend keeps history (D1's Time Travel)
                wayBack = RuntimeAccess.restoreAdvice(db);
            }
            try {
                if (apply(db, migration)) {
                    done.add(migration.name());
                }
            } catch (MigrationException e) {
                throw wayBack.isEmpty() ? e : e.withAdvice(wayBack);
            }
        }
        return new MigrationReport(done);
    }

    /**
     * Each migration file, applied or pending, in order; then the recorded ones with no file
     * (missing), in the order they were applied. Does not create the tracking table.
     */
    public List<MigrationStatus> status(Database db) {
        Objects.requireNonNull(db, "db");
        Map<String, String> appliedAt = new LinkedHashMap<>();
        if (hasTable(db, "d1_migrations")) {
            for (Applied row : db.many(
                    "SELECT name, applied_at FROM d1_migrations ORDER BY id",
                    row -> new Applied(row.getString(1), row.getString(2)))) {
                appliedAt.put(row.name(), row.at());
            }
        }
        Map<String, String> sums = hasTable(db, "sqlrecord_migrations") ? checksums(db) : Map.of();
        List<MigrationStatus> statuses = new ArrayList<>();
        for (Migration migration : migrations) {
            String at = appliedAt.remove(migration.name());
            String sum = sums.get(migration.name());
            MigrationStatus.State state = at == null
                    ? MigrationStatus.State.PENDING
                    : sum != null && !sum.equals(migration.sha256())
                            ? MigrationStatus.State.CHANGED
                            : MigrationStatus.State.APPLIED;
            statuses.add(new MigrationStatus(migration.name(), state, at));
        }
        appliedAt.forEach((name, at) -> statuses.add(new MigrationStatus(name, MigrationStatus.State.MISSING, at)));
        return statuses;
    }

    private record Applied(String name, String at) {}

    private static boolean hasTable(Database db, String name) {
        return db.one("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", row -> Boolean.TRUE, name)
                .isPresent();
    }

    private static Map<String, String> checksums(Database db) {
        Map<String, String> sums = new HashMap<>();
        for (String[] row : db.many(
                "SELECT name, sha256 FROM sqlrecord_migrations", r -> new String[] {r.getString(1), r.getString(2)})) {
            sums.put(row[0], row[1]);
        }
        return sums;
    }

    /** Applies one file atomically; false if another process applied it meanwhile. */
    static boolean apply(Database db, Migration migration) {
        List<SqlStatement> statements = statementsOf(migration);
        if (!db.supportsTransactions()) {
            return applyAsBatch(db, migration, statements);
        }
        boolean withoutForeignKeys = ForeignKeyPragma.turnsOff(statements);
        try {
            return withoutForeignKeys
                    ? RuntimeAccess.transactionWithoutForeignKeys(db, tx -> applyIn(tx, migration, statements, true))
                    : db.transaction(tx -> applyIn(tx, migration, statements, false));
        } catch (MigrationException e) {
            throw e;
        } catch (SqlRecordException e) {
            // not a statement of the file: the tracking row, or the commit (deferred foreign keys)
            throw new MigrationException(migration.name(), 0, e.reason(), e);
        }
    }

    /**
     * The file's statements and its tracking rows, inside the transaction. A file that turns foreign
     * keys off runs with them off (SQLite's recipe for rebuilding a table, which is what drizzle-kit
     * writes), so dropping a rebuilt parent neither deletes nor nulls its children; what the file
     * left pointing nowhere is then found by {@code foreign_key_check} and rolls everything back.
     */
    private static boolean applyIn(
            Database tx, Migration migration, List<SqlStatement> statements, boolean withoutForeignKeys) {
        // Database.open begins transactions IMMEDIATE (write lock taken), so a concurrent runner
        // waits here and then sees our row instead of failing on the UNIQUE name
        if (tx.one("SELECT 1 FROM d1_migrations WHERE name = ?", row -> Boolean.TRUE, migration.name())
                .isPresent()) {
            return false;
        }
        for (SqlStatement statement : statements) {
            try {
                RuntimeAccess.executeOnce(tx, statement.sql());
            } catch (SqlRecordException e) {
                throw new MigrationException(migration.name(), statement.line(), e.reason(), e);
            }
        }
        if (withoutForeignKeys) {
            ForeignKeyPragma.requireClean(tx, migration);
        }
        tx.exec("INSERT INTO d1_migrations (name) VALUES (?)", migration.name());
        tx.exec(RECORD_CHECKSUM, migration.name(), migration.sha256());
        return true;
    }

    /**
     * D1: the file's statements and its tracking rows as one batch. There is no interactive check
     * for a concurrent runner, so the tracking row goes first: a runner that lost the race fails on
     * its UNIQUE name before any statement of the file runs, and the batch undoes nothing but that.
     */
    private static boolean applyAsBatch(Database db, Migration migration, List<SqlStatement> statements) {
        List<Statement<?>> batch = new ArrayList<>();
        batch.add(Statement.exec("INSERT INTO d1_migrations (name) VALUES (?)", migration.name()));
        batch.add(Statement.exec(RECORD_CHECKSUM, migration.name(), migration.sha256()));
        int tracking = batch.size();
        for (SqlStatement statement : statements) {
            batch.add(Statement.exec(statement.sql()));
        }
        try {
            db.batch(batch);
            return true;
        } catch (UniqueViolationException e) {
            if (e.batchIndex() == 0) {
                return false;
            }
            throw failed(migration, statements, e.batchIndex() - tracking, e);
        } catch (SqlRecordException e) {
            throw failed(migration, statements, e.batchIndex() - tracking, e);
        }
    }

    private static MigrationException failed(
            Migration migration, List<SqlStatement> statements, int index, SqlRecordException e) {
        int line =
                index >= 0 && index < statements.size() ? statements.get(index).line() : 0;
        return new MigrationException(migration.name(), line, e.reason(), e);
    }

    private static List<SqlStatement> statementsOf(Migration migration) {
        List<SqlStatement> statements = StatementSplitter.splitMigration(migration.sql());
        for (SqlStatement statement : statements) {
            if (TRANSACTION_CONTROL.contains(StatementSplitter.firstKeyword(statement.sql()))) {
                throw new MigrationException(
                        migration.name(),
                        statement.line(),
                        "transaction control (" + StatementSplitter.firstKeyword(statement.sql())
                                + ") is not allowed in a migration: each file already runs in one transaction,"
                                + " and D1 rejects it",
                        null);
            }
        }
        return statements;
    }
}
