package dev.sqlrecord.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sqlrecord.runtime.internal.ValueCodec;
import java.util.Objects;

/**
 * JSON in columns, on every executor: the Jackson {@link ObjectMapper} that reads {@link Json}
 * components and writes JSON parameters, and what generated code calls to read and check JSON.
 *
 * <p>The default mapper registers the Jackson modules found on the classpath and ignores properties
 * the Java type does not declare, so a row whose stored JSON gained a key keeps reading. An
 * application that wants other settings installs its own mapper once, at startup, with
 * {@link #useObjectMapper}.
 */
public final class JsonValues {
    private static volatile ObjectMapper mapper = defaultObjectMapper();

    private JsonValues() {}

    /** A new mapper with the defaults: classpath modules registered, unknown properties ignored. */
    public static ObjectMapper defaultObjectMapper() {
        return new ObjectMapper().findAndRegisterModules().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Reads and writes JSON with {@code objectMapper} from now on, for every database. */
    public static void useObjectMapper(ObjectMapper objectMapper) {
        mapper = Objects.requireNonNull(objectMapper, "objectMapper");
    }

    /** The mapper in use. */
    public static ObjectMapper objectMapper() {
        return mapper;
    }

    /**
     * The JSON text of {@code column} read into {@code type}; {@code null} for SQL NULL. A text that
     * does not fit is a {@link SqlRecordException} naming the query and the column.
     */
    public static <T> T read(String text, Class<T> type, String query, String column) {
        return ValueCodec.readJson(
                text, "query " + query + ": column " + column, type.getSimpleName(), m -> m.readValue(text, type));
    }

    /** {@link #read(String, Class, String, String)} for a generic type ({@code List<Tag>}). */
    public static <T> T read(String text, TypeReference<T> type, String query, String column) {
        return ValueCodec.readJson(
                text,
                "query " + query + ": column " + column,
                type.getType().getTypeName(),
                m -> m.readValue(text, type));
    }

    /**
     * {@code text}, for a parameter bound to a JSON column, once it is known to be one JSON value:
     * anything else is refused here, before it reaches the database. {@code null} stays SQL NULL.
     */
    public static String checked(String text, String query, String parameter) {
        if (text == null) {
            return null;
        }
        try {
            JsonNode parsed = mapper.reader()
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(text);
            if (parsed == null || parsed.isMissingNode()) {
                throw new SqlRecordException("query " + query + ": parameter " + parameter
                        + " is bound to a JSON column but holds no JSON value");
            }
            return text;
        } catch (JsonProcessingException e) {
            throw new SqlRecordException(
                    "query " + query + ": parameter " + parameter + " is bound to a JSON column but is not JSON: "
                            + e.getOriginalMessage(),
                    e);
        }
    }

    /**
     * {@code value} written as JSON text, for a parameter the query types as JSON; {@code null} stays
     * SQL NULL. A value Jackson cannot write is a {@link SqlRecordException} naming query and parameter.
     */
    public static String write(Object value, String query, String parameter) {
        if (value == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new SqlRecordException(
                    "query " + query + ": parameter " + parameter + " cannot be written as JSON: "
                            + e.getOriginalMessage(),
                    e);
        }
    }
}
