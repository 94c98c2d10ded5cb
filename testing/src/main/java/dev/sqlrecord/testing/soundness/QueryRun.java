package dev.sqlrecord.testing.soundness;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sqlrecord.checker.analyze.ResultMapping;
import dev.sqlrecord.runtime.ConstraintViolationException;
import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.NotNullViolationException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One query of a case, run through its generated method on a state. A row-returning query is tried
 * with fresh arguments until it returns a row (a few times at most); every row is checked: a NULL
 * where the model says non-null, or a value the Java type cannot hold (the runtime's getters refuse
 * it), is a failure, and so is a second row of a query proven to return at most one, or none of one
 * proven to return exactly one. A write is tried until it succeeds: a UNIQUE, foreign key or CHECK
 * refusal only means these arguments met this state badly, but a NOT NULL refusal means the
 * statement wrote a NULL the types let through, which is a failure (naming the parameters that were
 * NULL).
 */
final class QueryRun {
    private static final int ATTEMPTS = 4;
    private static final long TIME_LIMIT_MILLIS = 1_000;

    /** What one state's run saw. */
    record Result(boolean rows, boolean succeeded, String refusal) {}

    private final JsonNode query;
    private final QueryColumns columns;
    private final RowCounter counter;
    private final Arguments arguments;
    private final TimeLimit limit;
    private final Object repository;
    private final Method method;

    QueryRun(
            JsonNode query,
            QueryColumns columns,
            QueryProject generated,
            Database database,
            RowCounter counter,
            Arguments arguments,
            TimeLimit limit)
            throws ReflectiveOperationException {
        this.query = query;
        this.columns = columns;
        this.counter = counter;
        this.arguments = arguments;
        this.limit = limit;
        String stem =
                Path.of(query.get("file").asText()).getFileName().toString().replaceFirst("\\.sql$", "");
        this.repository = generated
                .load(ResultMapping.pascal(stem) + "Queries")
                .getConstructor(Database.class)
                .newInstance(database);
        this.method = Arrays.stream(repository.getClass().getMethods())
                .filter(m -> m.getName().equals(name()) && !isListForm(m))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no generated method " + name()));
    }

    /**
     * A query's list form or record form, the overloads that take a list of its nested parameter
     * record or the record itself: not run here.
     */
    private static boolean isListForm(java.lang.reflect.Method method) {
        if (method.getParameterCount() == 1
                && method.getParameterTypes()[0].getDeclaringClass() == method.getDeclaringClass()) {
            return true;
        }
        return method.getParameterCount() == 1
                && method.getGenericParameterTypes()[0] instanceof java.lang.reflect.ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element
                && element.getDeclaringClass() == method.getDeclaringClass();
    }

    String name() {
        return query.get("name").asText();
    }

    boolean rowReturning() {
        return QuerySoundness.rowReturning(query);
    }

