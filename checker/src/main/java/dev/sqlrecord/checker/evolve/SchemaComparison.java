package dev.sqlrecord.checker.evolve;

import dev.sqlrecord.checker.evolve.SchemaSnapshot.ColumnFacts;
import dev.sqlrecord.checker.evolve.SchemaSnapshot.Definition;
import dev.sqlrecord.checker.evolve.SchemaSnapshot.TableFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The differences between two schemas, one line each: what {@code drift} prints, and how
 * {@code diff} and {@code pull} prove that what they wrote builds the schema it should. The names
 * say which side is which ("the migrations", "the database").
 */
public final class SchemaComparison {
    private final String wantedName;
    private final String actualName;
    private final List<String> lines = new ArrayList<>();

    private SchemaComparison(String wantedName, String actualName) {
        this.wantedName = wantedName;
        this.actualName = actualName;
    }

    /** Every difference of {@code actual} from {@code wanted}; empty when they are the same schema. */
    public static List<String> differences(
            SchemaSnapshot wanted, String wantedName, SchemaSnapshot actual, String actualName) {
        SchemaComparison comparison = new SchemaComparison(wantedName, actualName);
        comparison.tables(wanted.tables(), actual.tables());
        comparison.definitions("index", wanted.indexes(), actual.indexes());
        comparison.definitions("view", wanted.views(), actual.views());
        comparison.definitions("trigger", wanted.triggers(), actual.triggers());
        return List.copyOf(comparison.lines);
    }

    /** The differences of one table's columns, keys and options (not its indexes or triggers); empty when equal. */
    public static List<String> tableDifferences(TableFacts wanted, TableFacts actual) {
        SchemaComparison comparison = new SchemaComparison("the desired schema", "the table");
        comparison.table(wanted, actual);
        return List.copyOf(comparison.lines);
    }

    private void tables(Map<String, TableFacts> wanted, Map<String, TableFacts> actual) {
        for (TableFacts w : wanted.values()) {
            TableFacts a = actual.get(key(w.name()));
            if (a == null) {
                lines.add("table " + w.name() + ": in " + wantedName + ", missing from " + actualName);
            } else {
                table(w, a);
            }
        }
        for (TableFacts a : actual.values()) {
            if (!wanted.containsKey(key(a.name()))) {
                lines.add("table " + a.name() + ": in " + actualName + ", not in " + wantedName);
            }
        }
    }

    private void table(TableFacts w, TableFacts a) {
        String t = "table " + w.name();
        for (ColumnFacts wc : w.columns()) {
            ColumnFacts ac = a.column(wc.name()).orElse(null);
            if (ac == null) {
                lines.add(
                        "column " + w.name() + "." + wc.name() + ": in " + wantedName + ", missing from " + actualName);
            } else {
                column(w.name() + "." + wc.name(), wc, ac);
            }
        }
        for (ColumnFacts ac : a.columns()) {
            if (w.column(ac.name()).isEmpty()) {
                lines.add("column " + w.name() + "." + ac.name() + ": in " + actualName + ", not in " + wantedName);
            }
        }
        List<String> wantedOrder = names(w.columns());
        List<String> actualOrder = names(a.columns());
        if (wantedOrder.size() == actualOrder.size()
                && wantedOrder.containsAll(actualOrder)
                && !wantedOrder.equals(actualOrder)) {
            lines.add(t + ": columns in order " + wantedOrder + " in " + wantedName + ", " + actualOrder + " in "
                    + actualName);
        }
        sets(t, "foreign key", w.foreignKeys(), a.foreignKeys());
        sets(t, "CHECK", w.checks(), a.checks());
        sets(t, "UNIQUE", w.uniques(), a.uniques());
        flag(t, "WITHOUT ROWID", w.withoutRowid(), a.withoutRowid());
        flag(t, "STRICT", w.strict(), a.strict());
        flag(t, "AUTOINCREMENT", w.autoincrement(), a.autoincrement());
    }

    private void column(String name, ColumnFacts w, ColumnFacts a) {
        String c = "column " + name;
        fact(c, "type", w.type(), a.type(), String::toUpperCase);
        if (w.notNull() != a.notNull()) {
            lines.add(c + ": " + (w.notNull() ? "NOT NULL" : "nullable") + " in " + wantedName + ", "
                    + (a.notNull() ? "NOT NULL" : "nullable") + " in " + actualName);
        }
        fact(c, "default", w.defaultSql(), a.defaultSql(), s -> s);
        fact(c, "primary key position", String.valueOf(w.primaryKey()), String.valueOf(a.primaryKey()), s -> s);
        fact(c, "generated as", w.generated(), a.generated(), s -> s);
        fact(c, "collation", w.collation(), a.collation(), s -> s);
    }

    private void fact(String subject, String what, String w, String a, Function<String, String> canonical) {
        String cw = w == null ? null : canonical.apply(w);
        String ca = a == null ? null : canonical.apply(a);
        if (!Objects.equals(cw, ca)) {
            lines.add(
                    subject + ": " + what + " " + show(w) + " in " + wantedName + ", " + show(a) + " in " + actualName);
        }
    }

    private void sets(String subject, String what, List<String> wanted, List<String> actual) {
        for (String w : wanted) {
            if (!actual.contains(w)) {
                lines.add(subject + ": " + what + " " + w + " in " + wantedName + ", missing from " + actualName);
            }
        }
        for (String a : actual) {
            if (!wanted.contains(a)) {
                lines.add(subject + ": " + what + " " + a + " in " + actualName + ", not in " + wantedName);
            }
        }
    }

    private void flag(String subject, String what, boolean wanted, boolean actual) {
        if (wanted != actual) {
            lines.add(subject + ": " + what + " in " + (wanted ? wantedName : actualName) + ", not in "
                    + (wanted ? actualName : wantedName));
        }
    }

    private void definitions(String kind, Map<String, Definition> wanted, Map<String, Definition> actual) {
        for (Definition w : wanted.values()) {
            Definition a = actual.get(key(w.name()));
            if (a == null) {
                lines.add(kind + " " + w.name() + ": in " + wantedName + ", missing from " + actualName);
            } else if (!w.normalized().equals(a.normalized())) {
                lines.add(kind + " " + w.name() + ": defined as " + oneLine(w.sql()) + " in " + wantedName + ", as "
                        + oneLine(a.sql()) + " in " + actualName);
            }
        }
        for (Definition a : actual.values()) {
            if (!wanted.containsKey(key(a.name()))) {
                lines.add(kind + " " + a.name() + ": in " + actualName + ", not in " + wantedName);
            }
        }
    }

    private static List<String> names(List<ColumnFacts> columns) {
        return columns.stream().map(c -> key(c.name())).toList();
    }

    private static String key(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    private static String show(String value) {
        return value == null ? "none" : value;
    }

    private static String oneLine(String sql) {
        return sql.strip().replaceAll("\\s+", " ");
    }
}
