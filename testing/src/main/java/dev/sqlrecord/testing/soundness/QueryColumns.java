package dev.sqlrecord.testing.soundness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which columns a query's parameters meet, read from its SQL text: {@code col op :p} and
 * {@code :p op col} comparisons (also LIKE, GLOB, IS), {@code col IN (:p)}, {@code col BETWEEN :a
 * AND :b}, {@code f(col) = :p}, {@code SET col = :p} and the column lists of {@code INSERT ... VALUES}. Positional
 * markers take the names the checker gives them ({@code p1}, {@code p2}, ...). Arguments drawn from
 * these columns' values in a state make lookups find rows, which values drawn apart from the data
 * rarely do. A parameter it cannot place gets values of its type from anywhere in the state.
 */
final class QueryColumns {
    /** A column of a table, names as SQLite stores them. */
    record Ref(String table, String column) {}

    private static final String MARK = "[:@$]([A-Za-z_]\\w*)";
    private static final String ID = "(?:[A-Za-z_]\\w*|\"[^\"]+\"|\\[[^\\]]+\\]|`[^`]+`)";
    private static final String COL = "(?:(" + ID + ")\\s*\\.\\s*)?(" + ID + ")";
    private static final String OP =
            "(?:==|=|!=|<>|<=|>=|<|>|\\bNOT\\s+LIKE\\b|\\bLIKE\\b|\\bGLOB\\b|\\bIS\\s+NOT\\b|\\bIS\\b)";
    private static final Pattern COLUMN_FIRST =
            Pattern.compile(COL + "\\s*" + OP + "\\s*(?:CAST\\s*\\(\\s*)?" + MARK, Pattern.CASE_INSENSITIVE);
    private static final String LITERAL = "(-?\\d+(?:\\.\\d+)?|'[^']*')";
    private static final Pattern MARK_LITERAL = Pattern.compile(MARK + "\\s*" + OP + "\\s*" + LITERAL);
    private static final Pattern LITERAL_MARK = Pattern.compile(LITERAL + "\\s*" + OP + "\\s*" + MARK);
    /** {@code lower(name) = :name}: the argument is drawn from the column, as the function often keeps it. */
    private static final Pattern FUNCTION_OF_COLUMN = Pattern.compile(
            "[A-Za-z_]\\w*\\s*\\(\\s*" + COL + "\\s*\\)\\s*" + OP + "\\s*" + MARK, Pattern.CASE_INSENSITIVE);

