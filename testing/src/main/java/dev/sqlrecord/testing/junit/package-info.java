/**
 * JUnit 5 support for properties over generated data: a {@code SchemaData} test parameter, its
 * seed named on failure. JUnit is an optional dependency of this module: only tests use this package.
 */
package dev.sqlrecord.testing.junit;
