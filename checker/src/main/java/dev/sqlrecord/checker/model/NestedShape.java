package dev.sqlrecord.checker.model;

import java.util.List;

/**
 * A result column built in JSON: {@code json_object(...)} read as one record, or
 * {@code json_group_array(json_object(...))} as a list of them. Each key of the object is a
 * component of the record, typed as a result column with its expression would be.
 *
 * @param list true for an array of objects ({@code java.util.List<R>}), false for one object
 * @param recordType the generated record R, fully qualified (nested in the row record)
 * @param fields the object's keys, in the order written
 */
public record NestedShape(boolean list, String recordType, List<Field> fields) {

    public NestedShape {
        fields = List.copyOf(fields);
    }

    /** The Java type of a value of this shape: R, or {@code java.util.List<R>}. */
    public JavaType javaType() {
        JavaType record = new JavaType(recordType);
        return list ? JavaType.listOf(record) : record;
    }

    /** This shape and every shape inside it, under {@code recordType} and names made from it. */
    public NestedShape named(String recordType) {
        List<Field> named = fields.stream()
                .map(f -> f.nested() == null
                        ? f
                        : f.withNested(f.nested().named(recordType + "." + recordName(f.component(), f.nested()))))
                .toList();
        return new NestedShape(list, recordType, named);
    }

    /** The simple name of the record for a component: {@code comments} gives CommentsItem, {@code author} Author. */
    public static String recordName(String component, NestedShape shape) {
        String pascal = Character.toUpperCase(component.charAt(0)) + component.substring(1);
        return shape.list() ? pascal + "Item" : pascal;
    }

    /**
     * One key of the object.
     *
     * @param key the key as written in {@code json_object}
     * @param component the record component it becomes
     * @param javaType its Java type; for a nested shape, that shape's
     * @param sqlType the SQL type its expression has, which says how the JSON value is read
     * @param enumMapping for an enum, the constant each stored text stands for; else null
     * @param nested a JSON object or array of objects under the key; else null
     */
    public record Field(
            String key,
            String component,
            JavaType javaType,
            boolean nullable,
            SqlType sqlType,
            EnumMapping enumMapping,
            NestedShape nested) {
        Field withNested(NestedShape shape) {
            return new Field(key, component, shape.javaType(), nullable, sqlType, enumMapping, shape);
        }
    }
}
