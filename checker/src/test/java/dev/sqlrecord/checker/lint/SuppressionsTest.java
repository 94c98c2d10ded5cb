package dev.sqlrecord.checker.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuppressionsTest {
    private static final String FILE = String.join(
            "\n",
            "-- name: first :many", // 1
            "SELECT * FROM t; -- sqlrecord:ignore select-star",
            "",
            "-- about the second query", // 4
            "-- sqlrecord:ignore full-scan, temp-b-tree -- t is tiny",
            "-- name: second :many", // 6
            "SELECT a FROM t WHERE b = 1",
            "-- sqlrecord:ignore nondeterministic-limit",
            "LIMIT 1;",
            "-- name: third :exec", // 10
            "DELETE FROM t;");

    @Test
    void aQueryOwnsItsLinesAndTheCommentsDirectlyAboveIt() {
        assertEquals(Set.of("select-star"), Suppressions.forQuery(FILE, 1).keySet());
        assertEquals(
                Set.of("full-scan", "temp-b-tree", "nondeterministic-limit"),
                Suppressions.forQuery(FILE, 6).keySet());
        assertEquals(Set.of(), Suppressions.forQuery(FILE, 10).keySet());
    }

    @Test
    void codesKeepTheirPositionForDiagnostics() {
        Suppressions.Written w = Suppressions.forQuery(FILE, 6).get("temp-b-tree");
        assertEquals(List.of(5, 32), List.of(w.line(), w.column()));
    }

    @Test
    void aMigrationStatementOwnsTheCommentsAboveAndInsideIt() {
        String migration = "-- sqlrecord:ignore unindexed-foreign-key\nCREATE TABLE a (\n  b INT REFERENCES c\n);\n";
        assertEquals(
                Set.of("unindexed-foreign-key"),
                Suppressions.forStatement(migration, 2, 4).keySet());
        String apart = "-- sqlrecord:ignore unindexed-foreign-key\n\nCREATE TABLE a (\n  b INT REFERENCES c\n);\n";
        assertEquals(Set.of(), Suppressions.forStatement(apart, 3, 5).keySet());
    }
}
