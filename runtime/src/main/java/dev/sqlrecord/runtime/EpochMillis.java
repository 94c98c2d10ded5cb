package dev.sqlrecord.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@link java.time.Instant} component stored as unix-epoch milliseconds (as Drizzle's
 * {@code timestamp_ms}) rather than the default seconds.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface EpochMillis {}
