package dev.sqlrecord.checker.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Java names SQL parameters get. */
class QueryMethodsTest {
    @Test
    void sqlParameterNamesBecomeCamelCase() {
        assertEquals("userId", QueryMethods.camelCase("user_id"));
        assertEquals("userId", QueryMethods.camelCase("USER_ID"));
        assertEquals("userId", QueryMethods.camelCase("userId"));
        assertEquals("createdAfter", QueryMethods.camelCase("created__after_"));
        assertEquals("p1", QueryMethods.camelCase("p1"));
        assertEquals("aB2c", QueryMethods.camelCase("a::b2c"));
        assertEquals("id", QueryMethods.camelCase("ID"));
        assertEquals("param", QueryMethods.camelCase("_"));
    }
}
