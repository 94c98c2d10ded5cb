package dev.sqlrecord.testing.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link SchemaDataBehaviour} on a fresh SQLite file, and the seed property. */
class SchemaDataJdbcTest extends SchemaDataBehaviour {
    @Override
    SchemaData open(long seed) {
        return SchemaData.sqlite(SeedBehaviour.SHOP, seed);
    }

    @Test
    void theSeedPropertyFixesTheSeed() {
        String before = System.getProperty(SchemaData.SEED_PROPERTY);
        try {
            System.setProperty(SchemaData.SEED_PROPERTY, " 77 ");
            assertEquals(77L, SchemaData.seedFromProperty());
            System.setProperty(SchemaData.SEED_PROPERTY, "seventy");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, SchemaData::seedFromProperty);
            assertEquals("-Dsqlrecord.seed needs a whole number, not 'seventy'", e.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty(SchemaData.SEED_PROPERTY);
            } else {
                System.setProperty(SchemaData.SEED_PROPERTY, before);
            }
        }
    }
}
