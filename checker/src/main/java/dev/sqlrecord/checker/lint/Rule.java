package dev.sqlrecord.checker.lint;

import static dev.sqlrecord.checker.lint.LintLevel.ERROR;
import static dev.sqlrecord.checker.lint.LintLevel.INFO;
import static dev.sqlrecord.checker.lint.LintLevel.OFF;
import static dev.sqlrecord.checker.lint.LintLevel.WARNING;

import dev.sqlrecord.checker.Target;
import java.util.Arrays;
import java.util.Optional;

/**
 * The one registry of lint, migration-hazard and schema-property codes, each with its default level per target. The
 * codes are part of the user's configuration ({@code <lints>}, {@code --lint}) and suppression
 * comments: never rename one. Documented in {@code checker/LINTS.md}.
 */
public enum Rule {
    D1_TRANSACTION("d1-transaction", WARNING, ERROR),
    D1_PARAM_LIMIT("d1-param-limit", OFF, ERROR),
    D1_UNSUPPORTED_FUNCTION("d1-unsupported-function", OFF, ERROR),
    D1_UNSUPPORTED_SYNTAX("d1-unsupported-syntax", OFF, ERROR),
    FULL_SCAN("full-scan", WARNING, WARNING),
    TEMP_B_TREE("temp-b-tree", INFO, INFO),
    UNINDEXED_FOREIGN_KEY("unindexed-foreign-key", WARNING, WARNING),
    INEXACT_DECIMAL("inexact-decimal", WARNING, WARNING),
    UPDATE_WITHOUT_WHERE("update-without-where", WARNING, WARNING),
    DELETE_WITHOUT_WHERE("delete-without-where", WARNING, WARNING),
    NONDETERMINISTIC_LIMIT("nondeterministic-limit", WARNING, WARNING),
    SELECT_STAR("select-star", INFO, INFO),
    /** A SELECT annotated {@code :exec}: its rows are read by nobody. */
    EXEC_SELECT("exec-select", WARNING, WARNING),
    /** json_group_array over an outer join without FILTER: one object of NULLs for a parent without children. */
    NESTED_OUTER_JOIN("nested-outer-join", WARNING, WARNING),
    /** A nested aggregate over children with no bound: D1 caps a value at about 2 MB. */
    NESTED_UNBOUNDED("nested-unbounded", INFO, WARNING),
    // Off by default: many projects have no soft delete, and those that do read deleted rows on purpose too.
    SOFT_DELETE_FILTER("soft-delete-filter", OFF, OFF),

    // Migration hazards: what a migration does that breaks on D1 or loses rows.
    /** D1 refuses transaction statements; the runner already makes each file atomic. */
    MIGRATION_TRANSACTION("migration-transaction", WARNING, ERROR),
    /** {@code PRAGMA foreign_keys} cannot change inside D1's implicit transaction. */
    MIGRATION_PRAGMA_FOREIGN_KEYS("migration-pragma-foreign-keys", INFO, WARNING),
    /**
     * Drop-and-rename of a table that children reference with CASCADE / SET NULL: child rows go,
     * wherever foreign keys are on when the DROP runs (always on D1). On SQLite the runner applies a
     * file that turns foreign keys off with them off, and then nothing is lost: reported there as
     * information only.
     */
    MIGRATION_REBUILD_CASCADE("migration-rebuild-cascade", ERROR, ERROR, true),
    /** A foreign key to a table a later migration creates: inserts fail until then. */
    MIGRATION_FORWARD_REFERENCE("migration-forward-reference", WARNING, WARNING),
    /** A foreign key to a table no migration creates: every insert fails with foreign keys on. */
    MIGRATION_MISSING_REFERENCE("migration-missing-reference", ERROR, ERROR),
    /** D1 reserves {@code _cf_*} names. */
    MIGRATION_RESERVED_NAME("migration-reserved-name", WARNING, ERROR),

