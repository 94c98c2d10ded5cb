package dev.sqlrecord.runtime;

import dev.sqlrecord.runtime.migrations.MigrationBehaviour;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The behavioural suite every executor must pass, so that generated code cannot tell them apart:
 * {@link DatabaseBehaviourJdbcTest} runs it on SQLite, {@link DatabaseBehaviourD1Test} on a real
 * local D1. The tests live in the {@code ...Behaviour} interfaces, grouped by subject; where the two
 * executors must differ (transactions, integers beyond 2^53) the test says so through {@link #isD1()}.
 */
abstract class DatabaseBehaviour
        implements CrudBehaviour,
                ValueBehaviour,
                ErrorBehaviour,
                BatchBehaviour,
                ListBehaviour,
                ListOracleBehaviour,
                ListFormBehaviour,
                MultiRowInsertBehaviour,
                MigrationBehaviour,
                RebuildMigrationBehaviour,
                SemanticValueBehaviour {
    private Database db;

    /** A database with no tables. */
    abstract Database open();

    @BeforeEach
    void openDatabase() {
        db = open();
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Override
    public Database db() {
        return db;
    }
}
