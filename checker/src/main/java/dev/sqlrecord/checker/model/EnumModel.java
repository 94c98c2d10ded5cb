package dev.sqlrecord.checker.model;

import java.util.List;

/**
 * An enum sqlrecord generates for a TEXT column with {@code CHECK (col IN (...))}.
 *
 * @param javaType the enum's fully qualified name ({@code com.acme.PostsStatus})
 * @param values the allowed values, in the order the CHECK lists them
 */
public record EnumModel(String javaType, String table, String column, List<String> values) {

    public EnumModel {
        values = List.copyOf(values);
    }
}