    // Schema properties (sqlrecord test-schema): what generated rows show the schema does wrong.
    /** A column's DEFAULT fails a CHECK of its table: every row written without the column is refused. */
    DEFAULT_VIOLATES_CHECK("default-violates-check", ERROR, ERROR),
    /** A UNIQUE column with a constant DEFAULT: the second row written without it collides. */
    DEFAULT_COLLIDES("default-collides", ERROR, ERROR),
    /** A CHECK no value meets: the table can hold no row. */
    UNSATISFIABLE_CHECK("unsatisfiable-check", ERROR, ERROR),
    /** A foreign key to columns that are no PRIMARY KEY or UNIQUE key: SQLite refuses every write to the table. */
    FK_PARENT_NOT_UNIQUE("fk-parent-not-unique", ERROR, ERROR),
    /** A NOT NULL foreign key to a table that can hold no row. */
    UNSATISFIABLE_PARENT("unsatisfiable-parent", ERROR, ERROR),
    /** A table no generated row fits, for a reason none of the above explains. */
    UNSATISFIABLE_TABLE("unsatisfiable-table", ERROR, ERROR),
    /** A NOT NULL, UNIQUE or PRIMARY KEY that accepts a row violating it. */
    CONSTRAINT_NOT_ENFORCED("constraint-not-enforced", ERROR, ERROR),
    /** A CHECK no value violates (e.g. NULL in its IN list): it rejects nothing. */
    CHECK_ACCEPTS_EVERYTHING("check-accepts-everything", ERROR, ERROR),
    /** A constraint that rejects a violating row with another exception than its typed one. */
    CONSTRAINT_WRONG_EXCEPTION("constraint-wrong-exception", ERROR, ERROR),
    /** An ON DELETE / ON UPDATE action that cannot succeed (SET NULL on a NOT NULL column, SET DEFAULT to no parent). */
    FK_ACTION_FAILS("fk-action-fails", ERROR, ERROR),
    /** An ON DELETE / ON UPDATE action that does something else than it declares. */
    FK_ACTION_WRONG_EFFECT("fk-action-wrong-effect", ERROR, ERROR),
    /** A query that returns NULL where its type says non-null, or a value its Java type cannot hold. */
    UNSOUND_QUERY("unsound-query", ERROR, ERROR),
    /** An enum constant or CHECK IN value that a write and a read through generated code do not keep. */
    ENUM_ROUND_TRIP("enum-round-trip", ERROR, ERROR),
    /** Two migrations from two branches: the same number, or one that fails after the other but not without it. */
    MIGRATION_BRANCH_CONFLICT("migration-branch-conflict", ERROR, ERROR),

    // verify-data (the schema property preserves): migrations applied to a database full of rows.
    /** A migration lost or changed rows of a table it does not name. */
    MIGRATION_DATA_LOSS("migration-data-loss", ERROR, ERROR, true),
    /** A migration left rows pointing at missing parents (foreign_key_check not clean). */
    MIGRATION_FK_VIOLATION("migration-fk-violation", ERROR, ERROR, true),
    /** A migration that applies to an empty database fails on one that holds rows. */
    MIGRATION_FAILS_WITH_DATA("migration-fails-with-data", ERROR, ERROR),
    /** A table the row generator could not fill: a check over it would prove nothing. */
    MIGRATION_UNFILLED_TABLE("migration-unfilled-table", ERROR, ERROR);

    private final String code;
    private final LintLevel onSqlite;
    private final LintLevel onD1;
    private final boolean losesData;

    Rule(String code, LintLevel onSqlite, LintLevel onD1) {
        this(code, onSqlite, onD1, false);
    }

    Rule(String code, LintLevel onSqlite, LintLevel onD1, boolean losesData) {
        this.code = code;
        this.onSqlite = onSqlite;
        this.onD1 = onD1;
        this.losesData = losesData;
    }

    public String code() {
        return code;
    }

    public LintLevel defaultLevel(Target target) {
        return target == Target.D1 ? onD1 : onSqlite;
    }

    /**
     * Whether what this rule reports deletes rows. Such a rule cannot be turned off for the whole
     * project, only lowered (it stays in every build's output) or ignored statement by statement,
     * where whoever reads the migration sees the decision.
     */
    public boolean losesData() {
        return losesData;
    }

    public static Optional<Rule> byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
