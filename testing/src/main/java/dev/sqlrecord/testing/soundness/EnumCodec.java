package dev.sqlrecord.testing.soundness;

import dev.sqlrecord.checker.analyze.ResultMapping;
import dev.sqlrecord.runtime.SqlValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * How the generated code writes and reads the constants of one enum: a user enum through the
 * conversions the generated query classes hold for it (its {@code EnumMapping}: the text the
 * column's CHECK matched to each constant), a generated enum through its own {@code value()} and
 * {@code fromValue}, and any other enum as the runtime does ({@code @SqlValue}, else the name).
 */
final class EnumCodec {
    private final Class<?> type;
    private final Method write;
    private final Method read;

    private EnumCodec(Class<?> type, Method write, Method read) {
        this.type = type;
        this.write = write;
        this.read = read;
    }

    /** @param queryClasses the generated query classes, searched for the conversions of {@code type} */
    static EnumCodec of(Class<?> type, List<Class<?>> queryClasses) {
        Method write = null;
        Method read = null;
        for (Class<?> queries : queryClasses) {
            for (Method m : queries.getDeclaredMethods()) {
                if (!Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 1) {
                    continue;
                }
                if (write == null && m.getParameterTypes()[0] == type && m.getReturnType() == String.class) {
                    write = m;
                } else if (read == null && m.getParameterTypes()[0] == String.class && m.getReturnType() == type) {
                    read = m;
                }
            }
        }
        if (write == null) {
            write = method(type, "value");
        }
        if (read == null) {
            read = method(type, "fromValue", String.class);
        }
        for (Method m : new Method[] {write, read}) {
            if (m != null) {
                m.setAccessible(true);
            }
        }
        return new EnumCodec(type, write, read);
    }

    /** The query classes of a project: one per query file. */
    static List<Class<?>> queryClasses(QueryProject project, List<String> files) {
        List<Class<?>> out = new ArrayList<>();
        for (String file : files) {
            String stem = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.sql$", "");
            try {
                out.add(project.load(ResultMapping.pascal(stem) + "Queries"));
            } catch (ClassNotFoundException e) {
                // a query file without queries generates no class
            }
        }
        return out;
    }

    Class<?> type() {
        return type;
    }

    /** The text the generated code binds for {@code constant}. */
    String write(Enum<?> constant) throws ReflectiveOperationException {
        if (write == null) {
            SqlValue value = type.getField(constant.name()).getAnnotation(SqlValue.class);
            return value != null ? value.value() : constant.name();
        }
        return (String) call(write, write.getParameterCount() == 0 ? constant : null, constant);
    }

    /** The constant the generated code reads from {@code text}; throws what the generated code throws. */
    Object read(String text) throws ReflectiveOperationException {
        if (read != null) {
            return call(read, null, text);
        }
        for (Object constant : type.getEnumConstants()) {
            Enum<?> e = (Enum<?>) constant;
            SqlValue value = type.getField(e.name()).getAnnotation(SqlValue.class);
            if (value != null ? value.value().equals(text) : e.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("'" + text + "' stands for no constant of " + type.getSimpleName());
    }

    private static Object call(Method m, Object target, Object argument) throws ReflectiveOperationException {
        try {
            return m.getParameterCount() == 0 ? m.invoke(target) : m.invoke(null, argument);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            Method m = type.getMethod(name, parameters);
            boolean fits = parameters.length == 0 ? m.getReturnType() == String.class : m.getReturnType() == type;
            return m.getDeclaringClass() == type && fits ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
