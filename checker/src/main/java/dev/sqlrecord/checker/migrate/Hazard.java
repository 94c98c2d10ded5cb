package dev.sqlrecord.checker.migrate;

import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.diag.Severity;

/**
 * What a migration can do that breaks on D1 (reference/d1.md §2.3), each with a stable code (users
 * grep for them and CI logs quote them: never rename one) and a severity per target.
 */
public enum Hazard {
    /** D1 refuses transaction statements; the runner already makes each file atomic. */
    TRANSACTION("migration-transaction", Severity.WARNING, Severity.ERROR),
    /** {@code PRAGMA foreign_keys} cannot change inside D1's implicit transaction. */
    PRAGMA_FOREIGN_KEYS("migration-pragma-foreign-keys", Severity.INFO, Severity.WARNING),
    /**
     * Drop-and-rename of a table that children reference with CASCADE / SET NULL: child rows go,
     * wherever foreign keys are on when the DROP runs (always on D1). On SQLite the runner applies a
     * file that turns foreign keys off with them off, and then nothing is lost: {@link MigrationHazards}
     * reports it there as information only.
     */
    REBUILD_CASCADE("migration-rebuild-cascade", Severity.ERROR, Severity.ERROR),
    /** A foreign key to a table a later migration creates: inserts fail until then. */
    FORWARD_REFERENCE("migration-forward-reference", Severity.WARNING, Severity.WARNING),
    /** A foreign key to a table no migration creates: every insert fails with foreign keys on. */
    MISSING_REFERENCE("migration-missing-reference", Severity.ERROR, Severity.ERROR),
    /** D1 reserves {@code _cf_*} names. */
    RESERVED_NAME("migration-reserved-name", Severity.WARNING, Severity.ERROR);

    private final String code;
    private final Severity onSqlite;
    private final Severity onD1;

    Hazard(String code, Severity onSqlite, Severity onD1) {
        this.code = code;
        this.onSqlite = onSqlite;
        this.onD1 = onD1;
    }

    public String code() {
        return code;
    }

    public Severity severity(Target target) {
        return target == Target.D1 ? onD1 : onSqlite;
    }
}
