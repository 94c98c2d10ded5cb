/** The testing module's commands of the one {@code sqlrecord} command line, found by the checker's CLI. */
package dev.sqlrecord.testing.cli;
