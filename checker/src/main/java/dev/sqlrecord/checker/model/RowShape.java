package dev.sqlrecord.checker.model;

import java.util.List;

/**
 * How a result row becomes a Java value: a scalar (one field, no record), the user's record, or a
 * record we generate.
 *
 * @param recordType the record's fully qualified name, or null for a scalar
 * @param generated true when sqlrecord writes the record (a {@code ...Row} type)
 * @param fields in record-component order; each reads one result column, or embeds a record
 * @param foldKey for a record that folds a flat join into parents with their children (README.md,
 *     Nested results), the 1-based columns of the parent's primary key; else empty
 */
public record RowShape(String recordType, boolean generated, List<Field> fields, List<Integer> foldKey) {

    public RowShape {
        fields = List.copyOf(fields);
        foldKey = List.copyOf(foldKey);
    }

    public RowShape(String recordType, boolean generated, List<Field> fields) {
        this(recordType, generated, fields, List.of());
    }

    /** Whether this record folds the rows: its one {@link Codec#FOLDED} field holds the children. */
    public boolean folds() {
        return !foldKey.isEmpty();
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
     * @param embedded for {@link Codec#EMBEDDED} and {@link Codec#FOLDED}, the record read from the
     *     row's columns (its fields name them); else null
     * @param required for an embedded record that may be missing ({@code Optional<R>}, or each child
     *     of a fold), the columns that hold a value whenever it is there; else empty
     */
    public record Field(
            String component,
            JavaType type,
            int column,
            Codec codec,
            EnumMapping enumMapping,
            RowShape embedded,
            List<Integer> required) {
        public Field {
            required = List.copyOf(required);
        }

        public Field(String component, JavaType type, int column, Codec codec, EnumMapping enumMapping) {
            this(component, type, column, codec, enumMapping, null, List.of());
        }

        public Field(String component, JavaType type, int column) {
            this(component, type, column, null, null);
        }

        /** Whether the embedded record may be missing: then it is read only when one of its columns holds a value. */
        public boolean optional() {
            return codec == Codec.FOLDED || type.name().startsWith("java.util.Optional<");
        }

        /** The 1-based result columns this field reads, its embedded record's all. */
        public List<Integer> columns() {
            if (embedded == null) {
                return List.of(column);
            }
            return embedded.fields().stream().flatMap(f -> f.columns().stream()).toList();
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
        ENUM("enum"),
        /** A record (or {@code Optional} of one) read from several columns of a flat join ({@link Field#embedded}). */
        EMBEDDED("embedded"),
        /** The {@code List} of child records a folding record collects from its rows ({@link RowShape#foldKey}). */
        FOLDED("folded");

        private final String label;

        Codec(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
