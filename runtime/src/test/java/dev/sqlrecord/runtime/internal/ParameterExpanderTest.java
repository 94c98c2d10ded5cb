package dev.sqlrecord.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.runtime.SqlRecordException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@code ?} scanner and collection expansion, on text only. */
class ParameterExpanderTest {

    private static ParameterExpander.Expanded expand(String sql, Object... params) {
        return ParameterExpander.expand(sql, params);
    }

    @Test
    void expandsCollectionMarkerInPlace() {
        var e = expand("SELECT * FROM t WHERE a = ? AND id IN (?) AND b = ?", "x", List.of(1L, 2L, 3L), true);
        assertEquals("SELECT * FROM t WHERE a = ? AND id IN (?, ?, ?) AND b = ?", e.sql());
        assertArrayEquals(new Object[] {"x", 1L, 2L, 3L, true}, e.values());
    }

    @Test
    void emptyCollectionExpandsToNothing() {
        var e = expand("SELECT * FROM t WHERE id IN (?) OR a = ?", List.of(), 5);
        assertEquals("SELECT * FROM t WHERE id IN () OR a = ?", e.sql());
        assertArrayEquals(new Object[] {5}, e.values());
    }

    @Test
    void singleElementAndSeveralCollections() {
        var e = expand("a IN (?) AND b IN (?)", List.of("one"), Set.of(7));
        assertEquals("a IN (?) AND b IN (?)", e.sql());
        assertArrayEquals(new Object[] {"one", 7}, e.values());
        var two = expand("a IN (?) AND b IN (?)", List.of(1, 2), List.of(3, 4));
        assertEquals("a IN (?, ?) AND b IN (?, ?)", two.sql());
        assertArrayEquals(new Object[] {1, 2, 3, 4}, two.values());
    }

    @Test
    void questionMarksOutsideCodeAreNotMarkers() {
        String sql = "SELECT '?', 'it''s ?', \"col?\", `b?`, [c?], x'3F' -- what?\n"
                + "FROM t /* ? */ WHERE id IN (?) AND note = '?'''";
        var e = expand(sql, List.of(1, 2));
        assertEquals(sql.replace("IN (?)", "IN (?, ?)"), e.sql());
        assertArrayEquals(new Object[] {1, 2}, e.values());
    }

    @Test
    void doubledQuotesInsideIdentifiersAndStrings() {
        var e = expand("SELECT \"a\"\"?\" FROM t WHERE s = 'x''?' AND id IN (?)", List.of(1));
        assertEquals("SELECT \"a\"\"?\" FROM t WHERE s = 'x''?' AND id IN (?)", e.sql());
        assertArrayEquals(new Object[] {1}, e.values());
    }

    @Test
    void lineCommentEndsAtNewlineAndBlockCommentDoesNotNest() {
        var e = expand("SELECT ? -- ?\n, ? /* /* ? */ , ?", List.of(1), 2, List.of(3, 4));
        assertEquals("SELECT ? -- ?\n, ? /* /* ? */ , ?, ?", e.sql());
        assertArrayEquals(new Object[] {1, 2, 3, 4}, e.values());
    }

    @Test
    void unterminatedLiteralRunsToTheEnd() {
        var e = expand("SELECT ? WHERE a = 'open ?", List.of(1, 2));
        assertEquals("SELECT ?, ? WHERE a = 'open ?", e.sql());
    }

    @Test
    void markerCountMustMatch() {
        SqlRecordException tooFew = assertThrows(SqlRecordException.class, () -> expand("a IN (?)", List.of(1), 2));
        assertTrue(tooFew.getMessage().contains("1 ? markers"), tooFew.getMessage());
        SqlRecordException tooMany = assertThrows(SqlRecordException.class, () -> expand("a IN (?) AND ?", List.of(1)));
        assertTrue(tooMany.getMessage().contains("more ? markers"), tooMany.getMessage());
    }

    @Test
    void numberedMarkersCannotBeExpanded() {
        SqlRecordException e = assertThrows(SqlRecordException.class, () -> expand("a IN (?1)", List.of(1)));
        assertTrue(e.getMessage().contains("?NNN"), e.getMessage());
    }

    @Test
    void unsupportedElementsNameTheirPlace() {
        SqlRecordException e = assertThrows(SqlRecordException.class,
                () -> expand("a = ? AND b IN (?)", 1, List.of(1, new StringBuilder("secret"))));
        assertTrue(e.getMessage().contains("java.lang.StringBuilder"), e.getMessage());
        assertTrue(e.getMessage().contains("element 2 of parameter 2"), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
        SqlRecordException nested = assertThrows(SqlRecordException.class,
                () -> expand("b IN (?)", List.of(List.of(1))));
        assertTrue(nested.getMessage().contains("nested collection"), nested.getMessage());
    }

    @Test
    void onlyCollectionsTriggerExpansion() {
        assertFalse(ParameterExpander.needsExpansion(new Object[] {1, "a", null, new byte[0]}));
        assertTrue(ParameterExpander.needsExpansion(new Object[] {1, List.of()}));
    }
}
