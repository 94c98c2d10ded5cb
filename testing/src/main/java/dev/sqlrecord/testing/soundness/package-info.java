/**
 * The soundness of the checker's inference on data: every query run through its generated code on
 * many generated states ({@link dev.sqlrecord.testing.soundness.QuerySoundness}), and every enum
 * value written and read back; {@code test-schema}'s properties {@code sound} and
 * {@code round-trips}.
 */
package dev.sqlrecord.testing.soundness;
