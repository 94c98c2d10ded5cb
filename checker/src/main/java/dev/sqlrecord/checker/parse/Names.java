package dev.sqlrecord.checker.parse;

/** SQL identifiers as SQLite reads them. */
public final class Names {
    private Names() {}

    /** {@code "a""b"} → {@code a"b}; {@code [x]}, {@code `x`} and {@code 'x'} likewise; a bare name is itself. */
    public static String unquote(String name) {
        if (name.length() >= 2) {
            char first = name.charAt(0);
            char last = name.charAt(name.length() - 1);
            String inner = name.substring(1, name.length() - 1);
            if (first == '"' && last == '"') {
                return inner.replace("\"\"", "\"");
            }
            if (first == '`' && last == '`') {
                return inner.replace("``", "`");
            }
            if (first == '\'' && last == '\'') {
                return inner.replace("''", "'");
            }
            if (first == '[' && last == ']') {
                return inner;
            }
        }
        return name;
    }
}
