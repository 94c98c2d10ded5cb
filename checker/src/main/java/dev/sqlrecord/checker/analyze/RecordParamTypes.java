package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.diag.Severity;
import dev.sqlrecord.checker.model.JavaType;
import dev.sqlrecord.checker.model.QueryModel;
import dev.sqlrecord.checker.model.QueryModel.Param;
import dev.sqlrecord.checker.model.QueryModel.ResultColumn;
import dev.sqlrecord.checker.model.RowShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parameters typed as the project's records read their column (README.md, Parameters): a parameter
 * compared with or written to a column that the user's records read as {@code UUID}, {@code Instant}
 * (epoch seconds, or {@code @EpochMillis}) or a {@code @Json} type takes that type, bound the way
 * the reading side reads it, so a value written through one query reads back equal through another.
 * Enums need nothing here: {@link EnumTypes} already gives both sides one type; nor does a column
 * declared JSON, whose parameter takes JSON text checked before it is sent (or a {@code -- json:} type).
 *
 * <p>Where records read one column in different ways (one as {@code UUID}, one as {@code String}),
 * the parameter keeps the column's own type and a warning names the readings.
 */
public final class RecordParamTypes {
    private static final String UUID = "java.util.UUID";
    private static final String INSTANT = "java.time.Instant";
    private static final String OPTIONAL = "java.util.Optional<";

    /** How a record reads a column: its component type and codec; {@link #RAW} as the column's own type. */
    private record Reading(JavaType type, RowShape.Codec codec) {
        static final Reading RAW = new Reading(null, null);

        String shown() {
            if (type == null) {
                return "its column type";
            }
            String simple = type.name().substring(type.name().lastIndexOf('.') + 1);
            return codec == RowShape.Codec.JSON
                    ? "@Json " + simple
                    : codec == RowShape.Codec.EPOCH_MILLIS ? "@EpochMillis " + simple : simple;
        }
    }

    private RecordParamTypes() {}

    /** {@code queries} with each parameter retyped where the records agree on its column's type. */
    public static List<QueryModel> apply(List<QueryModel> queries, Diagnostics diagnostics) {
        Map<String, Set<Reading>> readings = readings(queries);
        List<QueryModel> out = new ArrayList<>();
        for (QueryModel query : queries) {
            List<Param> params = new ArrayList<>();
            for (Param param : query.params()) {
                params.add(retyped(query, param, readings, diagnostics));
            }
            out.add(params.equals(query.params()) ? query : query.withParams(params));
        }
        return out;
    }

    private static Param retyped(
            QueryModel query, Param param, Map<String, Set<Reading>> readings, Diagnostics diagnostics) {
        // A list and an enum are typed already; so is a parameter for a column declared JSON: it
        // takes JSON text, checked before it is sent, unless a '-- json:' line gives it a type.
        if (param.list() || param.enumMapping() != null || param.jsonText() || param.table() == null) {
            return param;
        }
        Set<Reading> read = readings.getOrDefault(key(param.table(), param.column()), Set.of());
        if (read.isEmpty() || read.equals(Set.of(Reading.RAW))) {
            return param;
        }
        if (read.size() > 1) {
            diagnostics.add(new Diagnostic(
                    query.file(),
                    query.line(),
                    1,
                    1,
                    Severity.WARNING,
                    "param-type-disagreement",
                    "parameter " + param.marker() + " of '" + query.name() + "' meets " + param.table() + "."
                            + param.column() + ", which the records read in different ways ("
                            + String.join(
                                    ", ", read.stream().map(Reading::shown).toList())
                            + "), so it keeps the column's own type; read the column one way to type it so"));
            return param;
        }
        Reading reading = read.iterator().next();
        return reading.codec() == RowShape.Codec.JSON
                ? param.asJson(reading.type())
                : param.as(reading.type(), reading.codec());
    }

    /** Each column's readings by the user's records, by lower-cased {@code table.column}. */
    private static Map<String, Set<Reading>> readings(List<QueryModel> queries) {
        Map<String, Set<Reading>> out = new LinkedHashMap<>();
        for (QueryModel query : queries) {
            RowShape row = query.row();
            if (row == null || row.generated() || row.isScalar()) {
                continue;
            }
            for (RowShape.Field field : row.fields()) {
                ResultColumn column = query.columns().get(field.column() - 1);
                Reading reading = reading(field, column);
                if (reading != null && column.table() != null && column.column() != null) {
                    out.computeIfAbsent(key(column.table(), column.column()), k -> new LinkedHashSet<>())
                            .add(reading);
                }
            }
        }
        return out;
    }

    /**
     * How {@code field} reads {@code column}: a type a parameter can take, {@link Reading#RAW} for
     * the column's own text, or null for a reading that says nothing to a parameter (an {@code int}
     * of an INTEGER, an enum, an {@code Instant} of date-time text).
     */
    private static Reading reading(RowShape.Field field, ResultColumn column) {
        String type = field.type().name();
        if (type.startsWith(OPTIONAL)) {
            type = type.substring(OPTIONAL.length(), type.length() - 1);
        }
        String raw = column.javaType().boxed().name();
        if (field.codec() == RowShape.Codec.JSON || field.codec() == RowShape.Codec.EPOCH_MILLIS) {
            return new Reading(new JavaType(type), field.codec());
        }
        if (field.codec() != null) {
            return null;
        }
        if (type.equals(UUID) || type.equals(INSTANT) && raw.equals(JavaType.BOXED_LONG.name())) {
            return new Reading(new JavaType(type), null);
        }
        return type.equals(JavaType.STRING.name()) && raw.equals(JavaType.STRING.name()) ? Reading.RAW : null;
    }

    private static String key(String table, String column) {
        return (table + "." + column).toLowerCase(Locale.ROOT);
    }
}
