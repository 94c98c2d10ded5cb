package dev.sqlrecord.testing.soundness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the queries and views expect the data to share, read from their SQL text: columns compared
 * with each other ({@code m.account_id = a.id}, a join without a foreign key), columns compared with
 * text literals ({@code status = 'live'}, {@code kind IN ('a', 'b')}), and columns of the same name
 * in several tables (compound selects, USING, NATURAL JOIN). Values generated per column rarely
 * meet by chance; {@link States} makes some of them meet.
 */
final class Partners {
    private static final String ID = "(?:[A-Za-z_]\\w*|\"[^\"]+\"|\\[[^\\]]+\\]|`[^`]+`)";
    private static final String COL = "(?:(" + ID + ")\\s*\\.\\s*)?(" + ID + ")";
    private static final Pattern EQUAL_COLUMNS = Pattern.compile(COL + "\\s*==?\\s*" + COL + "(?!\\s*\\()");
    private static final Pattern EQUAL_TEXT = Pattern.compile(COL + "\\s*(?:==?|<>|!=)\\s*'([^']*)'");
    private static final Pattern IN_TEXTS =
            Pattern.compile(COL + "\\s+IN\\s*\\(\\s*('[^)]*')\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEXT = Pattern.compile("'([^']*)'");

    /** Columns that should share values: {@code to} takes values of {@code from}. */
    record Pair(QueryColumns.Ref to, QueryColumns.Ref from) {}

    final List<Pair> pairs = new ArrayList<>();
    final Map<QueryColumns.Ref, Set<String>> literals = new HashMap<>();

    Partners(List<String> statements, Map<String, Set<String>> schema) {
        for (String sql : statements) {
            QueryColumns resolver = new QueryColumns(sql, schema);
            Matcher m = EQUAL_COLUMNS.matcher(sql);
            while (m.find()) {
                QueryColumns.Ref left = resolver.resolve(m.group(1), m.group(2));
                QueryColumns.Ref right = resolver.resolve(m.group(3), m.group(4));
                if (left != null && right != null && !left.equals(right)) {
                    pairs.add(new Pair(left, right));
                }
            }
            m = EQUAL_TEXT.matcher(sql);
            while (m.find()) {
                literal(resolver.resolve(m.group(1), m.group(2)), m.group(3));
            }
            m = IN_TEXTS.matcher(sql);
            while (m.find()) {
                QueryColumns.Ref ref = resolver.resolve(m.group(1), m.group(2));
                Matcher text = TEXT.matcher(m.group(3));
                while (text.find()) {
                    literal(ref, text.group(1));
                }
            }
        }
        Map<String, String> firstTable = new HashMap<>();
        schema.forEach((table, columns) -> columns.forEach(column -> {
            String other = firstTable.putIfAbsent(column, table);
            if (other != null && !column.equals("id") && !column.equals("rowid")) {
                pairs.add(new Pair(new QueryColumns.Ref(table, column), new QueryColumns.Ref(other, column)));
            }
        }));
    }

    private void literal(QueryColumns.Ref ref, String text) {
        if (ref != null) {
            literals.computeIfAbsent(ref, r -> new LinkedHashSet<>()).add(text);
        }
    }
}
