package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What generated code calls for JSON parameters and components, without a database. */
class JsonValuesTest {
    record Prefs(boolean darkMode, String language) {}

    @Test
    void writesValuesAsJsonAndNullAsNull() {
        assertEquals("{\"darkMode\":true,\"language\":\"en\"}", JsonValues.write(new Prefs(true, "en"), "q", "p"));
        assertEquals("[\"a\",\"b\"]", JsonValues.write(List.of("a", "b"), "q", "p"));
        assertNull(JsonValues.write(null, "q", "p"));
    }

    @Test
    void aValueJacksonCannotWriteNamesQueryAndParameter() {
        SqlRecordException e =
                assertThrows(SqlRecordException.class, () -> JsonValues.write(new Object(), "savePrefs", "prefs"));
        assertTrue(
                e.getMessage().startsWith("query savePrefs: parameter prefs cannot be written as JSON"),
                e.getMessage());
    }

    @Test
    void checkedPassesOneJsonValueAndRefusesEverythingElse() {
        assertEquals("{\"a\":[1,2]}", JsonValues.checked("{\"a\":[1,2]}", "q", "p"));
        assertEquals("3", JsonValues.checked("3", "q", "p"));
        assertNull(JsonValues.checked(null, "q", "p"));
        for (String bad : List.of("", "   ", "{\"a\":", "{} {}", "[1,]", "'x'")) {
            SqlRecordException e =
                    assertThrows(SqlRecordException.class, () -> JsonValues.checked(bad, "q", "tags"), bad);
            assertTrue(
                    e.getMessage().startsWith("query q: parameter tags is bound to a JSON column but"), e.getMessage());
        }
    }

    @Test
    void readIgnoresUnknownPropertiesAndNamesQueryAndColumnOnAMismatch() {
        assertEquals(
                new Prefs(false, "fr"),
                JsonValues.read("{\"darkMode\":false,\"language\":\"fr\",\"fontSize\":14}", Prefs.class, "q", "prefs"));
        assertEquals(Map.of("k", 1), JsonValues.read("{\"k\":1}", Map.class, "q", "c"));
        SqlRecordException e = assertThrows(
                SqlRecordException.class, () -> JsonValues.read("[1]", Prefs.class, "findProfile", "prefs"));
        assertTrue(
                e.getMessage().startsWith("query findProfile: column prefs does not hold JSON of Prefs: "),
                e.getMessage());
    }
}
