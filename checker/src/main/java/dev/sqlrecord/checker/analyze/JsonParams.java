package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.model.JavaType;
import dev.sqlrecord.checker.model.QueryModel.Param;
import dev.sqlrecord.checker.parse.NamedQuery;
import dev.sqlrecord.checker.records.EnumInfo;
import dev.sqlrecord.checker.records.RecordInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Parameters a query types as JSON, with a {@code -- json: <param> <Type>} line among its SQL
 * ({@code -- json: prefs Prefs}, {@code -- json: tags List<Tag>}): the method then takes that
 * type and binds it written as JSON text. Only a text parameter can be one; the type is one of the
 * project's records or enums by simple name, a qualified name, a {@code java.lang} type, or a
 * {@code List}/{@code Set} of one of these.
 */
public final class JsonParams {
    private static final Pattern DIRECTIVE = Pattern.compile("^(\\s*--\\s*json:\\s*)[:@$]?(\\S+)\\s+(\\S.*?)\\s*$");
    private static final Pattern GENERIC = Pattern.compile("(List|Set|java\\.util\\.List|java\\.util\\.Set)<(.+)>");
    private static final Set<String> JAVA_LANG = Set.of("String", "Long", "Integer", "Double", "Boolean", "Object");

    private final List<RecordInfo> records;
    private final List<EnumInfo> enums;
    private final Diagnostics diagnostics;

    public JsonParams(List<RecordInfo> records, List<EnumInfo> enums, Diagnostics diagnostics) {
        this.records = records;
        this.enums = enums;
        this.diagnostics = diagnostics;
    }

    /** {@code params} with the JSON-typed ones retyped; null after reporting a directive that cannot hold. */
    public List<Param> apply(NamedQuery query, List<Param> params) {
        List<Param> out = new ArrayList<>(params);
        boolean ok = true;
        String[] lines = query.sql().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher directive = DIRECTIVE.matcher(lines[i]);
            if (!directive.matches()) {
                continue;
            }
            int line = query.sqlStart().line() + i;
            int column = directive.end(1) + 1;
            String name = directive.group(2);
            int index = indexOf(out, name);
            String problem = index < 0
                    ? "query '" + query.name() + "' has no parameter " + name
                    : out.get(index).list()
                                    || !out.get(index).javaType().equals(JavaType.STRING)
                                    || out.get(index).enumMapping() != null
                            ? "parameter " + name + " is "
                                    + simple(out.get(index).javaType().name())
                                    + ", not text; only a parameter for a TEXT or JSON column can be written as JSON"
                            : null;
            String type = problem == null ? resolve(directive.group(3)) : null;
            if (problem == null && type == null) {
                problem = "no type " + directive.group(3) + " for JSON parameter " + name + "; name a record or enum"
                        + " of the project, a qualified name, or List<...> of one";
            }
            if (problem != null) {
                diagnostics.error(
                        query.file().display(),
                        line,
                        column,
                        lines[i].stripTrailing().length() - column + 1,
                        "bad-json-param",
                        problem);
                ok = false;
                continue;
            }
            Param p = out.get(index);
            out.set(index, p.asJson(new JavaType(type)));
        }
        return ok ? out : null;
    }

    private static int indexOf(List<Param> params, String name) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The type's source form with every name qualified, or null when a name is unknown. */
    private String resolve(String type) {
        Matcher generic = GENERIC.matcher(type.replace(" ", ""));
        if (generic.matches()) {
            String element = resolve(generic.group(2));
            String raw = generic.group(1).startsWith("java.") ? generic.group(1) : "java.util." + generic.group(1);
            return element == null ? null : raw + "<" + element + ">";
        }
        if (!SourceVersion.isName(type)) {
            return null;
        }
        if (type.contains(".")) {
            return type;
        }
        if (JAVA_LANG.contains(type)) {
            return "java.lang." + type;
        }
        List<String> found = new ArrayList<>();
        records.stream().filter(r -> r.simpleName().equals(type)).forEach(r -> found.add(r.qualifiedName()));
        enums.stream()
                .filter(e -> e.qualifiedName().endsWith("." + type)
                        || e.qualifiedName().equals(type))
                .forEach(e -> found.add(e.qualifiedName()));
        return found.size() == 1 ? found.get(0) : null;
    }

    private static String simple(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
