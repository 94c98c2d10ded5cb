package dev.sqlrecord.checker.model;

import java.util.List;

/**
 * How a result row becomes a Java value: a scalar (one field, no record), the user's record, or a
 * record we generate.
 *
 * @param recordType the record's fully qualified name, or null for a scalar
 * @param generated true when sqlrecord writes the record (a {@code ...Row} type)
 * @param fields in record-component order; each reads one result column
 */
public record RowShape(String recordType, boolean generated, List<Field> fields) {

    public RowShape {
        fields = List.copyOf(fields);
    }

    public static RowShape scalar(Field field) {
        return new RowShape(null, false, List.of(field));
    }

    public boolean isScalar() {
        return recordType == null;
    }

    public JavaType javaType() {
        return isScalar() ? fields.get(0).type().boxed() : new JavaType(recordType);
    }

    /**
     * @param component the record component (or, for a scalar, the column) name
     * @param column the 1-based result column it reads
     * @param codec how the column's value becomes {@code type} when the type alone does not say; or null
     * @param enumMapping for {@link Codec#ENUM}, the constant each stored text stands for; else null
     */
    public record Field(String component, JavaType type, int column, Codec codec, EnumMapping enumMapping) {
        public Field(String component, JavaType type, int column) {
            this(component, type, column, null, null);
        }
    }

    /** A reading the component's annotation asks for. */
    public enum Codec {
        /** {@code @Json}: JSON text read with Jackson. */
        JSON("json"),
        /** {@code @EpochMillis}: an Instant from integer milliseconds. */
        EPOCH_MILLIS("epochMillis"),
        /** A column built in JSON: its records read from the JSON tree ({@code QueryModel.ResultColumn#nested}). */
        NESTED("nested"),
        /** An enum: the constant the check matched to the text ({@link Field#enumMapping}). */
        ENUM("enum");

        private final String label;

        Codec(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
