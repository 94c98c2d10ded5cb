package dev.sqlrecord.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text an enum constant is stored as, when it is not the constant's name (matched ignoring
 * case): {@code @SqlValue("in-progress") IN_PROGRESS}. The checker holds the enum to the column's
 * {@code CHECK (col IN (...))} values both ways; the runtime reads and binds through it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface SqlValue {
    String value();
}