    /** @param dump the state's rows as INSERT statements, for a failure's reproduction */
    Result run(String state, List<QuerySoundness.Failure> failures, Supplier<String> dump) throws Exception {
        String refusal = null;
        Type[] types = method.getGenericParameterTypes();
        JsonNode params = query.get("params");
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Object[] args = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                JsonNode param = params.get(i);
                boolean millis = param.path("codec").asText().equals("epochMillis");
                Type type = millis ? Long.class : types[i];
                args[i] = param.path("json").asBoolean() && types[i] == String.class
                        ? arguments.jsonText(param.get("nullable").asBoolean())
                        : arguments.of(
                                type,
                                param.get("nullable").asBoolean(),
                                param.get("list").asBoolean(),
                                columns.of(param.get("name").asText()),
                                columns.literals(param.get("name").asText()),
                                present());
                if (millis && args[i] instanceof Long stored) {
                    // an @EpochMillis Instant: the column stores integer milliseconds
                    args[i] = Instant.ofEpochMilli(stored);
                }
            }
            String where = name() + " " + state + " with " + Arrays.deepToString(args);
            counter.forget();
            limit.start(TIME_LIMIT_MILLIS);
            Object result;
            try {
                result = method.invoke(repository, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (limit.expired()) {
                    refusal = "ran over " + TIME_LIMIT_MILLIS + " ms with " + Arrays.deepToString(args);
                    continue;
                }
                if (cause instanceof NotNullViolationException) {
                    failures.add(unsound(
                            where + ": NOT NULL refused a write" + nulls(args, params) + ": " + cause.getMessage(),
                            args,
                            dump));
                    return new Result(false, false, cause.getMessage());
                }
                if (cause instanceof ConstraintViolationException || beyondWhatTheUserChose(cause)) {
                    refusal = cause.getMessage();
                    continue;
                }
                if (refusedSecondRow(cause)) {
                    return new Result(true, true, null);
                }
                failures.add(unsound(where + ": " + cause, args, dump));
                return new Result(false, false, String.valueOf(cause));
            }
            if (!rowReturning()) {
                return new Result(false, true, null);
            }
            List<Object> rows = rows(result);
            List<String> wrong = new ArrayList<>();
            for (Object row : rows) {
                check(row, where, wrong);
            }
            int count = query.get("kind").asText().equals("one") ? counter.rows() : rows.size();
            if (query.path("atMostOneRow").asBoolean() && count > 1) {
                wrong.add(where + ": proven to return at most one row, returned " + count + ": " + counter.sql());
            }
            if (query.path("exactlyOneRow").asBoolean() && count == 0) {
                wrong.add(where + ": proven to return exactly one row, returned none: " + counter.sql());
            }
            for (String message : wrong) {
                failures.add(unsound(message, args, dump));
            }
            if (limit.expired()) {
                continue; // the row count was stopped, so the rows read prove nothing about their number
            }
            if (count > 0) {
                return new Result(true, true, null);
            }
        }
        return new Result(false, false, refusal);
    }

    /**
     * How often (of 8) an argument comes from the state: mostly for a read, so that it finds rows;
     * less for an INSERT, whose RETURNING row appears only for a key the state does not hold yet.
     */
    private int present() {
        if (columns.insert()) {
            return 3;
        }
        return rowReturning() ? 7 : 5;
    }

    /**
     * A loud refusal of an extreme value the generator wrote on purpose, where the narrowing is the
     * user's choice, not the check's: a record's {@code int} over an INTEGER column or an
     * {@code Instant} over epoch seconds (the check types such columns {@code long} itself), and
     * SQLite's own "integer overflow" of {@code sum()} over values near 2^63; and a full-text search
     * string FTS5 cannot parse (the generator's text is no query syntax; a {@code word:} in it names
     * a column to search). Such a state is tried
     * again with other arguments; a query that never gets past it still fails the run.
     */
    private static boolean beyondWhatTheUserChose(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        return message.contains("outside the int range; read it as long")
                || message.contains("out of range for an Instant")
                || message.startsWith("integer overflow")
                || message.startsWith("fts5: syntax error")
                || message.startsWith("no such column") && message.contains(" MATCH ?");
    }

    /** An unproven {@code :one} whose statement returned several rows: the runtime's check at work. */
    private boolean refusedSecondRow(Throwable failure) {
        return counter.rows() > 1
                && String.valueOf(failure.getMessage()).startsWith("the query returned more than one row");
    }

    private List<Object> rows(Object result) {
        String kind = query.get("kind").asText();
        if (result instanceof Optional<?> one) {
            return one.stream().map(o -> (Object) o).toList();
        }
        if (result instanceof Collection<?> many && kind.equals("many")) {
            return new ArrayList<>(many);
        }
        return Arrays.asList(result);
    }

    private void check(Object row, String where, List<String> failures) throws ReflectiveOperationException {
        JsonNode columnsInfo = query.get("columns");
        if (row == null || !row.getClass().isRecord()) {
            if (row == null && !columnsInfo.get(0).get("nullable").asBoolean()) {
                failures.add(where + ": NULL in column '"
                        + columnsInfo.get(0).get("name").asText() + "' inferred non-null");
            }
            return;
        }
        RecordComponent[] components = row.getClass().getRecordComponents();
        JsonNode fields = query.path("fields");
        for (int i = 0; i < components.length; i++) {
            JsonNode info = columnsInfo.get(
                    fields.isMissingNode() ? i : fields.get(i).get("column").asInt() - 1);
            Object value = components[i].getAccessor().invoke(row);
            boolean optional = components[i].getType() == Optional.class;
            if (value == null && (optional || !info.get("nullable").asBoolean())) {
                failures.add(where + ": NULL in column '" + info.get("name").asText() + "' inferred non-null");
            }
        }
    }

    /**
     * A failure of this query on this state, with what reproduces it in {@code sqlite3}: the
     * state's rows, the arguments as {@code .param set} lines, the statement.
     */
    private QuerySoundness.Failure unsound(String message, Object[] args, Supplier<String> dump) {
        StringBuilder call =
                new StringBuilder(dump.get()).append("-- then ").append(name()).append(":\n");
        JsonNode params = query.get("params");
        for (int i = 0; i < args.length && i < params.size(); i++) {
            call.append(".param set :")
                    .append(params.get(i).get("name").asText())
                    .append(' ')
                    .append(literal(args[i]))
                    .append('\n');
        }
        String sql = columns.sql().strip();
        call.append(sql.endsWith(";") ? sql : sql + ";").append('\n');
        return new QuerySoundness.Failure(name(), QuerySoundness.Failure.Kind.UNSOUND, message, call.toString());
    }

    /** An argument as an SQL literal, roughly as the runtime binds it (lists and JSON as their text). */
    private static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        if (value instanceof byte[] bytes) {
            StringBuilder hex = new StringBuilder("x'");
            for (byte b : bytes) {
                hex.append(String.format("%02x", b));
            }
            return hex.append('\'').toString();
        }
        String text = value instanceof Enum<?> e ? Arguments.storedText(e.getDeclaringClass(), e) : value.toString();
        return "'" + text.replace("'", "''") + "'";
    }

    private static String nulls(Object[] args, JsonNode params) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                names.add(":" + params.get(i).get("name").asText()
                        + (params.get(i).get("nullable").asBoolean() ? " (declared nullable)" : ""));
            }
        }
        return names.isEmpty() ? " with no NULL argument" : " with NULL for " + String.join(", ", names);
    }
}
