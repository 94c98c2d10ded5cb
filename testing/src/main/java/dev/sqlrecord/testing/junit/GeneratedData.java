package dev.sqlrecord.testing.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How {@link SchemaDataExtension} makes the {@code SchemaData} of a test parameter: which migrations
 * build the schema, and how many generated rows each table starts with. Without it, the defaults.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface GeneratedData {
    /** The migrations folder, relative to the working directory (the module's folder under Maven). */
    String migrations() default "src/main/sql/migrations";

    /** Rows each table gets before the test starts. */
    int rows() default 5;
}
