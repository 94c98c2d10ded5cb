/** The schema's properties checked over generated rows, each failure one diagnostic at its migration line. */
package dev.sqlrecord.testing.properties;
