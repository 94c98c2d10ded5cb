package dev.sqlrecord.checker.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.checker.model.SqlType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The type rules of {@link Functions} that the case folders only reach through whole queries. */
class FunctionsTest {

    @Test
    void sumAndAbsReturnNumbersWhateverTheyRead() {
        // sum(active) over a BOOLEAN column counts the true rows; it is no boolean.
        assertEquals(SqlType.INTEGER, Functions.resultType("sum", List.of(SqlType.BOOLEAN)));
        assertEquals(SqlType.REAL, Functions.resultType("SUM", List.of(SqlType.REAL)));
        assertEquals(SqlType.ANY, Functions.resultType("sum", List.of(SqlType.TEXT)));
        assertEquals(SqlType.ANY, Functions.resultType("abs", List.of(SqlType.TEXT)));
    }

    @Test
    void alternativesMergeTheirTypes() {
        // coalesce(age, 'unknown') may be an integer or a text.
        assertEquals(SqlType.ANY, Functions.resultType("coalesce", List.of(SqlType.INTEGER, SqlType.TEXT)));
        // A NULL literal (ANY) says nothing about the type.
        assertEquals(SqlType.TEXT, Functions.resultType("ifnull", List.of(SqlType.ANY, SqlType.TEXT)));
        assertEquals(SqlType.ANY, Functions.resultType("max", List.of(SqlType.INTEGER, SqlType.REAL)));
        assertEquals(SqlType.INTEGER, Functions.resultType("max", List.of(SqlType.INTEGER)));
        assertEquals(SqlType.TEXT, Functions.resultType("iif", List.of(SqlType.BOOLEAN, SqlType.TEXT, SqlType.ANY)));
        assertEquals(SqlType.ANY, Functions.resultType("iif", List.of(SqlType.BOOLEAN, SqlType.INTEGER, SqlType.TEXT)));
    }

    @Test
    void mergeTreatsNullAsNothingYet() {
        assertEquals(SqlType.REAL, Functions.merge(null, SqlType.REAL));
        assertEquals(SqlType.REAL, Functions.merge(SqlType.REAL, null));
        assertEquals(SqlType.REAL, Functions.merge(SqlType.REAL, SqlType.REAL));
        assertEquals(SqlType.ANY, Functions.merge(SqlType.REAL, SqlType.INTEGER));
    }

    @Test
    void maxAndMinAggregateOnlyWithOneArgument() {
        assertTrue(Functions.isAggregate("max", 1));
        assertFalse(Functions.isAggregate("max", 2));
        assertTrue(Functions.isAggregate("count", 0));
        assertFalse(Functions.isAggregate("abs", 1));
    }
}
