package dev.sqlrecord.checker.roundtrip;

import dev.sqlrecord.checker.GeneratedCase;
import dev.sqlrecord.checker.roundtrip.EnumColumnQueries.EnumColumn;
import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.Statement;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs the queries of {@link EnumColumnQueries}, as generated, on one database: every constant of
 * each column's enum is written (one by one, then all in one batch), read back, filtered by alone
 * and in a list, and stored as one of the texts the CHECK allows, a different one per constant.
 */
public final class EnumRoundTrip {
    private final Database database;
    private final Object repository;
    private final String where;
    private final List<String> failures = new ArrayList<>();

    public EnumRoundTrip(Database database, Class<?> repositoryClass, String where)
            throws ReflectiveOperationException {
        this.database = database;
        this.repository = repositoryClass.getConstructor(Database.class).newInstance(database);
        this.where = where;
    }

    /** Every failure, each naming the case, executor, column and constant. */
    public List<String> run(List<EnumColumn> columns, int seeds) throws ReflectiveOperationException {
        for (int k = 0; k < seeds; k++) {
            call("seed" + k);
        }
        for (int n = 0; n < columns.size(); n++) {
            column(n, columns.get(n));
        }
        return failures;
    }

    private void column(int n, EnumColumn column) throws ReflectiveOperationException {
        Method write = method("write" + n);
        Class<?> type = write.getParameterTypes()[0];
        String at = where + " " + column.table() + "." + column.column();
        if (!type.isEnum()) {
            failures.add(at + ": a CHECK IN column's parameter is " + type.getName() + ", not an enum");
            return;
        }
        List<?> constants = Arrays.asList(type.getEnumConstants());
        Map<String, Object> byText = new HashMap<>();
        for (Object constant : constants) {
            String named = at + " " + type.getSimpleName() + "." + constant;
            if (!write(named, n, constant)) {
                continue;
            }
            expect(named + " read back", List.of(constant), call("read" + n));
            expect(named + " filtered by", List.of(constant), call("filter" + n, constant));
            expect(named + " filtered by in a list", List.of(constant), call("filterIn" + n, List.of(constant)));
            List<?> stored = call("stored" + n);
            if (stored.size() != 1 || !column.values().contains(stored.get(0))) {
                failures.add(named + ": stored " + stored + ", not one of the CHECK's " + column.values());
            } else if (byText.putIfAbsent((String) stored.get(0), constant) != null) {
                failures.add(named + ": stored '" + stored.get(0) + "', as " + byText.get(stored.get(0)) + " is");
            }
            call("clear" + n);
        }
        batch(n, at, constants);
        if (column.nullable()) {
            write(at + " NULL", n, null);
            expect(at + " NULL read back", Arrays.asList((Object) null), call("read" + n));
            call("clear" + n);
        }
    }

    /** All constants written in one batch through the statement factory, then read and filtered by together. */
    private void batch(int n, String at, List<?> constants) throws ReflectiveOperationException {
        Method factory = method("write" + n + "Statement");
        List<Statement<?>> writes = new ArrayList<>();
        for (Object constant : constants) {
            writes.add((Statement<?>) factory.invoke(null, constant));
        }
        try {
            database.batch(writes);
        } catch (RuntimeException e) {
            failures.add(at + " batch write of every constant: " + e);
            return;
        }
        expect(at + " batch read back", asSet(constants), asSet(call("read" + n)));
        expect(at + " batch filtered by in a list", asSet(constants), asSet(call("filterIn" + n, constants)));
        call("clear" + n);
    }

    /** Writes one row holding {@code constant}; false, with the failure noted, when that fails. */
    private boolean write(String what, int n, Object constant) throws ReflectiveOperationException {
        try {
            method("write" + n).invoke(repository, constant);
            return true;
        } catch (InvocationTargetException e) {
            failures.add(what + " write: " + e.getCause());
            return false;
        }
    }

    private List<?> call(String name, Object... arguments) throws ReflectiveOperationException {
        try {
            Object result = method(name).invoke(repository, arguments);
            return result instanceof List<?> list ? list : List.of(result);
        } catch (InvocationTargetException e) {
            failures.add(where + " " + name + ": " + e.getCause());
            return List.of();
        }
    }

    private void expect(String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            failures.add(what + ": expected " + expected + ", got " + actual);
        }
    }

    private Method method(String name) {
        return Arrays.stream(repository.getClass().getMethods())
                .filter(m -> m.getName().equals(name) && !GeneratedCase.isListForm(m))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no generated method " + name + " in " + repository.getClass()));
    }

    private static Set<Object> asSet(List<?> values) {
        return new HashSet<>(values);
    }
}