    private static final Pattern MARK_FIRST =
            Pattern.compile(MARK + "\\s*" + OP + "\\s*" + COL, Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_LIST =
            Pattern.compile(COL + "\\s+(?:NOT\\s+)?IN\\s*\\(\\s*" + MARK + "\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BETWEEN = Pattern.compile(
            COL + "\\s+(?:NOT\\s+)?BETWEEN\\s+" + MARK + "\\s+AND\\s+" + MARK, Pattern.CASE_INSENSITIVE);
    private static final Pattern INSERT = Pattern.compile(
            "INSERT\\s+(?:OR\\s+\\w+\\s+)?INTO\\s+([A-Za-z_]\\w*)\\s*\\(([^)]*)\\)\\s*VALUES\\s*\\(",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE = Pattern.compile(
            "\\b(?:FROM|JOIN|UPDATE|INTO)\\s+(" + ID + ")(?:\\s+(?:AS\\s+)?([A-Za-z_]\\w*))?",
            Pattern.CASE_INSENSITIVE);

    private final Map<String, Set<Ref>> byParam = new HashMap<>();
    private final Map<String, List<Object>> literals = new HashMap<>();
    private final Map<String, String> aliases = new HashMap<>();
    private final Set<String> tables = new LinkedHashSet<>();
    private final Map<String, Set<String>> schema;
    private final boolean insert;
    private final String sql;

    /** The statement, as read from the query file. */
    String sql() {
        return sql;
    }

    /** Whether the statement is an INSERT (its parameters are mostly new keys, not the state's). */
    boolean insert() {
        return insert;
    }

    /**
     * @param sql    the query's statement
     * @param schema every table's columns, by lower-cased table name (lower-cased column names)
     */
    QueryColumns(String sql, Map<String, Set<String>> schema) {
        this.schema = schema;
        this.sql = sql;
        this.insert = sql.stripLeading().regionMatches(true, 0, "INSERT", 0, 6);
        String text = named(sql);
        Matcher table = TABLE.matcher(text);
        while (table.find()) {
            String name = unquoted(table.group(1));
            if (schema.containsKey(name)) {
                tables.add(name);
                aliases.put(name, name);
                if (table.group(2) != null) {
                    aliases.put(table.group(2).toLowerCase(Locale.ROOT), name);
                }
            }
        }
        Matcher m = COLUMN_FIRST.matcher(text);
        while (m.find()) {
            place(m.group(3), m.group(1), m.group(2), aliases, tables, schema);
        }
        m = FUNCTION_OF_COLUMN.matcher(text);
        while (m.find()) {
            place(m.group(3), m.group(1), m.group(2), aliases, tables, schema);
        }
        m = MARK_FIRST.matcher(text);
        while (m.find()) {
            place(m.group(1), m.group(2), m.group(3), aliases, tables, schema);
        }
        m = IN_LIST.matcher(text);
        while (m.find()) {
            place(m.group(3), m.group(1), m.group(2), aliases, tables, schema);
        }
        m = BETWEEN.matcher(text);
        while (m.find()) {
            place(m.group(3), m.group(1), m.group(2), aliases, tables, schema);
            place(m.group(4), m.group(1), m.group(2), aliases, tables, schema);
        }
        m = MARK_LITERAL.matcher(text);
        while (m.find()) {
            literals.computeIfAbsent(m.group(1), p -> new ArrayList<>()).add(literal(m.group(2)));
        }
        m = LITERAL_MARK.matcher(text);
        while (m.find()) {
            literals.computeIfAbsent(m.group(2), p -> new ArrayList<>()).add(literal(m.group(1)));
        }
        m = INSERT.matcher(text);
        while (m.find()) {
            List<String> columns = split(m.group(2));
            List<String> values = split(valuesList(text, m.end()));
            for (int i = 0; i < Math.min(columns.size(), values.size()); i++) {
                Matcher mark = Pattern.compile(MARK).matcher(values.get(i));
                while (mark.find()) {
                    place(mark.group(1), m.group(1), columns.get(i).trim(), aliases, tables, schema);
                }
            }
        }
    }

    /** The column a (qualified) name stands for in this statement, or null when it names none. */
    Ref resolve(String qualifier, String column) {
        Set<Ref> refs = refs(qualifier, column, aliases, tables, schema);
        return refs.isEmpty() ? null : refs.iterator().next();
    }

    /** The literals the parameter is compared with ({@code :flag = 1}); empty when none. */
    List<Object> literals(String param) {
        return literals.getOrDefault(param, List.of());
    }

    private static Object literal(String text) {
        if (text.startsWith("'")) {
            return text.substring(1, text.length() - 1);
        }
        return text.contains(".") ? (Object) Double.parseDouble(text) : (Object) Long.parseLong(text);
    }

    /** The columns the parameter meets; empty when the text does not say. */
    Set<Ref> of(String param) {
        return byParam.getOrDefault(param, Set.of());
    }

    private void place(
            String param,
            String qualifier,
            String column,
            Map<String, String> aliases,
            Set<String> tables,
            Map<String, Set<String>> schema) {
        Set<Ref> refs = refs(qualifier, column, aliases, tables, schema);
        if (!refs.isEmpty()) {
            byParam.computeIfAbsent(param, p -> new LinkedHashSet<>()).addAll(refs);
        }
    }

    private static Set<Ref> refs(
            String qualifier,
            String column,
            Map<String, String> aliases,
            Set<String> tables,
            Map<String, Set<String>> schema) {
        Set<Ref> refs = new LinkedHashSet<>();
        String col = unquoted(column);
        qualifier = qualifier == null ? null : unquoted(qualifier);
        List<String> candidates = new ArrayList<>();
        if (qualifier != null && aliases.containsKey(qualifier.toLowerCase(Locale.ROOT))) {
            candidates.add(aliases.get(qualifier.toLowerCase(Locale.ROOT)));
        } else {
            tables.stream().filter(t -> schema.get(t).contains(col)).forEach(candidates::add);
            if (candidates.isEmpty()) {
                schema.keySet().stream()
                        .filter(t -> schema.get(t).contains(col))
                        .forEach(candidates::add);
            }
        }
        for (String t : candidates) {
            if (schema.get(t).contains(col)) {
                refs.add(new Ref(t, col));
            }
        }
        return refs;
    }

    /** A name without its quotes ({@code "x"}, {@code [x]}, {@code `x`}), lower-cased. */
    static String unquoted(String name) {
        String n = name.trim();
        if (n.length() > 1 && "\"[`".indexOf(n.charAt(0)) >= 0) {
            n = n.substring(1, n.length() - 1);
        }
        return n.toLowerCase(Locale.ROOT);
    }

    /** Positional markers renamed as the checker names them: {@code ?} the next number, {@code ?N} that one. */
    static String named(String sql) {
        StringBuilder out = new StringBuilder();
        Matcher marker = Pattern.compile("\\?(\\d*)").matcher(sql);
        int largest = 0;
        while (marker.find()) {
            int number = marker.group(1).isEmpty() ? largest + 1 : Integer.parseInt(marker.group(1));
            largest = Math.max(largest, number);
            marker.appendReplacement(out, ":p" + number);
        }
        marker.appendTail(out);
        return out.toString();
    }

    /** The text of a parenthesised list starting at {@code from} (just after its opening parenthesis). */
    private static String valuesList(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return text.substring(from, i);
            }
        }
        return text.substring(from);
    }

    /** Splits at the commas outside parentheses. */
    private static List<String> split(String list) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(list.substring(start, i).trim());
                start = i + 1;
            }
        }
        parts.add(list.substring(start).trim());
        return parts;
    }

    /** The statement of the query at {@code line} (its {@code -- name:} line) of a query file, comments left out. */
    static String statement(List<String> fileLines, int line) {
        StringBuilder sql = new StringBuilder();
        for (int i = line; i < fileLines.size(); i++) {
            String l = fileLines.get(i);
            if (l.trim().startsWith("-- name:")) {
                break;
            }
            int comment = l.indexOf("--");
            sql.append(comment < 0 ? l : l.substring(0, comment)).append('\n');
        }
        return sql.toString();
    }
}
