package dev.sqlrecord.testing.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SchemaData} on one executor: filled, a row more on request, existing rows drawn, all seeded. */
abstract class SchemaDataBehaviour {
    /** Fresh generated data over the shop schema of the seed tests. */
    abstract SchemaData open(long seed);

    private static List<Long> counts(SchemaData data) {
        return data.database()
                .many(
                        "SELECT count(*) FROM customers UNION ALL SELECT count(*) FROM products"
                                + " UNION ALL SELECT count(*) FROM orders",
                        r -> r.getLong(1));
    }

    @Test
    void fillsInsertsAndDrawsRowsThatHoldTheConstraints() {
        try (SchemaData data = open(8).fill(3)) {
            assertEquals(List.of(3L, 3L, 3L), counts(data));
            InsertedRow order = data.insert("orders");
            assertEquals(List.of(3L, 3L, 4L), counts(data));
            long customer = (Long) order.get("customer_id");
            assertEquals(
                    1L,
                    data.database()
                            .<Long>single("SELECT count(*) FROM customers WHERE id = ?", r -> r.getLong(1), customer));
            InsertedRow product = data.existing("products").orElseThrow();
            assertEquals(
                    1L,
                    data.database()
                            .<Long>single(
                                    "SELECT count(*) FROM products WHERE sku = ? AND region = ?",
                                    r -> r.getLong(1),
                                    product.get("sku"),
                                    product.get("region")));
            assertEquals(
                    List.of(),
                    data.database().many("SELECT \"table\" FROM pragma_foreign_key_check", r -> r.getString(1)));
        }
    }

    @Test
    void theSameSeedDrawsTheSameRowsAndTheSeedIsNamed() {
        List<Object> first = drawn(31);
        assertEquals(first, drawn(31));
        try (SchemaData data = open(31)) {
            assertEquals("SchemaData(seed 31, replay with -Dsqlrecord.seed=31)", data.toString());
        }
    }

    /** What a few draws give, one database after the other (the local D1 is one database). */
    private List<Object> drawn(long seed) {
        try (SchemaData data = open(seed).fill(2)) {
            return List.of(
                    data.insert("orders"),
                    data.existing("customers").orElseThrow(),
                    data.random().nextLong());
        }
    }

    @Test
    void aRowThatCannotGoInIsAnErrorSayingWhy() {
        try (SchemaData data = open(2)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> data.insert("orders"));
            assertTrue(
                    e.getMessage()
                            .startsWith("no row could be written to orders: its NOT NULL foreign key (sku, region)"
                                    + " needs a row of products, and products has none (seed 2)"),
                    e.getMessage());
            assertTrue(data.existing("orders").isEmpty());
            assertTrue(data.tryInsert("orders").isEmpty());
            assertTrue(data.tryInsert("customers").isPresent());
        }
    }
}
