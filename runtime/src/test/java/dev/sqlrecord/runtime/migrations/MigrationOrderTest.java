package dev.sqlrecord.runtime.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationOrderTest {

    private static List<String> sorted(String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        list.sort(MigrationOrder.INSTANCE);
        return list;
    }

    @Test
    void numericPrefixesCompareAsNumbers() {
        assertEquals(List.of("1_a.sql", "9_b.sql", "10_c.sql"), sorted("10_c.sql", "9_b.sql", "1_a.sql"));
    }

    @Test
    void zeroPaddedNamesSortTheSame() {
        assertEquals(
                List.of("0001_init.sql", "0002_posts.sql", "0010_tags.sql"),
                sorted("0010_tags.sql", "0001_init.sql", "0002_posts.sql"));
    }

    @Test
    void numberedBeforeUnnumberedThenLexicographic() {
        assertEquals(
                List.of("2_x.sql", "B.sql", "V1__init.sql", "a.sql", "seed_data.sql"),
                sorted("seed_data.sql", "a.sql", "V1__init.sql", "B.sql", "2_x.sql"));
    }

    @Test
    void equalNumbersFallBackToTheName() {
        assertEquals(List.of("01_b.sql", "1_a.sql", "1_b.sql"), sorted("1_b.sql", "1_a.sql", "01_b.sql"));
    }

    @Test
    void numberWithoutUnderscoreAndHugeNumbers() {
        // like parseInt: the digits a name starts with count even without '_'
        assertEquals(List.of("2.sql", "10.sql"), sorted("10.sql", "2.sql"));
        assertEquals(
                List.of("20261124055034_a.sql", "100000000000000000000_b.sql"),
                sorted("100000000000000000000_b.sql", "20261124055034_a.sql"));
    }
}
